package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.EntidadRemision;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.model.SelectItem;
import java.util.Comparator;
import java.util.List;

/**
 * Formulario {@code remitir}: remite a otra entidad o, con «Otra sede de la Secretaría», a la sede elegida; tras el
 * éxito queda limpio.
 */
public class RemisionNueva extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private EntidadRemision entidad;
    private String sedeDestino;
    private String motivo;
    private boolean comparteDatos;
    private String justificacion;
    private String clave = claveNueva();

    RemisionNueva(VerCasoBacking vista) {
        super(vista);
    }

    public void remitir() {
        EntidadRemision e = entidad;
        String destino = e == EntidadRemision.SEDE ? sedeDestino : null;
        String m = motivo;
        boolean comparte = comparteDatos;
        String j = justificacion;
        String k = clave;
        boolean hecho = hacer(() -> {
            vista.servicio.remitir(vista.id(), e, destino, vista.hoy(), m, comparte, j, k);
            return vista.servicio.obtener(vista.id());
        }, Mensajes.texto("caso.remision.registrada", "Remisión registrada."), "remitir");
        if (hecho) {
            clave = claveNueva();
            entidad = null;
            sedeDestino = null;
            motivo = null;
            comparteDatos = false;
            justificacion = null;
        }
    }

    public EntidadRemision[] getEntidades() {
        return EntidadRemision.values();
    }

    /** Si la remisión elegida es a otra sede (muestra el selector de sede). */
    public boolean isHaciaSede() {
        return entidad == EntidadRemision.SEDE;
    }

    /** Las sedes a las que se puede remitir: todas menos la del caso, por nombre. */
    public List<SelectItem> getSedes() {
        String propia = caso() == null ? null : caso().getSede().getCodigo();
        return vista.sedes.todas().stream().filter(s -> !s.getCodigo().equals(propia))
                .sorted(Comparator.comparing(Sede::getNombre))
                .map(s -> new SelectItem(s.getCodigo(), s.getNombre())).toList();
    }

    public EntidadRemision getEntidad() {
        return entidad;
    }

    public void setEntidad(EntidadRemision entidad) {
        this.entidad = entidad;
    }

    public String getSedeDestino() {
        return sedeDestino;
    }

    public void setSedeDestino(String sedeDestino) {
        this.sedeDestino = sedeDestino;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }

    public boolean isComparteDatos() {
        return comparteDatos;
    }

    public void setComparteDatos(boolean comparteDatos) {
        this.comparteDatos = comparteDatos;
    }

    public String getJustificacion() {
        return justificacion;
    }

    public void setJustificacion(String justificacion) {
        this.justificacion = justificacion;
    }

    public String getClave() {
        return clave;
    }

    public void setClave(String clave) {
        this.clave = claveRecibida(clave);
    }
}
