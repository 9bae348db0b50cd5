package co.gov.cartagena.ruta.indicadores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Navegador;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * La página de un indicador y la de cortes en Chromium sin cabeza, con el Keycloak real (la usa
 * {@link PaginasIndicadorIT} desde fuera del servidor; no va en el despliegue porque usa Selenium). Los datos se
 * arreglan por la API con los usuarios de demostración.
 */
final class PaginaDeIndicador {

    /** Reintegración y reincorporación: titulares vinculados (acumulado, desagregado por persona). */
    private static final String CODIGO = "PZ.DDH.8";
    /** Cobertura a población migrante: su denominador es una cifra externa que la supervisora registra en la página. */
    private static final String EXTERNO = "GE.R1";
    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private PaginaDeIndicador() {
    }

    static void supervisoraVeElIndicadorYCierraUnCorte(String base) throws Exception {
        String coordinadora = Demo.token("coordinadora.canapote");
        long antes = valor(base, coordinadora);
        long casoPrevio = casoDeReintegracion(base);
        long valor = valor(base, coordinadora);
        assertEquals(antes + 1, valor, "el caso nuevo cuenta en " + CODIGO);
        long mujeres = mujeres(base, coordinadora);
        assertTrue(mujeres >= 1);

        ChromeDriver navegador = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(60));
            ingresarConOtp(navegador, espera, base, "supervisora");

            // La página del indicador: cabecera, gráfico, desagregaciones y detalle de registros.
            navegador.get(base + "app/indicadores/indicador.xhtml?codigo=" + CODIGO + "&anio=2025&corte=2025-12-31");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-indicador")));
            assertTrue(navegador.findElement(By.id("titulo-indicador")).getText().startsWith(CODIGO));
            assertEquals(String.valueOf(valor), navegador.findElement(By.id("valor")).getText().split("\\s")[0]);
            assertTrue(navegador.findElement(By.id("corte-efectivo")).getText()
                    .contains("Año 2025 con corte al 31/12/2025"), navegador.findElement(By.id("corte-efectivo")).getText());
            assertTrue(navegador.findElement(By.id("regla")).getText().length() > 40, "la regla de conteo se muestra");
            assertTrue(navegador.findElements(By.cssSelector("#cabecera-indicador dl > dt, #cabecera-indicador dl > dd"))
                    .isEmpty(), "cada cifra de la cabecera va en su propia celda de la rejilla");

            String datos = espera.until(d -> (String) ((JavascriptExecutor) d).executeScript(
                    "var w = PrimeFaces.widgets['graficoIndicador'];"
                            + " return w && w.chart && w.chart.width > 0"
                            + " ? JSON.stringify(w.chart.data.datasets.map(function (s) { return s.data; })) : null;"));
            JsonArray series = arreglo(datos);
            assertEquals(2, series.size(), "barras de valores y línea de metas: " + datos);
            assertEquals(valor, series.getJsonArray(0).getJsonNumber(1).longValue(), datos);
            assertEquals(JsonValue.NULL, series.getJsonArray(0).get(2), "2026 no ha empezado al 31/12/2025");
            WebElement fila2025 = navegador.findElements(By.cssSelector("#tabla-serie tbody tr")).stream()
                    .filter(tr -> tr.getText().startsWith("2025")).findFirst().orElseThrow();
            assertTrue(fila2025.getText().contains("31/12/2025 " + valor), fila2025.getText());

            WebElement sexo = navegador.findElement(By.id("desagregacion-sexo"));
            assertTrue(sexo.getText().startsWith("Sexo"), sexo.getText());
            WebElement mujer = sexo.findElements(By.cssSelector("tbody tr")).stream()
                    .filter(tr -> tr.getText().startsWith("Mujer")).findFirst().orElseThrow();
            String celda = mujer.findElement(By.tagName("td")).getText();
            assertEquals(mujeres < 5 ? "menos de 5" : String.valueOf(mujeres), celda,
                    "la supervisora sin acceso a datos personales ve suprimidas las celdas de 1 a 4 personas");
            for (String dimension : new String[] {"grupoEdad", "etnia", "discapacidad", "victima", "localidad", "sede"}) {
                assertEquals(1, navegador.findElements(By.id("desagregacion-" + dimension)).size(), dimension);
            }

            navegador.findElement(By.id("registros:ver-registros")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("conteo-registros")));
            assertTrue(navegador.findElement(By.id("conteo-registros")).getText()
                    .startsWith(valor + " registros en la cifra"), navegador.findElement(By.id("conteo-registros")).getText());
            assertEquals(Math.min(valor, 200) + " registros que su rol no le permite ver",
                    navegador.findElement(By.id("ocultos")).getText(), "la supervisora no ve casos");
            assertTrue(navegador.findElements(By.cssSelector("#registros a[href*='casos/ver.xhtml']")).isEmpty());

            // Issue 16: una cifra con letras no se descarta en silencio ni se guarda; una fecha imposible dice que no
            // existe. Los dos mensajes salen a la vez, cada uno junto a su campo.
            int cifrasAntes = arreglo(get(base, "indicadores/" + EXTERNO + "/datos-externos",
                    Demo.token("coordinadora.canapote"))).size();
            navegador.get(base + "app/indicadores/indicador.xhtml?codigo=" + EXTERNO);
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("externo:valorDato")));
            new Select(navegador.findElement(By.id("externo:anioDato"))).selectByVisibleText("2025");
            escribir(navegador, "externo:valorDato", "doce mil");
            escribir(navegador, "externo:fechaDato", "31/02/2025");
            escribir(navegador, "externo:fuenteDato", "Proyección de Migración Colombia");
            navegador.findElement(By.id("externo:registrar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("externo:valorDato-mensaje"),
                    "escriba solo números"));
            assertEquals("Población estimada: escriba solo números enteros, sin letras ni decimales (por ejemplo 1.234).",
                    navegador.findElement(By.id("externo:valorDato-mensaje")).getText());
            assertEquals("doce mil", navegador.findElement(By.id("externo:valorDato")).getDomProperty("value"),
                    "lo escrito se conserva para corregirlo");
            assertEquals("true", navegador.findElement(By.id("externo:valorDato")).getDomAttribute("aria-invalid"));
            assertEquals("Fecha de la cifra: La fecha 31/02/2025 no existe.",
                    navegador.findElement(By.id("externo:fechaDato-mensaje")).getText());
            assertEquals(cifrasAntes, arreglo(get(base, "indicadores/" + EXTERNO + "/datos-externos",
                    Demo.token("coordinadora.canapote"))).size(), "nada se guardó");

            // Cortes: cerrar uno en una fecha libre, verlo sin diferencias; un caso con fecha anterior lo hace diferir.
            LocalDate fecha = fechaLibre(base, coordinadora);
            navegador.findElement(By.id("menu:m-cortes")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-cortes")));
            escribir(navegador, "nuevo:fecha", DDMMYYYY.format(fecha));
            escribir(navegador, "nuevo:observacion", "Informe de avance al Concejo");
            navegador.findElement(By.id("nuevo:cerrar")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nuevo:confirmar-si"))).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"),
                    "Corte al " + DDMMYYYY.format(fecha) + " cerrado."));
            verCorte(navegador, espera, fecha).getText();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resumen-revision"),
                    "Ninguna cifra difiere"));

            long casoNuevo = casoDeReintegracion(base);
            navegador.navigate().refresh();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-cortes")));
            WebElement fila = verCorte(navegador, espera, fecha);
            assertTrue(fila.getText().contains("Informe de avance al Concejo"), fila.getText());
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resumen-revision"),
                    "cifras difieren"));
            String cifras = navegador.findElements(By.cssSelector("[id='revision:cifras'] tbody tr")).stream()
                    .map(WebElement::getText).filter(t -> t.startsWith(CODIGO + "\n") || t.startsWith(CODIGO + " "))
                    .collect(Collectors.joining("\n"));
            assertTrue(cifras.contains("Difiere") && cifras.contains("Entraron 1 · salieron 0"), cifras);
            assertTrue(cifras.contains(String.valueOf(valor)) && cifras.contains(String.valueOf(valor + 1)), cifras);
            java.util.List<String> claves = navegador.findElements(By.cssSelector("[id='revision:claves'] tbody tr"))
                    .stream().map(WebElement::getText).toList();
            assertTrue(claves.stream().anyMatch(t -> t.startsWith(CODIGO) && t.contains("Entró")
                    && t.endsWith("Caso " + casoNuevo)), String.join("\n", claves));
            assertTrue(claves.stream().noneMatch(t -> t.endsWith("Caso " + casoPrevio)),
                    "el caso anterior al cierre ya estaba congelado: " + claves);
        } finally {
            navegador.quit();
        }
    }

    /** Hace clic en «Ver y comparar» de la fila del corte y devuelve la fila. */
    private static WebElement verCorte(WebDriver navegador, WebDriverWait espera, LocalDate fecha) {
        WebElement fila = espera.until(d -> d.findElements(By.cssSelector("[id='lista:tabla-cortes'] tbody tr"))
                .stream().filter(tr -> tr.getText().startsWith(DDMMYYYY.format(fecha))).findFirst().orElse(null));
        fila.findElement(By.cssSelector("button[id$=':ver']")).click();
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("resumen-revision")));
        return fila;
    }

    /** Una mujer adulta y su caso de reintegración en la Secretaría, abierto el 03/03/2025. Devuelve el id del caso. */
    private static long casoDeReintegracion(String base) throws Exception {
        String gestora = Demo.token("gestora.trata");
        String documento = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        HttpResponse<String> persona = enviar(base, "personas", gestora, Json.createObjectBuilder()
                .add("tipoDocumento", "CC").add("numeroDocumento", documento).add("nombres", "Luz Marina")
                .add("apellidos", "Reintegrada " + documento).add("fechaNacimiento", "1990-04-12").add("sexo", "MUJER")
                .build().toString());
        assertEquals(201, persona.statusCode(), persona.body());
        long personaId = Demo.json(persona.body()).getJsonNumber("id").longValue();
        HttpResponse<String> caso = enviar(base, "casos", gestora, Json.createObjectBuilder()
                .add("ruta", "REINTEGRACION").add("sede", "SICC").add("personaId", personaId)
                .add("fechaApertura", "2025-03-03").add("narrativa", "Vinculación al proceso de reincorporación")
                .add("datos", Json.createObjectBuilder().add("proceso", "REINCORPORACION")).build().toString());
        assertEquals(201, caso.statusCode(), caso.body());
        return Demo.json(caso.body()).getJsonNumber("id").longValue();
    }

    private static long valor(String base, String token) throws Exception {
        JsonObject o = Demo.json(get(base, "indicadores/" + CODIGO + "?anio=2025&corte=2025-12-31", token));
        return o.isNull("valor") ? 0 : o.getJsonNumber("valor").longValue();
    }

    /** Las mujeres en la cifra, sin supresión (la coordinadora ve datos personales). */
    private static long mujeres(String base, String token) throws Exception {
        JsonObject o = Demo.json(get(base, "indicadores/" + CODIGO + "?anio=2025&corte=2025-12-31", token));
        return o.getJsonObject("desagregaciones").getJsonArray("sexo").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("categoria").equals("MUJER")).findFirst().orElseThrow()
                .getJsonNumber("valor").longValue();
    }

    /** La fecha más reciente de 2025 (hacia atrás desde el 31/12) sin corte cerrado. */
    private static LocalDate fechaLibre(String base, String token) throws Exception {
        Set<String> cerradas = arreglo(get(base, "cortes", token)).stream()
                .map(v -> v.asJsonObject().getString("fecha")).collect(Collectors.toSet());
        LocalDate f = LocalDate.of(2025, 12, 31);
        while (cerradas.contains(f.toString())) {
            f = f.minusDays(1);
        }
        return f;
    }

    private static String get(String base, String ruta, String token) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/" + ruta))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), ruta + ": " + r.body());
        return r.body();
    }

    private static HttpResponse<String> enviar(String base, String ruta, String token, String cuerpo)
            throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/" + ruta))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonArray arreglo(String texto) {
        try (var lector = Json.createReader(new StringReader(texto))) {
            return lector.readArray();
        }
    }

    /** Ingreso por el formulario de Keycloak con OTP; si Keycloak ya vio el código de esta ventana, usa la siguiente. */
    private static void ingresarConOtp(WebDriver navegador, WebDriverWait espera, String base, String usuario)
            throws InterruptedException {
        navegador.get(base + "app/inicio.xhtml");
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(usuario);
        navegador.findElement(By.id("password")).sendKeys(Demo.CLAVE);
        navegador.findElement(By.id("kc-login")).click();
        for (int intento = 0; intento < 3; intento++) {
            WebElement otp = espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
            otp.clear();
            otp.sendKeys(Demo.totpNuevo(usuario));
            navegador.findElement(By.id("kc-login")).click();
            espera.until(ExpectedConditions.stalenessOf(otp));
            espera.until(ExpectedConditions.or(
                    ExpectedConditions.visibilityOfElementLocated(By.id("nombre-usuario")),
                    ExpectedConditions.visibilityOfElementLocated(By.id("otp"))));
            if (!navegador.findElements(By.id("nombre-usuario")).isEmpty()) {
                return;
            }
        }
        throw new AssertionError("Keycloak no aceptó el código OTP de " + usuario);
    }

    private static void escribir(WebDriver navegador, String id, String valor) {
        WebElement campo = navegador.findElement(By.id(id));
        campo.clear();
        campo.sendKeys(valor);
    }
}
