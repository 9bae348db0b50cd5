package co.gov.cartagena.ruta.soporte;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Peticiones a la API de un Ruta desplegado, con el token de quien las hace, para que una prueba arme sus datos. */
public final class ApiDePrueba {

    private final String base;
    private final HttpClient http;

    /** {@code base}: la dirección de la aplicación, terminada en «/» (la API está en {@code base + "api/v1/"}). */
    public ApiDePrueba(String base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    /** {@code METODO /api/v1/ruta} con el token y, si lo hay, el cuerpo JSON. */
    public HttpResponse<String> enviar(String metodo, String ruta, String token, String cuerpo)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/" + ruta))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(cuerpo));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** El cuerpo JSON de una respuesta que debe tener ese estado (si no, la prueba falla con la petición y el cuerpo). */
    public static JsonObject json(HttpResponse<String> r, int esperado) {
        assertEquals(esperado, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
        return Demo.json(r.body());
    }
}
