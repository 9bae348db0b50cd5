package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
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
        if (error instanceof ReglaIncumplida r) {
            return ErrorApi.respuesta(Response.Status.BAD_REQUEST, "dato_invalido", r.getMessage(), r.campo());
        }
        if (error instanceof NoEncontrado) {
            return ErrorApi.respuesta(Response.Status.NOT_FOUND, "no_encontrado", error.getMessage());
        }
        if (error instanceof ConflictoEdicion) {
            return ErrorApi.respuesta(Response.Status.CONFLICT, "conflicto", error.getMessage());
        }
        if (error instanceof OperacionNoPermitida) {
            return ErrorApi.respuesta(Response.Status.FORBIDDEN, "prohibido", error.getMessage());
        }
        if (error instanceof jakarta.json.JsonException || error instanceof jakarta.ws.rs.ProcessingException
                || error instanceof jakarta.json.bind.JsonbException) {
            return ErrorApi.respuesta(Response.Status.BAD_REQUEST, "json_invalido",
                    "El cuerpo de la petición no es JSON válido.");
        }
        Throwable causa = error.getCause();
        while (causa != null) {
            if (causa instanceof ReglaIncumplida || causa instanceof NoEncontrado || causa instanceof ConflictoEdicion
                    || causa instanceof OperacionNoPermitida) {
                return toResponse(causa);
            }
            causa = causa.getCause();
        }
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
