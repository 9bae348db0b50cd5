package co.gov.cartagena.ruta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /metrics} no es público: con Ruta en la raíz, como en producción, Payara sirve las métricas dentro de la
 * aplicación y {@link FiltroMetricas} pide un token Bearer de Keycloak con el rol administrador.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricasIT {

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegues.enLaRaiz();
    }

    @ArquillianResource
    URL desplegada;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String ruta, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + desplegada.getPort() + ruta))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String recortar(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    @Test
    void sinTokenDeAdministradorLasMetricasSeNiegan() throws Exception {
        assertEquals("/", desplegada.getPath().isEmpty() ? "/" : desplegada.getPath(), "Ruta está en la raíz");
        for (String ruta : new String[] {"/metrics", "/metrics/", "/metrics/base", "/metrics/application",
                "/metrics/vendor", "/metrics?scope=base"}) {
            HttpResponse<String> anonimo = get(ruta, null);
            assertEquals(401, anonimo.statusCode(), ruta + ": " + recortar(anonimo.body()));
            assertTrue(anonimo.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), ruta);
            assertTrue(anonimo.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), ruta);
        }
        HttpResponse<String> falso = get("/metrics", "no.es.token");
        assertEquals(401, falso.statusCode(), recortar(falso.body()));
        for (String usuario : new String[] {"gestora.canapote", "coordinadora.canapote"}) {
            HttpResponse<String> otroRol = get("/metrics", Demo.token(usuario));
            assertEquals(403, otroRol.statusCode(), usuario + ": " + recortar(otroRol.body()));
            assertEquals("prohibido", Demo.json(otroRol.body()).getString("error"));
        }
    }

    @Test
    void conTokenDeAdministradorPrometheusLeeLasMetricas() throws Exception {
        HttpResponse<String> admin = get("/metrics", Demo.token("administrador", true));
        assertEquals(200, admin.statusCode(), recortar(admin.body()));
        assertTrue(admin.body().contains("# TYPE"), "Formato de Prometheus: " + recortar(admin.body()));
        HttpResponse<String> salud = get("/health/ready", null);
        assertTrue(salud.statusCode() == 200 || salud.statusCode() == 503, "La salud sigue pública: " + salud.statusCode());
    }

    @Test
    void alArrancarSeCalientanLasConsultasDelTableroYNoSoloLasExportaciones() throws Exception {
        HttpResponse<String> salud = get("/health/ready", null);
        for (int i = 0; i < 120 && salud.statusCode() != 200; i++) {
            Thread.sleep(1000);
            salud = get("/health/ready", null);
        }
        assertEquals(200, salud.statusCode(), recortar(salud.body()));
        // Fuera de una petición, el calentamiento necesita su propio contexto de petición (ValoresDeSedes vive en él).
        // MicroProfile Health da los datos como texto: "tablero":"true".
        assertTrue(salud.body().replace(" ", "").matches("(?s).*\"tablero\":\"?true\"?.*"), recortar(salud.body()));
    }
}
