package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.Remision;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.model.SelectItem;
import java.util.List;

/** Formulario {@code responder}: la respuesta a una remisión pendiente. */
public class RespuestaDeRemision extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private Long remision;
    private String respuesta;

    RespuestaDeRemision(VerCasoBacking vista) {
        super(vista);
    }

    public void responder() {
        Long r = remision;
        String texto = respuesta;
        if (hacer(() -> vista.servicio.responderRemision(vista.id(), r, vista.hoy(), texto),
                Mensajes.texto("caso.respuestaRegistrada", "Respuesta registrada."), "responder")) {
            remision = null;
            respuesta = null;
        }
    }

    /** Las remisiones sin respuesta: entidad (o sede) y fecha. */
    public List<SelectItem> getOpciones() {
        return caso() == null ? List.of() : caso().getRemisiones().stream()
                .filter(r -> r.getEstado() != Remision.Estado.RESPONDIDA)
                .map(r -> new SelectItem(r.getId(), (r.getSedeDestino() != null ? r.getSedeDestino().getNombre()
                        : vista.entidad(r.getEntidad())) + " (" + Fechas.formatear(r.getFecha()) + ")"))
                .toList();
    }

    public Long getRemision() {
        return remision;
    }

    public void setRemision(Long remision) {
        this.remision = remision;
    }

    public String getRespuesta() {
        return respuesta;
    }

    public void setRespuesta(String respuesta) {
        this.respuesta = respuesta;
    }
}
