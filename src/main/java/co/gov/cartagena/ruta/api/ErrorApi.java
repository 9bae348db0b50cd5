package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuerpo JSON de todo error de la API: un código estable, un mensaje en español y, si aplica, el campo. El mensaje y el
 * campo se acotan aquí, una sola vez: un valor recibido que un mensaje cite (un código de la URL, un nombre de campo)
 * nunca vuelve entero.
 */
public final class ErrorApi {

    /** El nombre del esquema del cuerpo de error en el documento {@code /openapi}. */
    static final String ESQUEMA = "ErrorApi";

    /** El cuerpo de todo error de la API, como lo describe {@code /openapi}. */
    @Schema(name = ESQUEMA, description = "Cuerpo de todo error de la API: nada cambió. errores solo sale en "
            + "importacion_rechazada: cada error del archivo, con su línea")
    public record Cuerpo(
            @Schema(required = true, description = "Código estable: dato_invalido, json_invalido, "
                    + "cuerpo_demasiado_grande, no_autenticado, token_invalido, prohibido, no_encontrado, conflicto, "
                    + "importacion_rechazada, no_disponible, peticion_invalida, error_interno") String error,
            @Schema(required = true, maxLength = MENSAJE + 1, description = "Qué pasó, en español, sin repetir más que "
                    + "un extracto de lo enviado") String mensaje,
            @Schema(maxLength = CAMPO + 1, description = "El campo, parámetro o cabecera que causó el error, si lo hay")
            String campo,
            List<String> errores) {
    }

    /** Lo más largo que sale un mensaje, una cita «…» dentro de él, y el nombre de un campo. */
    static final int MENSAJE = 600;
    static final int CITA = 60;
    static final int CAMPO = 60;

    private static final Pattern CITADO = Pattern.compile("«([^»]*)»");
    private static final Pattern PALABRA_LARGA = Pattern.compile("\\S{" + (CITA + 1) + ",}");

    private ErrorApi() {
    }

    /**
     * Cada cita «…» y cada palabra a lo sumo {@link #CITA} caracteres, y el todo a lo sumo {@code maximo}, sin
     * caracteres de control.
     */
    static String acotar(String texto, int maximo) {
        Matcher m = CITADO.matcher(texto);
        StringBuilder r = new StringBuilder();
        while (m.find()) {
            String citado = m.group(1);
            m.appendReplacement(r, Matcher.quoteReplacement("«" + (citado.length() > CITA
                    ? citado.substring(0, CITA) + "…" : citado) + "»"));
        }
        m.appendTail(r);
        // lo que no va entre comillas (un código de la URL pegado al mensaje) tampoco pasa de una cita
        Matcher palabra = PALABRA_LARGA.matcher(r.toString());
        StringBuilder corto = new StringBuilder();
        while (palabra.find()) {
            palabra.appendReplacement(corto, Matcher.quoteReplacement(palabra.group().substring(0, CITA) + "…"));
        }
        palabra.appendTail(corto);
        String limpio = corto.toString().replaceAll("\\p{Cntrl}", "?");
        return limpio.length() > maximo ? limpio.substring(0, maximo) + "…" : limpio;
    }

    public static Response respuesta(Response.Status estado, String codigo, String mensaje) {
        return respuesta(estado, codigo, mensaje, null);
    }

    public static Response respuesta(Response.Status estado, String codigo, String mensaje, String campo) {
        return respuesta(estado, new Cuerpo(codigo, acotar(mensaje == null ? "" : mensaje, MENSAJE),
                campo == null ? null : acotar(campo, CAMPO), null));
    }

    /** La respuesta con su cuerpo: los campos nulos no salen. */
    static Response respuesta(Response.Status estado, Cuerpo cuerpo) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("error", cuerpo.error())
                .add("mensaje", cuerpo.mensaje());
        if (cuerpo.campo() != null) {
            json.add("campo", cuerpo.campo());
        }
        if (cuerpo.errores() != null) {
            jakarta.json.JsonArrayBuilder errores = Json.createArrayBuilder();
            cuerpo.errores().forEach(errores::add);
            json.add("errores", errores);
        }
        return Response.status(estado).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(json.build().toString()).build();
    }
}
