package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.model.SelectItem;
import java.util.List;

/** Formulario {@code anular-atencion}: anula una atención registrada, con su motivo. */
public class AnulacionDeAtencion extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private Long atencion;
    private String motivo;

    AnulacionDeAtencion(VerCasoBacking vista) {
        super(vista);
    }

    public void anular() {
        Long a = atencion;
        String m = motivo;
        if (hacer(() -> vista.servicio.anularAtencion(vista.id(), a, m),
                Mensajes.texto("caso.atencionAnulada", "Atención anulada."), "anular-atencion")) {
            atencion = null;
            motivo = null;
        }
    }

    /** Las atenciones que aún se pueden anular: tipo y fecha. */
    public List<SelectItem> getOpciones() {
        return caso() == null ? List.of() : caso().getAtenciones().stream().filter(x -> !x.isAnulada())
                .map(x -> new SelectItem(x.getId(), Mensajes.legible(x.getTipo()) + " ("
                        + Fechas.formatear(x.getFecha()) + ")")).toList();
    }

    public Long getAtencion() {
        return atencion;
    }

    public void setAtencion(Long atencion) {
        this.atencion = atencion;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }
}
