package co.gov.cartagena.ruta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import co.gov.cartagena.ruta.soporte.Navegador;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
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
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Ruta desplegada en Payara Micro, vista desde fuera como la ven un navegador y un cliente de la API, con el
 * Keycloak real del entorno de pruebas.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AplicacionIT {

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegues.ruta();
    }

    @ArquillianResource
    URL desplegada;

    /** Arquillian da la IP de la máquina; Keycloak solo acepta retornos a localhost (realm de pruebas). */
    private String base;

    @BeforeEach
    void normalizarBase() {
        base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String ruta, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + ruta)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void laPortadaEsPublicaYEnEspanol() throws Exception {
        HttpResponse<String> r = get("", null);
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("Casas de Justicia"), r.body());
        assertTrue(r.body().contains("Ingresar"));
    }

    @Test
    void todasLasRespuestasLlevanCabecerasDeSeguridad() throws Exception {
        HttpResponse<String> portada = get("", null);
        assertEquals("nosniff", portada.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("same-origin", portada.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(portada.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(v -> v.contains("frame-ancestors 'none'")), portada.headers().toString());
        assertTrue(portada.headers().allValues("Content-Security-Policy").stream()
                .anyMatch(v -> v.contains("script-src") && v.contains("nonce-")), "CSP de scripts de PrimeFaces");
        HttpResponse<String> api = get("api/v1/yo", null);
        assertEquals("nosniff", api.headers().firstValue("X-Content-Type-Options").orElse(""));
        HttpResponse<String> error = get("no-existe.xhtml", null);
        assertEquals(404, error.statusCode());
        assertTrue(error.body().contains("error-404"), "Página de error propia: " + error.body());
        assertFalse(error.body().contains("at co.gov") || error.body().contains("java.lang.")
                || error.body().contains("Payara"), "Sin trazas ni datos del servidor");
    }

    @Test
    void unaPaginaSinSesionLlevaAKeycloak() throws Exception {
        HttpResponse<String> r = get("app/inicio.xhtml", null);
        assertEquals(302, r.statusCode(), r.body());
        String destino = r.headers().firstValue("Location").orElse("");
        assertTrue(destino.startsWith(Demo.urlKeycloak() + "/realms/ruta/protocol/openid-connect/auth"), destino);
        assertTrue(destino.contains("client_id=ruta-web"), destino);
    }

    @Test
    void laApiSinTokenResponde401EnJson() throws Exception {
        HttpResponse<String> r = get("api/v1/yo", null);
        assertEquals(401, r.statusCode());
        assertEquals("no_autenticado", Demo.json(r.body()).getString("error"));
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
    }

    @Test
    void unTokenAlteradoResponde401() throws Exception {
        String token = Demo.token("gestora.canapote");
        String[] partes = token.split("\\.");
        String alterado = partes[0] + "." + partes[1] + "." + new StringBuilder(partes[2]).reverse();
        HttpResponse<String> r = get("api/v1/yo", alterado);
        assertEquals(401, r.statusCode());
        assertEquals("token_invalido", Demo.json(r.body()).getString("error"));
    }

    @Test
    void yoDevuelveUsuarioRolesYSedesDeQuienLlama() throws Exception {
        HttpResponse<String> r = get("api/v1/yo", Demo.token("gestora.canapote"));
        assertEquals(200, r.statusCode(), r.body());
        JsonObject yo = Demo.json(r.body());
        assertEquals("gestora.canapote", yo.getString("usuario"));
        assertEquals("Yulieth Paola Marrugo Castro", yo.getString("nombre"));
        assertEquals("gestor", yo.getJsonArray("roles").getString(0));
        assertEquals(1, yo.getJsonArray("roles").size());
        JsonObject sede = yo.getJsonArray("sedes").getJsonObject(0);
        assertEquals("CJ-CANAPOTE", sede.getString("codigo"));
        assertEquals("Casa de Justicia de Canapote", sede.getString("nombre"));

        JsonObject comisario = Demo.json(get("api/v1/yo", Demo.token("gestor.comisaria")).body());
        assertEquals("CF-01", comisario.getJsonArray("sedes").getJsonObject(0).getString("codigo"));
        assertEquals("violencia-familiar", comisario.getJsonArray("equipos").getString(0));
    }

    @Test
    void unRolNoPuedeUsarUnRecursoDeOtroRol() throws Exception {
        HttpResponse<String> gestora = get("api/v1/auditoria", Demo.token("gestora.canapote"));
        assertEquals(403, gestora.statusCode());
        assertEquals("prohibido", Demo.json(gestora.body()).getString("error"));

        HttpResponse<String> auditora = get("api/v1/auditoria", Demo.token("auditora", true));
        assertEquals(200, auditora.statusCode(), auditora.body());
        String rastro = auditora.body();
        assertTrue(rastro.contains("\"ACCESO_DENEGADO\"") && rastro.contains("gestora.canapote"),
                "El 403 de la gestora queda en el rastro: " + rastro);
    }

    @Test
    void saludYDocumentoOpenApi() throws Exception {
        // Recién desplegada, Ruta se da por lista cuando termina de calentar las exportaciones (segundos).
        HttpResponse<String> lista;
        long limite = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        do {
            lista = http.send(HttpRequest.newBuilder(URI.create(raizServidor() + "health/ready")).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (lista.statusCode() != 200) {
                Thread.sleep(500);
            }
        } while (lista.statusCode() != 200 && System.nanoTime() < limite);
        assertEquals(200, lista.statusCode(), lista.body());
        assertTrue(lista.body().contains("base-de-datos") && lista.body().contains("exportaciones-calentadas"),
                lista.body());
        HttpResponse<String> openapi = http.send(HttpRequest.newBuilder(URI.create(raizServidor() + "openapi"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body().contains("/api/v1/yo"), openapi.body());
        assertTrue(openapi.body().contains("/api/v1/auditoria"));
    }

    private String raizServidor() {
        return "http://localhost:" + desplegada.getPort() + "/";
    }

    @Test
    void unaGestoraIngresaPorKeycloakVeSuInicioYAlSalirTerminaAmbasSesiones() throws Exception {
        ChromeDriver navegador = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(30));
            navegador.get(base + "app/inicio.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertTrue(navegador.getCurrentUrl().startsWith(Demo.urlKeycloak()), navegador.getCurrentUrl());
            iniciarSesion(navegador, "gestora.canapote");

            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nombre-usuario")));
            assertEquals("Yulieth Paola Marrugo Castro", navegador.findElement(By.id("nombre-usuario")).getText());
            assertEquals("Gestor(a)", navegador.findElement(By.id("rol-usuario")).getText());
            assertEquals("Casa de Justicia de Canapote", navegador.findElement(By.id("sede-usuario")).getText());
            assertTrue(navegador.findElement(By.id("bienvenida")).getText().contains("Bienvenido(a)"));
            assertFalse(navegador.findElements(By.id("panel-gestor")).isEmpty(), "Inicio de gestor");
            assertTrue(navegador.findElements(By.id("panel-auditor")).isEmpty(), "Sin panel de auditor");
            String fecha = navegador.findElement(By.className("ruta-hoy")).getText();
            assertTrue(fecha.matches(".*\\d{2}/\\d{2}/\\d{4}.*"), "Fecha dd/MM/yyyy: " + fecha);

            navegador.findElement(By.id("cabecera:en")).click();
            espera.until(ExpectedConditions.textToBe(By.id("rol-usuario"), "Caseworker"));
            navegador.findElement(By.id("cabecera:es")).click();
            espera.until(ExpectedConditions.textToBe(By.id("rol-usuario"), "Gestor(a)"));

            navegador.findElement(By.id("cabecera:salir")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("ingresar")));
            navegador.get(base + "app/inicio.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertTrue(navegador.getCurrentUrl().startsWith(Demo.urlKeycloak()),
                    "Tras salir, Keycloak vuelve a pedir la clave: " + navegador.getCurrentUrl());
        } finally {
            navegador.quit();
        }
    }

    /**
     * Un error en una petición ajax no deja un botón que no hace nada: un error no previsto (aquí, un paginador con
     * un número de filas que no es número, como lo mandaría una página vieja o alterada) lleva a la página de error y
     * una vista vencida (un estado de vista que el servidor ya no tiene) a la de página vencida, cada una en el idioma
     * de la persona, sin trazas, con un enlace que vuelve a abrir la página donde estaba. Si la sesión se perdió, la
     * petición ni llega a Faces: la página avisa y su enlace lleva a ingresar de nuevo.
     */
    @Test
    void unErrorEnUnaPeticionAjaxLlevaASuPaginaDeErrorConElCaminoDeVuelta() throws Exception {
        ChromeDriver navegador = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(30));
            Navegador.ingresar(navegador, base + "app/casos/lista.xhtml", "gestora.canapote");
            navegador.get(base + "app/casos/lista.xhtml");
            espera.until(ExpectedConditions.presenceOfElementLocated(By.id("resultados:casos")));

            paginarAjax(navegador, "x");
            esperarPagina(navegador, espera, "/error/500.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-500")));
            assertEquals("Ocurrió un error", navegador.findElement(By.cssSelector("#error-500 h1")).getText());
            sinDetallesInternos(navegador);
            WebElement volver = navegador.findElement(By.id("volver-a-la-pagina"));
            assertEquals("Volver a abrir la página", volver.getText());
            assertTrue(volver.getAttribute("href").endsWith("/app/casos/lista.xhtml"), volver.getAttribute("href"));
            volver.click();
            espera.until(ExpectedConditions.presenceOfElementLocated(By.id("resultados:casos")));

            // Una vista vencida, en inglés: el estado de vista que manda la página ya no existe en el servidor.
            navegador.findElement(By.id("cabecera:en")).click();
            espera.until(ExpectedConditions.textToBe(By.id("rol-usuario"), "Caseworker"));
            navegador.executeScript("document.querySelectorAll('input[name=\"jakarta.faces.ViewState\"]')"
                    + ".forEach(function (e) { e.value = '-4242424242424242424:-4242424242424242424'; });");
            paginarAjax(navegador, "20");
            esperarPagina(navegador, espera, "/error/expirada.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("error-expirada")));
            assertEquals("The page expired", navegador.findElement(By.cssSelector("#error-expirada h1")).getText());
            assertTrue(texto(navegador).contains("sign in again"), texto(navegador));
            sinDetallesInternos(navegador);
            navegador.findElement(By.id("volver-a-la-pagina")).click();
            espera.until(ExpectedConditions.presenceOfElementLocated(By.id("resultados:casos")));
            assertTrue(navegador.getCurrentUrl().endsWith("/app/casos/lista.xhtml"), navegador.getCurrentUrl());

            // La sesión de Ruta se perdió (sin las cookies de la página): la petición ajax no llega a Faces, el ingreso
            // responde con una redirección a Keycloak; la página lo avisa y su enlace lleva a ingresar de nuevo.
            assertFalse(navegador.findElement(By.id("aviso-sin-respuesta")).isDisplayed());
            navegador.manage().deleteAllCookies();
            paginarAjax(navegador, "20");
            WebElement aviso = espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("aviso-sin-respuesta")));
            assertTrue(aviso.getText().contains("your session expired"), aviso.getText());
            aviso.findElement(By.tagName("a")).click();
            // El enlace vuelve a pedir la página: sin sesión en Ruta, el ingreso pasa por Keycloak, que pide la clave
            // o, si su propia sesión sigue viva (su cookie no es de esta página), devuelve a la persona ya ingresada.
            espera.until(ExpectedConditions.or(ExpectedConditions.visibilityOfElementLocated(By.id("username")),
                    ExpectedConditions.visibilityOfElementLocated(By.id("nombre-usuario"))));
            assertTrue(navegador.findElements(By.id("aviso-sin-respuesta")).stream().noneMatch(WebElement::isDisplayed));
        } finally {
            navegador.quit();
        }
    }

    /**
     * Pide por ajax, como el paginador de la tabla de casos, la primera página con {@code filas} filas (PrimeFaces lee
     * esos parámetros al pintar la tabla, en la fase de respuesta: un error ahí deja una respuesta a medias). Lo que
     * respondió el servidor queda en {@code window.rutaRespuesta} (mientras la página no cambie), para el mensaje de
     * una prueba que falla.
     */
    private static void paginarAjax(ChromeDriver navegador, String filas) {
        navegador.executeScript("window.rutaRespuesta = 'sin respuesta';"
                + " PrimeFaces.ab({s: 'resultados:casos', f: 'resultados', p: 'resultados:casos',"
                + " u: 'resultados:casos', pa: [{name: 'resultados:casos_pagination', value: true},"
                + " {name: 'resultados:casos_first', value: 0}, {name: 'resultados:casos_rows', value: arguments[0]},"
                + " {name: 'resultados:casos_encodeFeature', value: true},"
                + " {name: 'resultados:casos_skipChildren', value: true}],"
                + " onco: function (xhr, estado) { window.rutaRespuesta = estado + ' ' + xhr.status + ' '"
                + " + xhr.responseText; }});", filas);
    }

    /** Espera a que el navegador llegue a {@code pagina}; si no llega, falla con lo que respondió el servidor. */
    private static void esperarPagina(ChromeDriver navegador, WebDriverWait espera, String pagina) {
        try {
            espera.until(ExpectedConditions.urlContains(pagina));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("No se llegó a " + pagina + " desde " + navegador.getCurrentUrl() + "; respuesta: "
                    + navegador.executeScript("return window.rutaRespuesta;") + "; consola: "
                    + navegador.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll(), e);
        }
    }

    /** Ni traza, ni el nombre de la excepción, ni datos del servidor (la configuración de PrimeFaces sí nombra las
     * páginas de error por tipo de excepción: eso no es un detalle del error). */
    private static void sinDetallesInternos(WebDriver navegador) {
        String visible = texto(navegador);
        String pagina = navegador.getPageSource();
        assertFalse(visible.contains("Exception") || visible.contains("java.") || visible.contains("Payara"),
                "Sin detalles del servidor a la vista: " + visible);
        assertFalse(pagina.contains("at co.gov") || pagina.contains("at org.") || pagina.contains("NumberFormat")
                || pagina.contains("IllegalArgument") || pagina.contains("java.lang"), "Sin trazas: " + pagina);
    }

    static void iniciarSesion(WebDriver navegador, String usuario) {
        navegador.findElement(By.id("username")).sendKeys(usuario);
        navegador.findElement(By.id("password")).sendKeys(Demo.CLAVE);
        navegador.findElement(By.id("kc-login")).click();
    }

    static String texto(WebDriver navegador) {
        return navegador.findElements(By.tagName("body")).stream().map(e -> e.getText()).collect(Collectors.joining());
    }
}
