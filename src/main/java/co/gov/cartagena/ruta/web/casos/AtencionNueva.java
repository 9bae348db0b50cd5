package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.model.SelectItem;
import java.time.LocalDate;
import java.util.List;

/** Formulario {@code atender}: registra una atención (tipo, fecha, notas) con su clave de envío. */
public class AtencionNueva extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private String tipo;
    private LocalDate fecha;
    private String notas;
    private String clave = claveNueva();

    AtencionNueva(VerCasoBacking vista) {
        super(vista);
    }

    public void registrar() {
        LocalDate f = fecha;
        String t = tipo;
        String n = notas;
        String k = clave;
        if (hacer(() -> vista.servicio.registrarAtencion(vista.id(), t, f, null, n, k).getCaso(),
                Mensajes.texto("caso.atencionRegistrada", "Atención registrada: ") + Mensajes.legible(t) + ".",
                "atender")) {
            clave = claveNueva();
            notas = null;
            tipo = null;
        }
    }

    /** Las atenciones que se pueden prestar en el estado actual (ninguna si el caso está cerrado o anulado). */
    public List<String> getTipos() {
        if (terminado()) {
            return List.of();
        }
        DefinicionRuta d = caso().getRuta().definicion();
        return d.tiposAtencion().stream().filter(x -> d.estadosParaAtencion(x).contains(caso().getEstado())).toList();
    }

    /** Las mismas, con su nombre. */
    public List<SelectItem> getOpciones() {
        return getTipos().stream().map(x -> new SelectItem(x, Mensajes.legible(x))).toList();
    }

    public String getTipo() {
        return tipo;
    }

    public void setTipo(String tipo) {
        this.tipo = tipo;
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public void setFecha(LocalDate fecha) {
        this.fecha = fecha;
    }

    public String getNotas() {
        return notas;
    }

    public void setNotas(String notas) {
        this.notas = notas;
    }

    public String getClave() {
        return clave;
    }

    public void setClave(String clave) {
        this.clave = claveRecibida(clave);
    }
}
