package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.indicadores.reportes.ImportacionRechazada;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * Un archivo de cifras oficiales rechazado: 400 como {@link ErrorApi} (campo {@code archivo}) y, además, la lista de
 * errores, cada uno con su línea. Los demás errores de los indicadores los responde {@link MapeadorErrores}.
 */
@Provider
public class MapeadorErroresIndicadores implements ExceptionMapper<ImportacionRechazada> {

    @Override
    public Response toResponse(ImportacionRechazada rechazo) {
        return ErrorApi.respuesta(Response.Status.BAD_REQUEST, new ErrorApi.Cuerpo("importacion_rechazada",
                "No se importó ninguna fila: el archivo tiene errores", "archivo", List.copyOf(rechazo.getErrores())));
    }
}
