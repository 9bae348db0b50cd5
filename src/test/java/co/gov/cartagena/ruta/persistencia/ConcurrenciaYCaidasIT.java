package co.gov.cartagena.ruta.persistencia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.entorno.EntornoPruebas;
import co.gov.cartagena.ruta.entorno.KeycloakEmbebido;
import co.gov.cartagena.ruta.entorno.MariaDbEmbebida;
import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import co.gov.cartagena.ruta.soporte.Espera;
import co.gov.cartagena.ruta.soporte.Navegador;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Muchos gestores a la vez y caídas reales, desde fuera (la API con tokens reales de Keycloak):
 * <ul>
 * <li>ocho hilos abren casos, registran y anulan atenciones y registran actividades en la misma sede y el mismo día,
 * todos a la vez: ninguna escritura falla, cada una que se confirmó está, los radicados quedan seguidos y el almacén
 * de indicadores es igual al recuento completo;</li>
 * <li>MariaDB muerto con SIGKILL y vuelto a levantar: mientras no está, la API responde 503 en español en menos de
 * 3 s y la aplicación no está lista; al volver, Ruta atiende otra vez sin reiniciar Payara.</li>
 * </ul>
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrenciaYCaidasIT {

    private static final int HILOS = 8;
    private static final int OPERACIONES_POR_HILO = 250;
    private static final String SEDE = "CJ-CANAPOTE";
    /** Un mismo día para todos: las escrituras tocan las mismas claves y los mismos conteos del almacén. */
    private static final String DIA = "2024-09-16";

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegues.ruta();
    }

    @ArquillianResource
    URL desplegada;

    private String base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void normalizarBase() {
        base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
    }

    /** MicroProfile Health atiende en la raíz del servidor, no bajo la aplicación. */
    private String salud() {
        return "http://localhost:" + desplegada.getPort() + "/health/ready";
    }

    private HttpResponse<String> enviar(String metodo, String ruta, String cuerpo) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/" + ruta))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Demo.token("gestora.canapote"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        b.method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(cuerpo));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Lo que un hilo confirmó (respuesta 2xx): se busca después, uno por uno. */
    private record Confirmado(Map<Long, String> casos, Map<Long, Long> atencionesPorCaso, Map<Long, Long> anuladas,
            List<Long> actividades) {
    }

    @Test
    @Order(1)
    void ochoGestorasALaVezNoFallanNadaNiPierdenNadaYElAlmacenCuadra() throws Exception {
        Confirmado hecho = new Confirmado(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>(), Collections.synchronizedList(new ArrayList<>()));
        List<String> fallas = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger operaciones = new AtomicInteger();
        ExecutorService hilos = Executors.newFixedThreadPool(HILOS);
        long inicio = System.nanoTime();
        List<Future<?>> tareas = new ArrayList<>();
        for (int h = 0; h < HILOS; h++) {
            int hilo = h;
            tareas.add(hilos.submit(() -> {
                Random azar = new Random(20260000L + hilo);
                List<Long> misCasos = new ArrayList<>();
                List<long[]> misAtenciones = new ArrayList<>();
                for (int i = 0; i < OPERACIONES_POR_HILO; i++) {
                    int dado = azar.nextInt(100);
                    try {
                        if (misCasos.isEmpty() || dado < 25) {
                            abrirCaso(hilo, i, hecho, misCasos, fallas);
                        } else if (dado < 70) {
                            long caso = misCasos.get(azar.nextInt(misCasos.size()));
                            registrarAtencion(caso, hecho, misAtenciones, fallas);
                        } else if (dado < 82 && !misAtenciones.isEmpty()) {
                            long[] a = misAtenciones.remove(azar.nextInt(misAtenciones.size()));
                            anularAtencion(a[0], a[1], hecho, fallas);
                        } else {
                            registrarActividad(hilo, i, hecho, fallas);
                        }
                    } catch (Exception e) {
                        fallas.add("hilo " + hilo + ", operación " + i + ": " + e);
                    }
                    operaciones.incrementAndGet();
                }
                return null;
            }));
        }
        for (Future<?> t : tareas) {
            t.get(20, TimeUnit.MINUTES);
        }
        hilos.shutdown();
        double segundos = (System.nanoTime() - inicio) / 1e9;
        System.out.printf("Concurrencia: %d operaciones de %d hilos en %.1f s (%.1f/s); %d casos, %d atenciones, "
                + "%d anuladas, %d actividades%n", operaciones.get(), HILOS, segundos, operaciones.get() / segundos,
                hecho.casos().size(), hecho.atencionesPorCaso().size(), hecho.anuladas().size(),
                hecho.actividades().size());

        assertTrue(fallas.isEmpty(), fallas.size() + " escrituras fallaron; las primeras: "
                + fallas.subList(0, Math.min(10, fallas.size())));

        // Cada escritura confirmada está, con su estado.
        for (Map.Entry<Long, String> c : hecho.casos().entrySet()) {
            HttpResponse<String> r = enviar("GET", "casos/" + c.getKey(), null);
            assertEquals(200, r.statusCode(), r.body());
            JsonObject caso = Demo.json(r.body());
            assertEquals(c.getValue(), caso.getString("radicado"));
            for (JsonValue v : caso.getJsonArray("atenciones")) {
                JsonObject a = v.asJsonObject();
                long id = a.getJsonNumber("id").longValue();
                if (hecho.atencionesPorCaso().containsKey(id)) {
                    assertEquals(hecho.anuladas().containsKey(id), a.getBoolean("anulada", false),
                            "atención " + id + " del caso " + c.getValue());
                }
            }
        }
        for (Map.Entry<Long, Long> a : hecho.atencionesPorCaso().entrySet()) {
            JsonArray atenciones = Demo.json(enviar("GET", "casos/" + a.getValue(), null).body())
                    .getJsonArray("atenciones");
            assertTrue(atenciones.stream().anyMatch(v -> v.asJsonObject().getJsonNumber("id").longValue() == a.getKey()),
                    "falta la atención confirmada " + a.getKey());
        }
        for (long actividad : hecho.actividades()) {
            assertEquals(200, enviar("GET", "actividades/" + actividad, null).statusCode(), "actividad " + actividad);
        }

        // Radicados únicos y seguidos: nadie más abrió casos de ese año mientras tanto.
        TreeSet<Long> consecutivos = new TreeSet<>();
        for (String radicado : hecho.casos().values()) {
            assertTrue(radicado.startsWith("RUTA-2024-"), radicado);
            assertTrue(consecutivos.add(Long.parseLong(radicado.substring("RUTA-2024-".length()))), "repetido " + radicado);
        }
        assertEquals(consecutivos.size() - 1, consecutivos.last() - consecutivos.first(),
                "los radicados de la corrida dejan huecos: " + consecutivos.first() + "…" + consecutivos.last());

        // El almacén de indicadores es igual al recuento completo desde los registros.
        HttpResponse<String> recuento = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "api/v1/indicadores/recuento"))
                .header("Authorization", "Bearer " + Demo.token("administrador", true))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, recuento.statusCode(), recuento.body());
        assertTrue(Demo.json(recuento.body()).getBoolean("coincide"), recuento.body());
    }

    private void abrirCaso(int hilo, int i, Confirmado hecho, List<Long> misCasos, List<String> fallas)
            throws Exception {
        String documento = String.valueOf(1_000_000_000L + hilo * 10_000_000L + i * 10L
                + (System.nanoTime() % 10));
        HttpResponse<String> persona = enviar("POST", "personas", "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\""
                + documento + "\",\"nombres\":\"Concurrente\",\"apellidos\":\"Hilo " + hilo + "\","
                + "\"fechaNacimiento\":\"1990-01-01\",\"sexo\":\"MUJER\"}");
        if (persona.statusCode() != 201) {
            fallas.add("persona: " + persona.statusCode() + " " + persona.body());
            return;
        }
        long personaId = Demo.json(persona.body()).getJsonNumber("id").longValue();
        HttpResponse<String> r = enviar("POST", "casos", "{\"ruta\":\"CASA_DE_JUSTICIA\",\"sede\":\"" + SEDE
                + "\",\"personaId\":" + personaId + ",\"fechaApertura\":\"" + DIA + "\",\"narrativa\":\"Relato\","
                + "\"datos\":{\"asunto\":\"FAMILIA\"}}");
        if (r.statusCode() != 201) {
            fallas.add("abrir: " + r.statusCode() + " " + r.body());
            return;
        }
        JsonObject caso = Demo.json(r.body());
        long id = caso.getJsonNumber("id").longValue();
        hecho.casos().put(id, caso.getString("radicado"));
        misCasos.add(id);
    }

    private void registrarAtencion(long caso, Confirmado hecho, List<long[]> misAtenciones, List<String> fallas)
            throws Exception {
        HttpResponse<String> r = enviar("POST", "casos/" + caso + "/atenciones",
                "{\"tipo\":\"ORIENTACION_JURIDICA\",\"fecha\":\"" + DIA + "\",\"notas\":\"Orientación\"}");
        if (r.statusCode() != 201) {
            fallas.add("atención: " + r.statusCode() + " " + r.body());
            return;
        }
        JsonArray atenciones = Demo.json(r.body()).getJsonArray("atenciones");
        long nueva = atenciones.stream().mapToLong(v -> v.asJsonObject().getJsonNumber("id").longValue()).max()
                .orElseThrow();
        hecho.atencionesPorCaso().put(nueva, caso);
        misAtenciones.add(new long[] {caso, nueva});
    }

    private void anularAtencion(long caso, long atencion, Confirmado hecho, List<String> fallas) throws Exception {
        HttpResponse<String> r = enviar("POST", "casos/" + caso + "/atenciones/" + atencion + "/anulacion",
                "{\"motivo\":\"Registrada por error\"}");
        if (r.statusCode() != 200) {
            fallas.add("anular: " + r.statusCode() + " " + r.body());
            return;
        }
        hecho.anuladas().put(atencion, caso);
    }

    private void registrarActividad(int hilo, int i, Confirmado hecho, List<String> fallas) throws Exception {
        HttpResponse<String> r = enviar("POST", "actividades", "{\"tipo\":\"CONVENIO_INPEC\",\"fecha\":\"" + DIA
                + "\",\"lugar\":\"Salón comunal " + hilo + "-" + i + "\",\"sede\":\"" + SEDE + "\",\"participantes\":12}");
        if (r.statusCode() != 201) {
            fallas.add("actividad: " + r.statusCode() + " " + r.body());
            return;
        }
        hecho.actividades().add(Demo.json(r.body()).getJsonNumber("id").longValue());
    }

    @Test
    @Order(2)
    void conMariaDbCaidoLaApiResponde503EnEspanolYAlVolverAtiendeSinReiniciar() throws Exception {
        MariaDbEmbebida mariadb = EntornoPruebas.mariadb();
        org.junit.jupiter.api.Assumptions.assumeTrue(mariadb != null, "solo con el MariaDB embebido de las pruebas");
        HttpResponse<String> antes = enviar("GET", "casos?pagina=0", null);
        assertEquals(200, antes.statusCode(), antes.body());
        ChromeDriver navegador = Navegador.abrir();
        try {
            Navegador.ingresar(navegador, base + "app/casos/lista.xhtml", "gestora.canapote");
            // Un formulario lleno, listo para guardar, cuando la base se cae.
            String documento = String.valueOf(7_000_000_000L + System.nanoTime() % 1_000_000_000L);
            navegador.get(base + "app/personas/buscar.xhtml");
            Map<String, String> escrito = Map.of("persona:numeroDocumento", documento, "persona:nombres",
                    "Rosa Elvira", "persona:apellidos", "Cassiani Caída", "persona:fechaNacimiento", "12/05/1985");
            escrito.forEach((id, valor) -> navegador.findElement(By.id(id)).sendKeys(valor));
            navegador.findElement(By.id("persona:buscar")).click();
            new Espera(navegador, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("persona:registrar"))
                    .isEmpty());
            String pestanaDelFormulario = navegador.getWindowHandle();

            mariadb.matar();
            try {
                navegador.findElement(By.id("persona:registrar")).click();
                String aviso;
                try {
                    aviso = new Espera(navegador, Duration.ofSeconds(30)).until(d -> {
                        String texto = d.findElement(By.id("mensajes")).getText();
                        return texto.contains("base de datos") ? texto : null;
                    });
                } catch (org.openqa.selenium.TimeoutException e) {
                    Navegador.capturar(navegador, "caida-formulario-falla");
                    throw new AssertionError("Sin el mensaje de la base caída junto al formulario; la página dice: "
                            + navegador.findElement(By.tagName("body")).getText(), e);
                }
                assertTrue(aviso.contains("Nada se perdió") && aviso.contains("intente de nuevo"), aviso);
                escrito.forEach((id, valor) -> assertEquals(valor, navegador.findElement(By.id(id))
                        .getAttribute("value"), "lo escrito en " + id + " debe seguir en el formulario"));
                Navegador.capturar(navegador, "caida-formulario");

                navegador.switchTo().newWindow(WindowType.TAB);
                navegador.get(base + "app/casos/lista.xhtml");
                String pagina = navegador.findElement(By.id("error-503")).getText();
                assertTrue(pagina.contains("no está disponible") && pagina.contains("Nada de lo que usted guardó se "
                        + "perdió"), pagina);
                caidaEnLaApi();
            } finally {
                mariadb.reanudar();
            }
            esperarQueVuelva();
            navegador.get(base + "app/casos/lista.xhtml");
            assertTrue(navegador.findElements(By.id("error-503")).isEmpty(), "la página sigue «no disponible»");
            assertFalse(navegador.findElement(By.id("nombre-usuario")).getText().isBlank());
            // El mismo formulario, sin volver a escribir nada: guardar ahora registra a la persona.
            navegador.close();
            navegador.switchTo().window(pestanaDelFormulario);
            navegador.findElement(By.id("persona:registrar")).click();
            new Espera(navegador, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("personas/ver"));
            assertTrue(navegador.findElement(By.tagName("main")).getText().contains("Cassiani Caída"),
                    "la persona registrada tras la caída");
        } finally {
            navegador.quit();
        }
    }

    private void caidaEnLaApi() throws Exception {
        for (int i = 0; i < 3; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> caido = enviar("GET", "casos?pagina=0", null);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(503, caido.statusCode(), caido.body());
            assertTrue(ms < 3_000, "la API tardó " + ms + " ms en responder con la base caída");
            assertTrue(caido.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertNotNull(caido.headers().firstValue("Retry-After").orElse(null));
            JsonObject error = Demo.json(caido.body());
            assertEquals("no_disponible", error.getString("error"));
            assertTrue(error.getString("mensaje").contains("base de datos"), error.getString("mensaje"));
        }
        HttpResponse<String> escritura = enviar("POST", "actividades", "{\"tipo\":\"CONVENIO_INPEC\",\"fecha\":\""
                + DIA + "\",\"lugar\":\"Durante la caída\",\"sede\":\"" + SEDE + "\",\"participantes\":12}");
        assertEquals(503, escritura.statusCode(), escritura.body());
        HttpResponse<String> lista = http.send(HttpRequest.newBuilder(URI.create(salud()))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, lista.statusCode(), lista.body());
        assertTrue(lista.body().contains("DOWN"), lista.body());
    }

    private void esperarQueVuelva() throws Exception {
        long t0 = System.nanoTime();
        int estado = 0;
        while (System.nanoTime() - t0 < Duration.ofSeconds(15).toNanos()) {
            estado = enviar("GET", "casos?pagina=0", null).statusCode();
            if (estado == 200) {
                break;
            }
            Thread.sleep(250);
        }
        System.out.printf("Caída de MariaDB: Ruta atendió otra vez %.1f s después de levantarlo%n",
                (System.nanoTime() - t0) / 1e9);
        assertEquals(200, estado, "Ruta no volvió a atender en 15 s tras levantar MariaDB");
        HttpResponse<String> escritura = enviar("POST", "actividades", "{\"tipo\":\"CONVENIO_INPEC\",\"fecha\":\""
                + DIA + "\",\"lugar\":\"Después de la caída\",\"sede\":\"" + SEDE + "\",\"participantes\":12}");
        assertEquals(201, escritura.statusCode(), escritura.body());
        assertEquals(200, http.send(HttpRequest.newBuilder(URI.create(salud())).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        assertFalse(Demo.json(escritura.body()).isEmpty());
    }

    @Test
    @Order(3)
    void conKeycloakCaidoQuienYaEntroSigueYQuienLlegaVeUnaPaginaClaraHastaQueVuelve() throws Exception {
        KeycloakEmbebido keycloak = EntornoPruebas.keycloak();
        org.junit.jupiter.api.Assumptions.assumeTrue(keycloak != null, "solo con el Keycloak de las pruebas");
        ChromeDriver adentro = Navegador.abrir();
        ChromeDriver nueva = Navegador.abrir();
        try {
            Navegador.ingresar(adentro, base + "app/inicio.xhtml", "gestora.canapote");
            keycloak.detener();
            try {
                adentro.get(base + "app/casos/lista.xhtml");
                assertFalse(adentro.findElement(By.id("nombre-usuario")).getText().isBlank(),
                        "quien ya había ingresado debe seguir trabajando");
                assertTrue(adentro.findElements(By.id("error-ingreso")).isEmpty());

                nueva.get(base + "app/inicio.xhtml");
                String pagina = nueva.findElement(By.id("error-ingreso")).getText();
                assertTrue(pagina.contains("El servicio de ingreso no está disponible"), pagina);
                HttpResponse<String> anonima = http.send(HttpRequest.newBuilder(URI.create(base + "app/inicio.xhtml"))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(503, anonima.statusCode(), anonima.body());
                assertTrue(anonima.body().contains("Keycloak"), anonima.body());
            } finally {
                keycloak.iniciar();
            }
            Navegador.ingresar(nueva, base + "app/inicio.xhtml", "gestora.canapote");
            assertFalse(nueva.findElement(By.id("nombre-usuario")).getText().isBlank());
        } finally {
            adentro.quit();
            nueva.quit();
        }
    }
}
