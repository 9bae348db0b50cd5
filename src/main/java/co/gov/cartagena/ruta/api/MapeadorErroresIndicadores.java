package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.indicadores.reportes.ImportacionRechazada;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Un archivo de cifras oficiales rechazado: 400 como {@link ErrorApi} (campo {@code archivo}) y, además, la lista de
 * errores, cada uno con su línea. Los demás errores de los indicadores los responde {@link MapeadorErrores}.
 */
@Provider
public class MapeadorErroresIndicadores implements ExceptionMapper<ImportacionRechazada> {

    @Override
    public Response toResponse(ImportacionRechazada rechazo) {
        JsonArrayBuilder errores = Json.createArrayBuilder();
        rechazo.getErrores().forEach(errores::add);
        return Response.status(Response.Status.BAD_REQUEST)
                .type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(Json.createObjectBuilder().add("error", "importacion_rechazada")
                        .add("mensaje", "No se importó ninguna fila: el archivo tiene errores")
                        .add("campo", "archivo").add("errores", errores).build().toString())
                .build();
    }
}
