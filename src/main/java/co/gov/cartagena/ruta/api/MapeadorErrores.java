package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.persistencia.FallaTransitoria;
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
        if (FallaTransitoria.esPasajera(error)) {
            return MapeadorNoDisponible.respuesta(error);
        }
        for (Throwable e = error; e != null; e = e.getCause()) {
            if (e instanceof PeticionRechazada p) {
                return p.respuesta();
            }
        }
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
                    "El cuerpo de la petición no es JSON válido.", "cuerpo");
        }
        Throwable causa = error.getCause();
        while (causa != null) {
            if (causa instanceof ReglaIncumplida || causa instanceof NoEncontrado || causa instanceof ConflictoEdicion
                    || causa instanceof OperacionNoPermitida) {
                return toResponse(causa);
            }
            causa = causa.getCause();
        }
        if (error instanceof WebApplicationException && error.getClass().getSimpleName().equals("QueryParamException")) {
            // Jersey responde 404 cuando un parámetro de consulta no se puede convertir (?pagina=abc): es un dato
            // inválido, no un recurso que no existe.
            String campo = parametro(error);
            return ErrorApi.respuesta(Response.Status.BAD_REQUEST, "dato_invalido",
                    "El parámetro «" + campo + "» no tiene el formato esperado.", campo);
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

    /** El nombre del parámetro de una {@code ParamException} de Jersey, sin depender de Jersey al compilar. */
    private static String parametro(Throwable error) {
        try {
            return String.valueOf(error.getClass().getMethod("getParameterName").invoke(error));
        } catch (ReflectiveOperationException e) {
            return "consulta";
        }
    }
}
