package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.web.Mensajes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Formulario {@code cambio-estado}: el estado siguiente, los campos que exige y el motivo. */
public class CambioDeEstado extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private String nuevo;
    private List<CampoEditable> campos = new ArrayList<>();
    private String motivo;

    CambioDeEstado(VerCasoBacking vista) {
        super(vista);
    }

    /** Tras mostrar el caso otra vez: sin estado elegido. */
    void olvidar() {
        nuevo = null;
        campos = new ArrayList<>();
    }

    void limpiarErrores() {
        CampoEditable.limpiar(campos);
    }

    /** Los estados a que puede pasar el caso (ninguno si está cerrado o anulado). */
    public List<String> getSiguientes() {
        return terminado() ? List.of() : List.copyOf(caso().getRuta().definicion().siguientes(caso().getEstado()));
    }

    /** Al elegir el estado se muestran los campos que exige (los sensibles, solo a quien los ve). */
    public void elegir() {
        campos = new ArrayList<>();
        if (nuevo != null && caso() != null) {
            DefinicionRuta d = caso().getRuta().definicion();
            Map<String, String> datos = caso().datos();
            for (String requerido : d.requisitosPara(nuevo)) {
                d.campo(requerido).filter(c -> vista.isSensibles() || !c.sensible())
                        .ifPresent(c -> campos.add(new CampoEditable(caso().getRuta(), c, datos.get(requerido))));
            }
        }
    }

    public void cambiar() {
        // cada requisito es obligatorio y sus fechas se leen con el convertidor único: lo revisó Faces
        CampoEditable.limpiar(campos);
        vista.datos.limpiarErrores();
        String destino = nuevo;
        String m = motivo;
        Map<String, String> datos = CampoEditable.aDatos(campos, new LinkedHashMap<>());
        List<CampoEditable> requisitos = campos;
        if (vista.hacer(() -> vista.servicio.cambiarEstado(vista.id(), vista.version(), destino, datos, m),
                Mensajes.texto("caso.pasoA", "El caso pasó a ") + Mensajes.legible(destino) + ".", "cambio-estado",
                requisitos)) {
            motivo = null;
        }
    }

    public String getNuevo() {
        return nuevo;
    }

    public void setNuevo(String nuevo) {
        this.nuevo = nuevo;
    }

    public List<CampoEditable> getCampos() {
        return campos;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }
}
