package co.gov.cartagena.ruta.indicadores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import co.gov.cartagena.ruta.soporte.Navegador;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code /api/v1/indicadores} y el tablero vistos desde fuera, con tokens del Keycloak de pruebas: los campos del
 * issue, los errores 400/403/404 en JSON, reportar y aprobar por la API, el documento OpenAPI y la página en Chromium.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class IndicadoresApiIT {

    /** Keycloak no acepta dos veces el mismo código OTP: un token de supervisora para toda la clase. */
    private static String tokenSupervisora;
    /** El paso de 30 s del último código OTP usado por cada usuario, para no repetirlo. */
    private static final Map<String, Long> PASO_OTP = new HashMap<>();

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegues.ruta();
    }

    @ArquillianResource
    URL desplegada;

    private String base;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void normalizarBase() {
        base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
    }

    static synchronized String supervisora() throws Exception {
        if (tokenSupervisora == null) {
            otpNuevo("supervisora");
            tokenSupervisora = Demo.token("supervisora", true);
        }
        return tokenSupervisora;
    }

    /** Espera, si hace falta, a que haya un código OTP que ese usuario no haya usado, y lo marca como usado. */
    static synchronized void otpNuevo(String usuario) throws InterruptedException {
        long paso = Instant.now().getEpochSecond() / 30;
        if (PASO_OTP.getOrDefault(usuario, -1L) >= paso) {
            Thread.sleep((paso + 1) * 30_000 - Instant.now().toEpochMilli() + 500);
            paso = Instant.now().getEpochSecond() / 30;
        }
        PASO_OTP.put(usuario, paso);
    }

    /** Ingreso por el formulario de Keycloak de un usuario que pide OTP. */
    void ingresarConOtp(ChromeDriver navegador, String usuario) throws InterruptedException {
        WebDriverWait espera = new WebDriverWait(navegador, Duration.ofSeconds(30));
        navegador.get(base + "app/inicio.xhtml");
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        navegador.findElement(By.id("username")).sendKeys(usuario);
        navegador.findElement(By.id("password")).sendKeys(Demo.CLAVE);
        navegador.findElement(By.id("kc-login")).click();
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
        otpNuevo(usuario);
        navegador.findElement(By.id("otp")).sendKeys(Demo.totp());
        navegador.findElement(By.id("kc-login")).click();
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nombre-usuario")));
    }

    private HttpResponse<String> get(String ruta, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + ruta)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> enviar(String metodo, String ruta, String token, String tipo, String cuerpo)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + ruta)).header("Authorization", "Bearer " + token)
                .header("Content-Type", tipo).method(metodo, HttpRequest.BodyPublishers.ofString(cuerpo)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonArray arreglo(String texto) {
        try (var lector = Json.createReader(new StringReader(texto))) {
            return lector.readArray();
        }
    }

    static JsonObject buscar(JsonArray indicadores, String codigo) {
        return indicadores.stream().map(JsonValue::asJsonObject).filter(o -> o.getString("codigo").equals(codigo))
                .findFirst().orElseThrow();
    }

    @Test
    void laListaTraeLosCamposDelIssueYNoInventaCifras() throws Exception {
        HttpResponse<String> r = get("api/v1/indicadores", supervisora());
        assertEquals(200, r.statusCode(), r.body());
        JsonArray todos = arreglo(r.body());
        assertEquals(63, todos.size());
        for (String campo : List.of("codigo", "nombre", "nivel", "fuente", "tipoMeta", "unidad", "lineaBase", "meta",
                "valor", "avance", "semaforo")) {
            assertTrue(todos.getJsonObject(0).containsKey(campo), campo);
        }
        JsonObject casos = buscar(todos, "PZ.R4");
        assertEquals(JsonValue.NULL, casos.get("valor"));
        assertEquals(JsonValue.NULL, casos.get("avance"));
        assertEquals(JsonValue.NULL, casos.get("lineaBase"));
        assertEquals("SIN_DATOS", casos.getString("semaforo"));
        assertEquals("SIN_CALCULO", casos.getString("estado"));
        assertEquals("Sin cálculo todavía", casos.getString("nota"));
        JsonObject homicidios = buscar(todos, "SC.R1");
        assertEquals("35.1", homicidios.getJsonNumber("lineaBase").toString());
        assertEquals("reduccion", homicidios.getString("tipoMeta"));
        assertEquals("externo", homicidios.getString("fuente"));
        assertEquals("resultado", homicidios.getString("nivel"));

        JsonArray delAnio = arreglo(get("api/v1/indicadores?anio=2025&corte=2025-06-30", supervisora()).body());
        assertEquals(63, delAnio.size());
        assertEquals(2025, delAnio.getJsonObject(0).getInt("anio"));
        assertEquals("2025-06-30", delAnio.getJsonObject(0).getString("corte"));
        assertEquals(200, get("api/v1/indicadores?anio=2024", supervisora()).statusCode());
    }

    @Test
    void erroresEnJsonConElCampo() throws Exception {
        for (String consulta : List.of("anio=abc", "anio=2031")) {
            HttpResponse<String> r = get("api/v1/indicadores?" + consulta, supervisora());
            assertEquals(400, r.statusCode(), consulta);
            assertEquals("dato_invalido", Demo.json(r.body()).getString("error"));
            assertEquals("anio", Demo.json(r.body()).getString("campo"));
        }
        HttpResponse<String> corte = get("api/v1/indicadores?corte=31-12-2025", supervisora());
        assertEquals(400, corte.statusCode());
        assertEquals("corte", Demo.json(corte.body()).getString("campo"));
        HttpResponse<String> antes = get("api/v1/indicadores/SC.R1?corte=2023-12-31", supervisora());
        assertEquals(400, antes.statusCode());
        assertEquals("corte", Demo.json(antes.body()).getString("campo"));
        HttpResponse<String> noExiste = get("api/v1/indicadores/XX.NO.1", supervisora());
        assertEquals(404, noExiste.statusCode());
        assertEquals("no_encontrado", Demo.json(noExiste.body()).getString("error"));
    }

    @Test
    void elDetalleTraeTextosMetasYDesagregaciones() throws Exception {
        HttpResponse<String> r = get("api/v1/indicadores/PZ.DDH.7?anio=2025", supervisora());
        assertEquals(200, r.statusCode(), r.body());
        JsonObject o = Demo.json(r.body());
        assertEquals("Derechos Humanos para la Vida Digna", o.getString("programa"));
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, o.getJsonObject("desagregaciones"));
        assertTrue(o.containsKey("notaDesagregaciones"), "los de casos anuncian sus desagregaciones");
        assertTrue(o.getString("regla").contains("desagregado por modalidad"));
        JsonObject manual = Demo.json(get("api/v1/indicadores/SC.T24.4", supervisora()).body());
        assertEquals(JsonValue.EMPTY_JSON_OBJECT, manual.getJsonObject("desagregaciones"));
        assertTrue(!manual.containsKey("notaDesagregaciones"));
        assertEquals("N.D.", manual.getString("lineaBaseTexto"));
    }

    @Test
    void soloLosRolesDelTableroLoVen() throws Exception {
        HttpResponse<String> gestora = get("api/v1/indicadores", Demo.token("gestora.canapote"));
        assertEquals(403, gestora.statusCode());
        assertEquals("prohibido", Demo.json(gestora.body()).getString("error"));
        assertEquals(200, get("api/v1/indicadores", Demo.token("coordinadora.canapote")).statusCode());
    }

    @Test
    void reportarAprobarEImportarPorLaApi() throws Exception {
        String coordinadora = Demo.token("coordinadora.canapote");
        HttpResponse<String> creado = enviar("POST", "api/v1/indicadores/SC.T24.2/reportes", coordinadora,
                "application/json", "{\"fechaCorte\":\"2025-05-31\",\"valor\":1,\"fuente\":\"Resolución 123 de 2025\","
                        + "\"evidencia\":\"Acta de conformación del equipo interdisciplinario\"}");
        assertEquals(201, creado.statusCode(), creado.body());
        JsonObject reporte = Demo.json(creado.body());
        assertEquals("PENDIENTE", reporte.getString("estado"));
        int id = reporte.getInt("id");
        assertTrue(creado.headers().firstValue("Location").orElse("").endsWith("/indicadores/reportes/" + id));

        HttpResponse<String> propia = enviar("POST", "api/v1/indicadores/reportes/" + id + "/aprobacion", coordinadora,
                "application/json", "");
        assertEquals(403, propia.statusCode(), "un coordinador no aprueba");
        HttpResponse<String> pendientes = get("api/v1/indicadores/reportes", supervisora());
        assertTrue(arreglo(pendientes.body()).stream().anyMatch(v -> v.asJsonObject().getInt("id") == id));
        HttpResponse<String> aprobado = enviar("POST", "api/v1/indicadores/reportes/" + id + "/aprobacion",
                supervisora(), "application/json", "");
        assertEquals(200, aprobado.statusCode(), aprobado.body());
        assertEquals("APROBADO", Demo.json(aprobado.body()).getString("estado"));
        HttpResponse<String> otraVez = enviar("POST", "api/v1/indicadores/reportes/" + id + "/aprobacion",
                supervisora(), "application/json", "");
        assertEquals(400, otraVez.statusCode(), "una decisión no se cambia");
        assertEquals("estado", Demo.json(otraVez.body()).getString("campo"));

        JsonObject indicador = Demo.json(get("api/v1/indicadores/SC.T24.2?corte=2025-12-31", supervisora()).body());
        assertEquals("1", indicador.getJsonNumber("valor").toString());
        assertEquals("0.5", indicador.getJsonNumber("avance").toString());
        assertEquals("2025-05-31", indicador.getString("fechaValor"));

        HttpResponse<String> sinEvidencia = enviar("POST", "api/v1/indicadores/SC.T24.2/reportes", coordinadora,
                "application/json", "{\"fechaCorte\":\"2025-06-30\",\"valor\":2,\"fuente\":\"Resolución\"}");
        assertEquals(400, sinEvidencia.statusCode());
        assertEquals("evidencia", Demo.json(sinEvidencia.body()).getString("campo"));

        HttpResponse<String> importacion = enviar("POST", "api/v1/indicadores/importaciones?archivo=policia.csv",
                coordinadora, "text/csv", "codigo,fecha_corte,valor,fuente\nPZ.R1,30/06/2025,2500,Policía\n"
                        + "PZ.R2,30/06/2025,-3,Policía\n");
        assertEquals(400, importacion.statusCode(), importacion.body());
        JsonObject rechazo = Demo.json(importacion.body());
        assertEquals("importacion_rechazada", rechazo.getString("error"));
        assertTrue(rechazo.getJsonArray("errores").getString(0).startsWith("Línea 3:"), rechazo.toString());
        HttpResponse<String> importada = enviar("POST", "api/v1/indicadores/importaciones?archivo=policia.csv",
                coordinadora, "text/csv", "codigo,fecha_corte,valor,fuente\nPZ.R1,30/06/2025,2500,Policía\n");
        assertEquals(201, importada.statusCode(), importada.body());
        assertEquals(1, Demo.json(importada.body()).getInt("importados"));
    }

    @Test
    void elAdministradorFijaMetasAnualesPorLaApi() throws Exception {
        otpNuevo("administrador");
        String administrador = Demo.token("administrador", true);
        HttpResponse<String> r = enviar("PUT", "api/v1/indicadores/PZ.VIC.18/metas/2026", administrador,
                "application/json", "{\"valor\":50}");
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("50", Demo.json(r.body()).getJsonNumber("valor").toString());
        JsonObject detalle = Demo.json(get("api/v1/indicadores/PZ.VIC.18", administrador).body());
        assertEquals("50", detalle.getJsonObject("metasAnuales").getJsonNumber("2026").toString());
        HttpResponse<String> fuera = enviar("PUT", "api/v1/indicadores/PZ.VIC.18/metas/2030", administrador,
                "application/json", "{\"valor\":50}");
        assertEquals(400, fuera.statusCode());
        assertEquals("anio", Demo.json(fuera.body()).getString("campo"));
        HttpResponse<String> coordinador = enviar("PUT", "api/v1/indicadores/PZ.VIC.18/metas/2026",
                Demo.token("coordinadora.canapote"), "application/json", "{\"valor\":10}");
        assertEquals(403, coordinador.statusCode());
    }

    @Test
    void elDocumentoOpenApiTraeLosIndicadores() throws Exception {
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + desplegada.getPort() + "/openapi")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/indicadores:"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/indicadores/{codigo}:"));
        assertTrue(openapi.body().contains("/api/v1/indicadores/importaciones:"));
    }

    @Test
    void elTableroEnElNavegador() throws Exception {
        ChromeDriver navegador = Navegador.abrir();
        try {
            WebDriverWait espera = new WebDriverWait(navegador, Duration.ofSeconds(30));
            Navegador.ingresar(navegador, base + "app/inicio.xhtml", "coordinadora.canapote");

            navegador.findElement(By.partialLinkText("Indicadores")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-indicadores")));
            String pagina = texto(navegador);
            assertTrue(pagina.contains("Seguridad Humana"), pagina);
            assertTrue(pagina.contains("Construcción de paz, derechos humanos y convivencia"));
            assertTrue(pagina.contains("Plan Estratégico de Seguridad Integral Titán 24"));
            assertTrue(pagina.contains("sin cálculo todavía"));
            assertTrue(pagina.contains("63 indicadores"), pagina);
            assertTrue(navegador.findElements(By.id("a-metas")).isEmpty(), "metas solo para administradores");

            navegador.get(base + "app/indicadores/tablero.xhtml?anio=2025&corte=2025-06-30");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-indicadores")));
            assertTrue(texto(navegador).contains("Año 2025 con corte al 30/06/2025"), texto(navegador));

            navegador.findElement(By.id("a-reportes")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-reportes")));
            assertTrue(texto(navegador).contains("Reportar un valor"));

            navegador.get(base + "app/indicadores/metas.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("body")));
            assertTrue(navegador.findElements(By.id("titulo-metas")).isEmpty(), "un coordinador no fija metas");
        } finally {
            navegador.quit();
        }
    }

    @Test
    void elAdministradorFijaMetasYLaSupervisoraApruebaEnSusPaginas() throws Exception {
        ChromeDriver navegador = Navegador.abrir();
        try {
            WebDriverWait espera = new WebDriverWait(navegador, Duration.ofSeconds(30));
            ingresarConOtp(navegador, "administrador");
            navegador.get(base + "app/indicadores/metas.xhtml?codigo=GE.MIG.1");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-metas")));
            WebElement meta2024 = navegador.findElement(By.cssSelector("input[id$=':0:meta_input']"));
            meta2024.clear();
            meta2024.sendKeys("25");
            navegador.findElement(By.id("editar:guardar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"),
                    "Cambios guardados"));
            espera.until(d -> texto((ChromeDriver) d).contains("GE.MIG.1"));
            JsonObject detalle = Demo.json(get("api/v1/indicadores/GE.MIG.1", supervisora()).body());
            assertEquals("25", detalle.getJsonObject("metasAnuales").getJsonNumber("2024").toString());
        } finally {
            navegador.quit();
        }

        HttpResponse<String> pendiente = enviar("POST", "api/v1/indicadores/GE.MIG.1/reportes",
                Demo.token("coordinadora.canapote"), "application/json", "{\"fechaCorte\":\"2025-03-31\",\"valor\":30,"
                        + "\"fuente\":\"Contrato 45 de 2025\",\"evidencia\":\"Acta de avance de obra\"}");
        assertEquals(201, pendiente.statusCode(), pendiente.body());
        int id = Demo.json(pendiente.body()).getInt("id");

        navegador = Navegador.abrir();
        try {
            WebDriverWait espera = new WebDriverWait(navegador, Duration.ofSeconds(30));
            ingresarConOtp(navegador, "supervisora");
            navegador.findElement(By.partialLinkText("Indicadores")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("a-reportes"))).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-reportes")));
            assertTrue(navegador.findElements(By.id("nuevo")).isEmpty(), "la supervisora no reporta");
            WebElement fila = navegador.findElements(By.cssSelector("#pendientes tr")).stream()
                    .filter(tr -> tr.getText().contains("GE.MIG.1")).findFirst().orElseThrow();
            fila.findElement(By.cssSelector("button[id$=':aprobar']")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"),
                    "Reporte número " + id + " aprobado"));
            navegador.get(base + "app/indicadores/tablero.xhtml?corte=2025-12-31");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-indicadores")));
            WebElement indicador = navegador.findElements(By.cssSelector("#tabla tr")).stream()
                    .filter(tr -> tr.getText().contains("GE.MIG.1")).findFirst().orElseThrow();
            assertTrue(indicador.getText().contains("30,0 %"), indicador.getText());
        } finally {
            navegador.quit();
        }
    }

    static String texto(ChromeDriver navegador) {
        return navegador.findElements(By.tagName("body")).stream().map(e -> e.getText())
                .collect(Collectors.joining());
    }
}
