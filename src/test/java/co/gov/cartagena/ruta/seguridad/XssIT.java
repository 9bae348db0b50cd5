package co.gov.cartagena.ruta.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import co.gov.cartagena.ruta.soporte.Navegador;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Cargas XSS y expresiones EL en cada campo de texto libre (por la API, como las escribiría cualquiera), mostradas en
 * Chromium de verdad: se ven como texto, ningún script corre ({@code window.__xss} sigue sin definir, no hay
 * alertas ni imágenes inyectadas) y ninguna expresión se evalúa. Al final, las búsquedas de la página de casos con
 * inyecciones SQL no muestran casos ni errores. Tres ingresos: gestora, coordinadora y administrador (con OTP).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class XssIT {

    /** Cada carga marca {@code window.__xss} si llegara a ejecutarse. */
    static final String SCRIPT = "<script>window.__xss=1</script>";
    static final String ATRIBUTO = "\"><img src=x onerror=\"window.__xss=2\">";
    static final String ENLACE = "javascript:window.__xss=3";
    static final String PLANTILLA = "{{7*7}}";
    static final String EL = "#{7*7}${7*7}";
    static final String SVG = "<svg onload=window.__xss=4>";
    static final String CADENA = "';window.__xss=5;'";
    /** Todas juntas (menos de 120 caracteres, para que quepan en los campos más cortos, como los nombres). */
    static final String TODAS = SCRIPT + ATRIBUTO + PLANTILLA + EL + CADENA;

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegues.ruta();
    }

    @ArquillianResource
    URL desplegada;

    private String base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void normalizarBase() {
        base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
    }

    @Test
    void lasCargasXssEnCadaCampoDeTextoLibreSeMuestranComoTextoYNadaSeEjecuta() throws Exception {
        assertTrue(TODAS.length() <= 120, TODAS.length() + " caracteres");
        String gc = Demo.token("gestora.canapote");
        String documento = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        // Persona: nombres, apellidos y el soporte de la autorización (lo que la página de la persona muestra).
        JsonObject persona = json(enviar("POST", "personas", gc, Json.createObjectBuilder().add("tipoDocumento", "CC")
                .add("numeroDocumento", documento).add("nombres", TODAS).add("apellidos", SVG + " " + ENLACE)
                .add("fechaNacimiento", "1990-01-01").build().toString()), 201);
        long personaId = persona.getJsonNumber("id").longValue();
        json(enviar("POST", "personas/" + personaId + "/consentimientos", gc, Json.createObjectBuilder()
                .add("fecha", "2025-03-01").add("alcance", "DATOS_PERSONALES").add("soporte", TODAS).build().toString()), 200);
        JsonObject leida = json(enviar("GET", "personas/" + personaId, gc, null), 200);
        // Contacto y barrio: se guardan tal cual (la API los devuelve) aunque ninguna página los muestra todavía.
        JsonObject corregida = json(enviar("PUT", "personas/" + personaId, gc, Json.createObjectBuilder()
                .add("version", leida.getInt("version")).add("tipoDocumento", "CC").add("numeroDocumento", documento)
                .add("nombres", TODAS).add("apellidos", SVG + " " + ENLACE).add("fechaNacimiento", "1990-01-01")
                .add("direccion", ENLACE).add("barrio", TODAS).build().toString()), 200);
        assertEquals(TODAS, corregida.getString("barrio"));
        assertEquals(ENLACE, corregida.getString("direccion"));

        // Caso: narrativa, campo de texto de la ruta, atención, remisión (motivo y respuesta), seguimiento, nota.
        JsonObject caso = json(enviar("POST", "casos", gc, Json.createObjectBuilder().add("ruta", "CASA_DE_JUSTICIA")
                .add("sede", "CJ-CANAPOTE").add("personaId", personaId).add("fechaApertura", "2025-03-03")
                .add("narrativa", TODAS + " " + SVG + " " + ENLACE)
                .add("datos", Json.createObjectBuilder().add("asunto", "FAMILIA")).build().toString()), 201);
        long casoId = caso.getJsonNumber("id").longValue();
        caso = json(enviar("PUT", "casos/" + casoId, gc, Json.createObjectBuilder().add("version", caso.getInt("version"))
                .add("narrativa", TODAS + " " + SVG + " " + ENLACE)
                .add("datos", Json.createObjectBuilder().add("asunto", "FAMILIA").add("resultadoAudiencia", TODAS))
                .build().toString()), 200);
        json(enviar("POST", "casos/" + casoId + "/atenciones", gc, Json.createObjectBuilder()
                .add("tipo", "ORIENTACION_JURIDICA").add("fecha", "2025-03-04").add("notas", "atencion " + TODAS)
                .build().toString()), 201);
        JsonObject remitido = json(enviar("POST", "casos/" + casoId + "/remisiones", gc, Json.createObjectBuilder()
                .add("entidad", "ICBF").add("fecha", "2025-03-04").add("motivo", "remision " + TODAS).build().toString()), 201);
        long remision = remitido.getJsonArray("remisiones").getJsonObject(0).getJsonNumber("id").longValue();
        json(enviar("POST", "casos/" + casoId + "/remisiones/" + remision + "/respuesta", gc, Json.createObjectBuilder()
                .add("fecha", "2025-03-05").add("respuesta", "respuesta " + TODAS).build().toString()), 200);
        JsonObject seguido = json(enviar("POST", "casos/" + casoId + "/seguimientos", gc, Json.createObjectBuilder()
                .add("descripcion", "seguimiento " + TODAS).add("fechaVencimiento", "2025-03-10").build().toString()), 201);
        long seguimiento = seguido.getJsonArray("seguimientos").getJsonObject(0).getJsonNumber("id").longValue();
        json(enviar("POST", "casos/" + casoId + "/seguimientos/" + seguimiento + "/cumplimiento", gc,
                Json.createObjectBuilder().add("fecha", "2025-03-06").add("resultado", "cumplido " + TODAS).build().toString()), 200);
        json(enviar("POST", "casos/" + casoId + "/notas", gc, Json.createObjectBuilder().add("texto", "nota " + TODAS)
                .build().toString()), 201);

        // Sede (administrador): nombre y dirección. Un albergue en creación: no cuenta en ningún indicador de sedes.
        String admin = Demo.token("administrador", true);
        String codigoSede = "XSS-" + ThreadLocalRandom.current().nextInt(10_000, 99_999);
        json(enviar("POST", "sedes", admin, Json.createObjectBuilder().add("codigo", codigoSede)
                .add("nombre", "Sede " + TODAS).add("tipo", "ALBERGUE").add("direccion", "Calle " + TODAS)
                .add("estado", "EN_CREACION").add("desde", "2025-01-01").add("motivo", "Prueba XSS").build().toString()), 201);

        // Reporte de indicador (coordinadora): fuente y evidencia.
        String coord = Demo.token("coordinadora.canapote");
        json(enviar("POST", "indicadores/PZ.VIC.10/reportes", coord, Json.createObjectBuilder()
                .add("fechaCorte", "2024-03-31").add("valor", 1).add("fuente", "fuente " + TODAS)
                .add("evidencia", "evidencia " + TODAS + " " + ENLACE).build().toString()), 201);

        ChromeDriver n = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
            Navegador.ingresar(n, base + "app/inicio.xhtml", "gestora.canapote");

            n.get(base + "app/personas/ver.xhtml?id=" + personaId);
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nombre-persona")));
            sinEjecucion(n, "persona");
            assertTrue(n.findElement(By.id("nombre-persona")).getText().contains(TODAS),
                    "El nombre se ve como texto: " + n.findElement(By.id("nombre-persona")).getText());
            assertTrue(texto(n).contains(SVG + " " + ENLACE), "Los apellidos se ven como texto");
            assertTrue(texto(n).contains(TODAS), "El soporte de la autorización se ve como texto");

            n.get(base + "app/casos/ver.xhtml?id=" + casoId);
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("datos-caso:narrativa")));
            sinEjecucion(n, "caso");
            assertEquals(TODAS + " " + SVG + " " + ENLACE, valor(n, By.id("datos-caso:narrativa")), "Narrativa intacta");
            assertEquals(TODAS, valor(n, By.cssSelector("[data-campo='resultadoAudiencia']")), "Campo de la ruta intacto");
            // La página del caso va en pestañas: se abre cada una para leer lo que muestra.
            StringBuilder enPestanas = new StringBuilder();
            for (WebElement pestana : n.findElements(By.cssSelector("[role='tab']"))) {
                pestana.click();
                enPestanas.append(texto(n)).append('\n');
                sinEjecucion(n, "caso, pestaña " + pestana.getText());
            }
            String pagina = enPestanas.toString();
            for (String visible : List.of("atencion " + TODAS, "remision " + TODAS, "seguimiento " + TODAS,
                    "nota " + TODAS)) {
                assertTrue(pagina.contains(visible), "Se ve como texto: " + visible + "\n" + pagina);
            }
            // La respuesta de la remisión y el resultado del seguimiento no se muestran en la página; la API los
            // devuelve tal cual.
            JsonObject leido = json(enviar("GET", "casos/" + casoId, gc, null), 200);
            assertEquals("cumplido " + TODAS, leido.getJsonArray("seguimientos").getJsonObject(0).getString("resultado"));
            assertEquals("respuesta " + TODAS, leido.getJsonArray("remisiones").getJsonObject(0).getString("respuesta"));

            n.get(base + "app/sedes/lista.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-sedes")));
            sinEjecucion(n, "lista de sedes");
            assertTrue(texto(n).contains("Sede " + TODAS), "El nombre de la sede se ve como texto");

            // Inyecciones por el filtro de texto de la lista de casos: ni error ni casos ajenos, la página sigue viva.
            n.get(base + "app/casos/lista.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("filtros:texto")));
            for (String carga : List.of("' OR 1=1 --", "%", "_", "\" OR \"\"=\"", "ñandú 🙂", "#{7*7}")) {
                buscarCasos(n, espera, carga);
                // Solo puede aparecer el caso de esta prueba, cuya persona se llama con las cargas XSS (y por eso
                // contiene «or», «1», «x»…): la búsqueda por palabras lo encuentra con razón. Ningún otro.
                // La búsqueda es por palabras: las letras y cifras de la carga («or» de «' OR 1=1», «7» de «#{7*7}»)
                // encuentran con razón a otros casos cuyo texto las contiene (Coordinada, Prueba9087…). Cualquier
                // otra fila sería la inyección funcionando.
                List<String> palabras = java.util.Arrays.stream(carga.toLowerCase().split("[^\\p{L}\\p{N}]+"))
                        .filter(w -> !w.isBlank()).toList();
                for (WebElement fila : n.findElements(By.cssSelector("#resultados\\:casos tbody tr[data-ri]"))) {
                    String enFila = fila.getText().toLowerCase();
                    assertTrue(fila.getText().contains(caso.getString("radicado"))
                                    || !palabras.isEmpty() && palabras.stream().allMatch(enFila::contains),
                            "«" + carga + "» encontró otro caso: " + fila.getText());
                }
                assertEquals(carga, n.findElement(By.id("filtros:texto")).getAttribute("value"));
                sinEjecucion(n, "lista de casos con " + carga);
            }
            buscarCasos(n, espera, caso.getString("radicado"));
            assertTrue(n.findElement(By.id("resultados:casos")).getText().contains(caso.getString("radicado")),
                    "Y la búsqueda sigue funcionando");
        } finally {
            n.quit();
        }

        ChromeDriver c = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(c, Duration.ofSeconds(30));
            Navegador.ingresar(c, base + "app/inicio.xhtml", "coordinadora.canapote");
            c.get(base + "app/indicadores/reportes.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-reportes")));
            sinEjecucion(c, "reportes de indicadores");
            assertTrue(texto(c).contains("fuente " + TODAS), "La fuente del reporte se ve como texto");
            assertTrue(texto(c).contains("evidencia " + TODAS + " " + ENLACE), "La evidencia se ve como texto");
        } finally {
            c.quit();
        }

        ChromeDriver a = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(a, Duration.ofSeconds(30));
            ingresarConOtp(a, espera, "administrador");
            a.get(base + "app/sedes/editar.xhtml?codigo=" + codigoSede);
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[id$='direccion']")));
            sinEjecucion(a, "edición de sede");
            List<String> valores = new ArrayList<>();
            for (WebElement e : a.findElements(By.cssSelector("input[type='text']"))) {
                valores.add(e.getDomProperty("value"));
            }
            assertTrue(valores.contains("Sede " + TODAS) && valores.contains("Calle " + TODAS),
                    "Nombre y dirección intactos en el formulario: " + valores);
        } finally {
            a.quit();
        }
    }

    private static void buscarCasos(WebDriver n, WebDriverWait espera, String texto) {
        WebElement campo = n.findElement(By.id("filtros:texto"));
        campo.clear();
        campo.sendKeys(texto);
        WebElement boton = n.findElement(By.id("filtros:filtrar"));
        boton.click();
        // La lista se vuelve a cargar entera: el botón viejo deja de existir. Chromium a veces lo dice como «Node with
        // given id does not belong to the document» en vez de un elemento obsoleto: para esta espera es lo mismo.
        espera.until(d -> {
            try {
                boton.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException yaNoEsta) {
                return true;
            }
        });
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("resultados:casos")));
        assertTrue(n.findElements(By.cssSelector(".ui-messages-error")).isEmpty()
                        || n.findElement(By.cssSelector(".ui-messages-error")).getText().isBlank(),
                "Sin error al buscar «" + texto + "»");
        assertTrue(n.getTitle().contains("Casos"), "Sigue en la lista de casos, no en una página de error: " + n.getTitle());
    }

    /** Ni alertas, ni {@code window.__xss}, ni imágenes o SVG inyectados, ni un 49 evaluado. */
    private static void sinEjecucion(WebDriver n, String donde) {
        try {
            String alerta = n.switchTo().alert().getText();
            throw new AssertionError("Se abrió una alerta en " + donde + ": " + alerta);
        } catch (NoAlertPresentException esperado) {
            // bien
        }
        Object marca = ((JavascriptExecutor) n).executeScript("return window.__xss === undefined ? null : String(window.__xss);");
        assertEquals(null, marca, "Un script inyectado corrió en " + donde);
        assertTrue(n.findElements(By.cssSelector("img[src='x'], svg[onload]")).isEmpty(), "Elemento inyectado en " + donde);
        String t = texto(n);
        // Cada plantilla, sola: «{{7*7}}» viene justo después de la carga de atributo («">») y antes de «#{7*7}».
        assertTrue(!t.contains("49${") && !t.contains("}49") && !t.contains("{{49") && !t.contains("\">49")
                && !t.contains("49#{"), "Se evaluó una expresión en " + donde);
    }

    private static String texto(WebDriver n) {
        return n.findElement(By.tagName("body")).getText();
    }

    private static String valor(WebDriver n, By donde) {
        return n.findElement(donde).getDomProperty("value");
    }

    private void ingresarConOtp(WebDriver n, WebDriverWait espera, String usuario) throws InterruptedException {
        n.get(base + "app/inicio.xhtml");
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(usuario);
        n.findElement(By.id("password")).sendKeys(Demo.CLAVE);
        n.findElement(By.id("kc-login")).click();
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp"))).sendKeys(Demo.totpNuevo(usuario));
        n.findElement(By.id("kc-login")).click();
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nombre-usuario")));
    }

    private HttpResponse<String> enviar(String metodo, String ruta, String token, String cuerpo) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/" + ruta))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(cuerpo));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> r, int esperado) {
        assertEquals(esperado, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
        return Demo.json(r.body());
    }
}
