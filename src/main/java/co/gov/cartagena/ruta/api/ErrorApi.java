package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Cuerpo JSON de todo error de la API: un código estable, un mensaje en español y, si aplica, el campo. */
public final class ErrorApi {

    private ErrorApi() {
    }

    public static Response respuesta(Response.Status estado, String codigo, String mensaje) {
        return respuesta(estado, codigo, mensaje, null);
    }

    public static Response respuesta(Response.Status estado, String codigo, String mensaje, String campo) {
        JsonObjectBuilder cuerpo = Json.createObjectBuilder().add("error", codigo).add("mensaje", mensaje);
        if (campo != null) {
            cuerpo.add("campo", campo);
        }
        return Response.status(estado).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(cuerpo.build().toString()).build();
    }
}
