package co.gov.cartagena.ruta.api;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Todo error no previsto sale como JSON en español, sin trazas ni detalles internos. */
@Provider
public class MapeadorErrores implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(MapeadorErrores.class.getName());

    @Override
    public Response toResponse(Throwable error) {
        if (error instanceof NotFoundException) {
            return ErrorApi.respuesta(Response.Status.NOT_FOUND, "no_encontrado", "No existe el recurso pedido");
        }
        if (error instanceof WebApplicationException wae && wae.getResponse().getStatus() < 500) {
            Response.Status estado = Response.Status.fromStatusCode(wae.getResponse().getStatus());
            return ErrorApi.respuesta(estado == null ? Response.Status.BAD_REQUEST : estado, "peticion_invalida",
                    "La petición no es válida");
        }
        LOG.log(Level.SEVERE, "Error no previsto en la API", error);
        return ErrorApi.respuesta(Response.Status.INTERNAL_SERVER_ERROR, "error_interno",
                "Ocurrió un error interno. Si persiste, informe al equipo de soporte.");
    }
}
