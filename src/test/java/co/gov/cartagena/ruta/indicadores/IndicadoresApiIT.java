package co.gov.cartagena.ruta.indicadores;

import co.gov.cartagena.ruta.indicadores.informes.InformeDeAvanceTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import co.gov.cartagena.ruta.soporte.Navegador;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
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
        WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(30));
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
        // Sin línea base en el plan: no se inventa; la cifra se calcula de los casos (o no hay denominador aún).
        assertEquals(JsonValue.NULL, casos.get("lineaBase"));
        assertNotEquals("SIN_CALCULO", casos.getString("estado"));
        if (casos.get("valor") != JsonValue.NULL) {
            assertTrue(casos.containsKey("numerador") && casos.containsKey("denominador"), casos.toString());
        }
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
        // Trata de personas: desagregado por sexo, edad… y modalidad de explotación; la supervisora sin permiso de datos
        // personales no ve cifras de celdas de menos de 5 personas.
        JsonObject desagregaciones = o.getJsonObject("desagregaciones");
        for (String dimension : List.of("sexo", "grupoEdad", "etnia", "discapacidad", "victima", "localidad", "sede")) {
            assertTrue(desagregaciones.containsKey(dimension), dimension + " en " + desagregaciones);
        }
        for (String dimension : desagregaciones.keySet()) {
            for (JsonValue celda : desagregaciones.getJsonArray(dimension)) {
                JsonObject c = celda.asJsonObject();
                if (c.getBoolean("suprimida")) {
                    assertTrue(!c.containsKey("numerador") && !c.containsKey("denominador"), c.toString());
                } else {
                    for (String k : List.of("numerador", "denominador")) {
                        assertTrue(!c.containsKey(k) || c.getJsonNumber(k).longValue() >= 5, c.toString());
                    }
                }
            }
        }
        assertTrue(o.containsKey("notaDesagregaciones"), "los calculados explican la supresión");
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
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(30));
            Navegador.ingresar(navegador, base + "app/inicio.xhtml", "coordinadora.canapote");

            navegador.findElement(By.partialLinkText("Indicadores")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-indicadores")));
            String pagina = texto(navegador);
            assertTrue(pagina.contains("Seguridad Humana"), pagina);
            assertTrue(pagina.contains("Construcción de paz, derechos humanos y convivencia"));
            assertTrue(pagina.contains("Plan Estratégico de Seguridad Integral Titán 24"));
            assertFalse(pagina.contains("sin cálculo todavía"), "todas las fuentes se calculan");
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
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(30));
            ingresarConOtp(navegador, "administrador");
            navegador.get(base + "app/indicadores/metas.xhtml?codigo=GE.MIG.1");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-metas")));
            JsonObject metasAntes = Demo.json(get("api/v1/indicadores/GE.MIG.1", supervisora()).body())
                    .getJsonObject("metasAnuales");
            WebElement meta2024 = navegador.findElement(By.cssSelector("input[id$=':0:meta']"));
            meta2024.clear();
            meta2024.sendKeys("veinte");
            navegador.findElement(By.id("editar:guardar")).click();
            By mensaje = By.cssSelector("[id$=':0:meta-mensaje']");
            espera.until(ExpectedConditions.textToBePresentInElementLocated(mensaje, "escriba solo números"));
            assertTrue(navegador.findElement(mensaje).getText()
                    .endsWith(": escriba solo números, con coma para los decimales (por ejemplo 1.234,5)."),
                    "las letras se rechazan junto a la meta: " + navegador.findElement(mensaje).getText());
            assertEquals(metasAntes, Demo.json(get("api/v1/indicadores/GE.MIG.1", supervisora()).body())
                    .getJsonObject("metasAnuales"), "nada se guardó");
            meta2024 = navegador.findElement(By.cssSelector("input[id$=':0:meta']"));
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
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(30));
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

    // ================================================================ informe de avance (exportaciones)

    private HttpResponse<byte[]> descargar(String consulta, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/indicadores/informe?" + consulta)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    /** Cuántas entradas del rastro hay con ese filtro (cabecera X-Total-Count), vistas por la auditora. */
    private long enElRastro(String filtro) throws Exception {
        otpSiHaceFalta("auditora");
        HttpResponse<String> r = get("api/v1/auditoria?tamano=1&" + filtro, Demo.token("auditora", true));
        assertEquals(200, r.statusCode(), r.body());
        return Long.parseLong(r.headers().firstValue("X-Total-Count").orElseThrow());
    }

    /** La última entrada del rastro con ese filtro. */
    private JsonObject ultimaDelRastro(String filtro) throws Exception {
        otpSiHaceFalta("auditora");
        HttpResponse<String> r = get("api/v1/auditoria?tamano=1&" + filtro, Demo.token("auditora", true));
        assertEquals(200, r.statusCode(), r.body());
        return arreglo(r.body()).getJsonObject(0);
    }

    private static final Map<String, Instant> TOKEN_OTP = new HashMap<>();

    /** Marca el código OTP como usado solo cuando Demo.token va a pedir uno nuevo (los guarda cuatro minutos). */
    private static synchronized void otpSiHaceFalta(String usuario) throws InterruptedException {
        Instant ultimo = TOKEN_OTP.get(usuario);
        if (ultimo == null || ultimo.plusSeconds(230).isBefore(Instant.now())) {
            otpNuevo(usuario);
            TOKEN_OTP.put(usuario, Instant.now());
        }
    }

    @Test
    void elInformeSeDescargaEnLosTresFormatosConSuEncabezadoYQuedaEnElRastro() throws Exception {
        String exportaciones = "accion=EXPORTAR&usuario=supervisora&entidad=informe_indicadores";
        long antes = enElRastro(exportaciones);

        HttpResponse<byte[]> xlsx = descargar("formato=xlsx&anio=2025&corte=2025-06-30", supervisora());
        assertEquals(200, xlsx.statusCode(), new String(xlsx.body(), StandardCharsets.UTF_8));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElseThrow()
                .startsWith("attachment; filename=\"informe-avance-2025-corte-2025-06-30.xlsx\""),
                xlsx.headers().firstValue("Content-Disposition").orElseThrow());
        assertEquals("nosniff", xlsx.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertEquals("no-store", xlsx.headers().firstValue("Cache-Control").orElseThrow());
        JsonArray tablero = arreglo(get("api/v1/indicadores?anio=2025&corte=2025-06-30", supervisora()).body());
        try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet hoja = libro.getSheetAt(0);
            String arriba = primeraColumna(hoja, 12);
            assertTrue(arriba.contains("Periodo: Año 2025"), arriba);
            assertTrue(arriba.contains("Fecha de corte: 30/06/2025"), arriba);
            assertTrue(arriba.contains("Sede: Todas las sedes"), arriba);
            assertTrue(arriba.matches("(?s).*Generado por supervisora el \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d "
                    + "\\(hora de Colombia\\).*"), arriba);
            Map<String, Row> filas = new java.util.LinkedHashMap<>();
            Map<String, Integer> columnas = InformeDeAvanceTest.leerTabla(hoja, filas);
            assertEquals(63, filas.size());
            assertEquals(tablero.stream().map(v -> v.asJsonObject().getString("codigo")).toList(),
                    List.copyOf(filas.keySet()), "en el orden del plan");
            for (JsonValue v : tablero) {
                JsonObject o = v.asJsonObject();
                Row fila = filas.get(o.getString("codigo"));
                Cell valor = fila.getCell(columnas.get("Valor"));
                if (o.isNull("valor")) {
                    assertTrue(valor == null || valor.getCellType() == CellType.BLANK, o.getString("codigo"));
                } else {
                    assertEquals(o.getJsonNumber("valor").doubleValue(), valor.getNumericCellValue(), 1e-9,
                            o.getString("codigo"));
                }
                assertEquals(o.getJsonNumber("meta").doubleValue(),
                        fila.getCell(columnas.get("Meta del periodo")).getNumericCellValue(), 1e-9);
            }
        }

        HttpResponse<byte[]> pdf = descargar("formato=pdf&anio=2025&corte=2025-06-30&sede=CJ-CANAPOTE",
                Demo.token("coordinadora.canapote"));
        assertEquals(200, pdf.statusCode(), new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        assertTrue(pdf.headers().firstValue("Content-Disposition").orElseThrow()
                .contains("informe-avance-2025-corte-2025-06-30-CJ-CANAPOTE.pdf"));
        PdfReader lector = new PdfReader(pdf.body());
        try {
            PdfTextExtractor extractor = new PdfTextExtractor(lector);
            assertTrue(lector.getNumberOfPages() >= 2);
            for (int p = 1; p <= lector.getNumberOfPages(); p++) {
                String pagina = extractor.getTextFromPage(p);
                assertTrue(pagina.contains("Generado por coordinadora.canapote el "), "página " + p + ": " + pagina);
                assertTrue(pagina.contains("Año 2025 · corte 30/06/2025 · Casa de Justicia de Canapote (CJ-CANAPOTE)"),
                        pagina);
            }
        } finally {
            lector.close();
        }

        HttpResponse<byte[]> csv = descargar("formato=CSV", supervisora());
        assertEquals(200, csv.statusCode());
        assertEquals("text/csv;charset=utf-8",
                csv.headers().firstValue("Content-Type").orElseThrow().replace(" ", "").toLowerCase(Locale.ROOT));
        assertEquals((byte) 0xEF, csv.body()[0], "UTF-8 con BOM");
        String texto = new String(csv.body(), 3, csv.body().length - 3, StandardCharsets.UTF_8);
        assertTrue(texto.contains("Periodo: Cuatrienio 2024–2027"), texto);
        assertTrue(texto.contains("\r\nGenerado por supervisora el "), texto);
        assertTrue(texto.contains("\r\nCódigo;Indicador;Nivel;Componente;Programa;Fuente;"), texto);
        assertTrue(texto.contains("\r\nSC.R1;"), texto);

        assertEquals(antes + 2, enElRastro(exportaciones), "cada exportación de la supervisora queda en el rastro");
        JsonObject ultima = ultimaDelRastro(exportaciones);
        assertEquals("EXPORTAR", ultima.getString("accion"));
        assertTrue(ultima.getString("detalle").startsWith("Informe de avance en CSV: Cuatrienio 2024–2027, corte "),
                ultima.getString("detalle"));
        assertTrue(ultima.getString("detalle").contains("63 indicadores; CIFRAS_AGREGADAS (sin datos personales)"),
                ultima.getString("detalle"));
        JsonObject delPdf = ultimaDelRastro("accion=EXPORTAR&usuario=coordinadora.canapote&entidad=informe_indicadores");
        assertTrue(delPdf.getString("detalle").startsWith("Informe de avance en PDF: Año 2025, corte 30/06/2025, "
                + "sede: Casa de Justicia de Canapote (CJ-CANAPOTE)"), delPdf.getString("detalle"));
    }

    @Test
    void elInformeSoloParaLosRolesDelTableroYCon400NombrandoElCampo() throws Exception {
        String exportaciones = "accion=EXPORTAR&usuario=supervisora&entidad=informe_indicadores";
        long antes = enElRastro(exportaciones);
        Map<String, String> malos = new java.util.LinkedHashMap<>();
        malos.put("formato=docx", "formato");
        malos.put("anio=2025", "formato");
        malos.put("formato=xlsx&anio=abc", "anio");
        malos.put("formato=xlsx&anio=2031", "anio");
        malos.put("formato=pdf&corte=31-12-2025", "corte");
        malos.put("formato=pdf&anio=2026&corte=2025-12-31", "corte");
        malos.put("formato=csv&sede=NO-EXISTE", "sede");
        for (Map.Entry<String, String> m : malos.entrySet()) {
            HttpResponse<byte[]> r = descargar(m.getKey(), supervisora());
            String cuerpo = new String(r.body(), StandardCharsets.UTF_8);
            assertEquals(400, r.statusCode(), m.getKey() + " → " + cuerpo);
            assertEquals("dato_invalido", Demo.json(cuerpo).getString("error"), cuerpo);
            assertEquals(m.getValue(), Demo.json(cuerpo).getString("campo"), m.getKey());
            assertTrue(r.headers().firstValue("Content-Disposition").isEmpty(), "un error no es una descarga");
        }
        assertEquals(antes, enElRastro(exportaciones), "lo que no se exportó no queda como exportación");

        long denegados = enElRastro("accion=ACCESO_DENEGADO&usuario=gestora.canapote");
        HttpResponse<byte[]> gestora = descargar("formato=xlsx", Demo.token("gestora.canapote"));
        assertEquals(403, gestora.statusCode());
        assertEquals("prohibido", Demo.json(new String(gestora.body(), StandardCharsets.UTF_8)).getString("error"));
        assertEquals(denegados + 1, enElRastro("accion=ACCESO_DENEGADO&usuario=gestora.canapote"));
        assertEquals("GET indicadores/informe",
                ultimaDelRastro("accion=ACCESO_DENEGADO&usuario=gestora.canapote").getString("detalle"));
        otpSiHaceFalta("auditora");
        assertEquals(403, descargar("formato=pdf", Demo.token("auditora", true)).statusCode(),
                "la auditora no ve el tablero");
        assertEquals(401, descargar("formato=pdf", null).statusCode());
        otpNuevo("administrador");
        assertEquals(200, descargar("formato=csv&anio=2024", Demo.token("administrador", true)).statusCode());
    }

    @Test
    void elDocumentoOpenApiTraeElInforme() throws Exception {
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + desplegada.getPort() + "/openapi")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        String doc = openapi.body();
        int desde = doc.indexOf("/api/v1/indicadores/informe:");
        assertTrue(desde >= 0, doc);
        String informe = doc.substring(desde, Math.min(doc.length(), desde + 4000));
        for (String texto : List.of("formato", "anio", "corte", "sede", "application/pdf", "text/csv",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "\"400\":", "\"403\":")) {
            assertTrue(informe.contains(texto), texto + " en:\n" + informe);
        }
    }

    /**
     * El recorrido del issue: la supervisora abre el tablero del año en curso filtrado por la sede de Canapote y
     * anota PZ.VIC.3 (personas con ayuda humanitaria inmediata entregada / personas que cumplen requisitos); la
     * gestora de Canapote abre un caso de AHI a una persona nueva, verifica que cumple requisitos y le entrega
     * alimentación; la supervisora vuelve a consultar y ve la cifra exacta que corresponde; descarga el Excel y la
     * cifra del archivo es la de la página.
     */
    @Test
    void laSupervisoraVeCambiarUnaCifraYLaLeeEnElExcelQueDescarga() throws Exception {
        LocalDate hoy = LocalDate.now(ZoneId.of("America/Bogota"));
        String anio = String.valueOf(hoy.getYear());
        Path descargas = Files.createTempDirectory("ruta-descargas");
        ChromeDriver navegador = Navegador.abrir(descargas);
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(60));
            espera.ignoring(StaleElementReferenceException.class);
            ingresarConOtp(navegador, "supervisora");
            navegador.findElement(By.partialLinkText("Indicadores")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-indicadores")));
            new Select(navegador.findElement(By.id("filtro:anio"))).selectByVisibleText(anio);
            elegir(navegador, espera, "filtro:sede", "Casa de Justicia de Canapote");
            navegador.findElement(By.id("filtro:ver")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sede-efectiva"),
                    "Casa de Justicia de Canapote"));
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("corte-efectivo"), "Año " + anio));
            BigDecimal[] antes = fraccion(filaDe(navegador, "PZ.VIC.3"));

            String gestora = Demo.token("gestora.canapote");
            registrarAyudaEntregada(gestora, hoy);

            navegador.findElement(By.id("filtro:ver")).click();
            BigDecimal numerador = antes[0].add(BigDecimal.ONE);
            BigDecimal denominador = antes[1].add(BigDecimal.ONE);
            espera.until(d -> {
                BigDecimal[] ahora = fraccion(filaDe((ChromeDriver) d, "PZ.VIC.3"));
                return ahora[0].compareTo(numerador) == 0 && ahora[1].compareTo(denominador) == 0;
            });
            WebElement fila = filaDe(navegador, "PZ.VIC.3");
            BigDecimal valorEsperado = numerador.multiply(BigDecimal.valueOf(100)).divide(denominador, 2,
                    RoundingMode.HALF_UP);
            String valorPagina = fila.findElement(By.className("ind-valor")).getText();
            BigDecimal valorVisto = new BigDecimal(valorPagina.replace(".", "").replace(",", "."));
            assertEquals(0, valorEsperado.compareTo(valorVisto), "esperado " + valorEsperado + ", en la página "
                    + valorPagina);

            navegador.findElement(By.id("exportar:xlsx")).click();
            String nombre = "informe-avance-" + anio + "-corte-" + hoy + "-CJ-CANAPOTE.xlsx";
            Path archivo = descargas.resolve(nombre);
            espera.until(d -> Files.isRegularFile(archivo) && !Files.exists(descargas.resolve(nombre + ".crdownload")));
            espera.until(d -> {
                try (XSSFWorkbook ignorado = new XSSFWorkbook(Files.newInputStream(archivo))) {
                    return true;
                } catch (Exception aunEscribiendose) {
                    return false;
                }
            });
            try (XSSFWorkbook libro = new XSSFWorkbook(Files.newInputStream(archivo))) {
                Sheet hoja = libro.getSheetAt(0);
                String arriba = primeraColumna(hoja, 12);
                assertTrue(arriba.contains("Periodo: Año " + anio), arriba);
                assertTrue(arriba.contains("Sede: Casa de Justicia de Canapote (CJ-CANAPOTE)"), arriba);
                assertTrue(arriba.contains("Generado por supervisora el "), arriba);
                Map<String, Row> filas = new java.util.LinkedHashMap<>();
                Map<String, Integer> columnas = InformeDeAvanceTest.leerTabla(hoja, filas);
                Row vic3 = filas.get("PZ.VIC.3");
                assertEquals(valorVisto.doubleValue(), vic3.getCell(columnas.get("Valor")).getNumericCellValue(),
                        1e-9, "la cifra del Excel es la de la página");
                assertEquals(numerador.doubleValue(), vic3.getCell(columnas.get("Numerador")).getNumericCellValue());
                assertEquals(denominador.doubleValue(),
                        vic3.getCell(columnas.get("Denominador")).getNumericCellValue());
            }
            assertTrue(texto(navegador).contains("PZ.VIC.3"), "la página sigue ahí después de la descarga");
        } finally {
            navegador.quit();
        }
    }

    /**
     * Elige una opción de una lista buscable ({@code r:campo buscable="true"}, un p:selectOneMenu) como una persona:
     * abre la lista y hace clic en la opción. Si el clic cae
     * mientras la lista todavía se está abriendo (su animación), PrimeFaces no lo toma: se vuelve a intentar, hasta 3
     * veces, y la etiqueta tiene que terminar mostrando la opción.
     */
    private static void elegir(ChromeDriver navegador, WebDriverWait espera, String id, String opcion) {
        By item = By.cssSelector("[id='" + id + "_items'] li[data-label='" + opcion + "']");
        WebDriverWait corta = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(5));
        for (int intento = 1;; intento++) {
            if (!navegador.findElement(By.id(id + "_panel")).isDisplayed()) {
                navegador.findElement(By.id(id)).click();
            }
            espera.until(ExpectedConditions.elementToBeClickable(item)).click();
            try {
                corta.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id + "_label"), opcion));
                return;
            } catch (org.openqa.selenium.TimeoutException e) {
                if (intento == 3) {
                    throw e;
                }
            }
        }
    }

    private static WebElement filaDe(ChromeDriver navegador, String codigo) {
        return navegador.findElements(By.cssSelector("#tabla tr")).stream()
                .filter(tr -> tr.findElements(By.className("ind-codigo")).stream()
                        .anyMatch(c -> c.getText().equals(codigo)))
                .findFirst().orElseThrow(() -> new AssertionError("no está " + codigo + " en el tablero"));
    }

    /** El numerador y el denominador que muestra la fila («12 / 15»); 0 y 0 si aún no hay valor. */
    private static BigDecimal[] fraccion(WebElement fila) {
        List<WebElement> f = fila.findElements(By.className("ind-fraccion"));
        if (f.isEmpty()) {
            return new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO};
        }
        String[] partes = f.get(0).getText().split(" / ");
        return new BigDecimal[] {entero(partes[0]), entero(partes[1])};
    }

    private static BigDecimal entero(String texto) {
        return new BigDecimal(texto.trim().replace(".", ""));
    }

    /** La gestora de Canapote: persona nueva, caso de AHI en su sede, cumple requisitos hoy y recibe alimentación. */
    private void registrarAyudaEntregada(String token, LocalDate hoy) throws Exception {
        String documento = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        HttpResponse<String> persona = enviar("POST", "api/v1/personas", token, "application/json",
                "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"" + documento + "\",\"nombres\":\"Yesenia\","
                        + "\"apellidos\":\"Informe Prueba\",\"fechaNacimiento\":\"1990-02-14\"}");
        assertEquals(201, persona.statusCode(), persona.body());
        long personaId = Demo.json(persona.body()).getJsonNumber("id").longValue();
        HttpResponse<String> caso = enviar("POST", "api/v1/casos", token, "application/json",
                "{\"ruta\":\"AYUDA_HUMANITARIA_INMEDIATA\",\"sede\":\"CJ-CANAPOTE\",\"personaId\":" + personaId
                        + ",\"fechaApertura\":\"" + hoy + "\",\"narrativa\":\"Declaró desplazamiento\",\"datos\":{"
                        + "\"fechaDeclaracion\":\"" + hoy + "\",\"entidadDeclaracion\":\"PERSONERIA\","
                        + "\"hechoVictimizante\":\"DESPLAZAMIENTO_FORZADO\",\"fechaHecho\":\"" + hoy.minusDays(3)
                        + "\"}}");
        assertEquals(201, caso.statusCode(), caso.body());
        JsonObject abierto = Demo.json(caso.body());
        long id = abierto.getJsonNumber("id").longValue();
        HttpResponse<String> cumple = enviar("POST", "api/v1/casos/" + id + "/estado", token, "application/json",
                "{\"version\":" + abierto.getInt("version") + ",\"estado\":\"CUMPLE_REQUISITOS\","
                        + "\"datos\":{\"fechaVerificacion\":\"" + hoy + "\"}}");
        assertEquals(200, cumple.statusCode(), cumple.body());
        HttpResponse<String> entrega = enviar("POST", "api/v1/casos/" + id + "/atenciones", token,
                "application/json", "{\"tipo\":\"ALIMENTACION\",\"fecha\":\"" + hoy + "\"}");
        assertEquals(201, entrega.statusCode(), entrega.body());
    }

    /** El texto de la primera columna de las primeras filas de una hoja, una línea por fila. */
    private static String primeraColumna(Sheet hoja, int filas) {
        StringBuilder s = new StringBuilder();
        for (int r = 0; r < filas; r++) {
            Row fila = hoja.getRow(r);
            if (fila != null && fila.getCell(0) != null && fila.getCell(0).getCellType() == CellType.STRING) {
                s.append(fila.getCell(0).getStringCellValue()).append('\n');
            }
        }
        return s.toString();
    }
}
