package co.gov.cartagena.ruta.seguridad;

import static co.gov.cartagena.ruta.soporte.ApiDePrueba.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.indicadores.catalogo.FuenteIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import co.gov.cartagena.ruta.soporte.ApiDePrueba;
import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import co.gov.cartagena.ruta.soporte.Espera;
import co.gov.cartagena.ruta.soporte.Navegador;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Ningún código crudo llega a quien usa las páginas (issue 12, ítem 5): cada página del registro de
 * {@link ReglasDeAcceso#PAGINAS}, con cada papel que puede abrirla, con datos sembrados para que las listas no estén
 * vacías. Falla si el texto visible ({@code innerText}, cada pestaña abierta a su turno, y los textos de las listas
 * desplegables) tiene una palabra en mayúsculas con guion bajo, un nombre de constante de un enum del dominio, un
 * código de la ruta (estado, atención, opción) o el código de una sede. Dice página, papel y palabra.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PaginasSinCodigosIT {

    /**
     * Siglas legítimas que a la vez son constantes de un enum o códigos: formatos de archivo (PDF, JPG, PNG, CSV),
     * siglas de la ley o del plan (RUV, AHI, NNA), las de entidades que el texto da junto a su nombre (UNP en
     * «Remitida a la UNP», «Colombian Family Welfare Institute (ICBF)», «… Victims of Trafficking (COAT)») y la de la
     * Secretaría (SICC), que el plan indicativo cita en sus textos («Fuente: SICC, 2023») aunque también sea el código
     * de su sede. Pocas y explícitas.
     */
    static final Set<String> PERMITIDAS = Set.of("RUV", "AHI", "NNA", "CSV", "PDF", "JPG", "PNG", "SICC",
            "UNP", "ICBF", "COAT");

    /**
     * Las páginas de catálogo de la administración, donde el código es el dato que ella escribe (el de la sede es
     * además el nombre de su grupo en Keycloak; el del tipo de actividad, el que usa la API): ahí, y solo para el
     * administrador, se permiten esos códigos. Nadie más los ve.
     */
    static final Set<String> CATALOGOS = Set.of("app/sedes/lista.xhtml", "app/sedes/editar.xhtml",
            "app/actividades/tipos.xhtml");

    private static final Pattern CON_GUION_BAJO = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PALABRA_MAYUSCULAS = Pattern.compile("\\b[A-Z][A-Z0-9_-]*[A-Z0-9]\\b",
            Pattern.UNICODE_CHARACTER_CLASS);

    /** Un usuario de demostración por papel; los que piden OTP lo dan una sola vez por sesión. */
    private enum Papel {
        GESTOR("gestora.canapote", false), COORDINADOR("coordinadora.canapote", false),
        SUPERVISOR("supervisora", true), ADMINISTRADOR("administrador", true), AUDITOR("auditora", true);

        final String usuario;
        final boolean otp;

        Papel(String usuario, boolean otp) {
            this.usuario = usuario;
            this.otp = otp;
        }

        Rol rol() {
            return Rol.valueOf(name());
        }
    }

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegues.ruta();
    }

    @ArquillianResource
    URL desplegada;

    private String base;
    private ApiDePrueba api;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void normalizarBase() {
        base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
        api = new ApiDePrueba(base, http);
    }

    record Sembrado(long caso, String radicado, long persona, long actividad) {
    }

    @Test
    void ningunaPaginaMuestraUnCodigoCrudoANingunPapel() throws Exception {
        medirPrimeraExportacion();
        Sembrado s = sembrar();
        Set<String> prohibidas = prohibidas();
        Set<String> codigosDeCatalogo = codigosDeCatalogo();
        List<String> hallazgos = new ArrayList<>();
        int visitas = 0;
        for (Papel papel : Papel.values()) {
            ChromeDriver n = Navegador.abrir();
            try {
                String inicio = base + "app/inicio.xhtml";
                if (papel.otp) {
                    Navegador.ingresarConOtp(n, inicio, papel.usuario);
                } else {
                    Navegador.ingresar(n, inicio, papel.usuario);
                }
                visitas += revisarPaginas(papel, papel.name(), n, s, prohibidas, codigosDeCatalogo, hallazgos);
                // En la misma sesión (la supervisora da su OTP una sola vez): su inicio es su cola de trabajo, y las
                // fechas, los números y los límites de largo se dicen bien.
                comprobarInicio(papel, n, s);
                if (papel == Papel.GESTOR) {
                    comprobarFechasNumerosYLimites(n, s);
                }
                if (papel == Papel.SUPERVISOR) {
                    comprobarQueElTableroCabe(n);
                }
                if (papel == Papel.GESTOR || papel == Papel.COORDINADOR) {
                    // Lo mismo en inglés: los textos de los códigos salen también de mensajes_en.
                    n.get(base + "app/inicio.xhtml");
                    new Espera(n, Duration.ofSeconds(30)).until(ExpectedConditions.elementToBeClickable(
                            By.id("cabecera:en"))).click();
                    new Espera(n, Duration.ofSeconds(30)).until(d -> "en".equals(
                            d.findElement(By.tagName("html")).getAttribute("lang")));
                    visitas += revisarPaginas(papel, papel.name() + " en inglés", n, s, prohibidas, codigosDeCatalogo,
                            hallazgos);
                }
            } finally {
                n.quit();
            }
        }
        System.out.println("Páginas visitadas: " + visitas + "; códigos crudos: " + hallazgos.size());
        hallazgos.forEach(System.out::println);
        assertTrue(visitas >= 60, "muy pocas páginas visitadas: " + visitas);
        assertTrue(hallazgos.isEmpty(), hallazgos.size() + " códigos crudos en las páginas:\n" + String.join("\n", hallazgos));
    }

    /** Visita cada página del registro que el papel puede abrir y anota los códigos que encuentre; cuántas visitó. */
    private int revisarPaginas(Papel papel, String quien, ChromeDriver n, Sembrado s, Set<String> prohibidas,
            Set<String> codigosDeCatalogo, List<String> hallazgos) {
        int visitas = 0;
        for (Map.Entry<String, ReglasDeAcceso.Regla> p : ReglasDeAcceso.PAGINAS.entrySet()) {
            ReglasDeAcceso.Regla r = p.getValue();
            boolean publica = r.alcance() == ReglasDeAcceso.Alcance.PUBLICA;
            if (!p.getKey().endsWith(".xhtml") || !(publica || r.roles().contains(papel.rol()))) {
                continue;
            }
            String texto = visitar(n, base + p.getKey() + parametros(p.getKey(), s));
            visitas++;
            Set<String> halladas = codigosEn(texto, prohibidas);
            if (papel == Papel.ADMINISTRADOR && CATALOGOS.contains(p.getKey())) {
                halladas.removeAll(codigosDeCatalogo);
            }
            for (String palabra : halladas) {
                hallazgos.add(p.getKey() + " [" + quien + "] «" + palabra + "» en: " + contexto(texto, palabra));
            }
        }
        return visitas;
    }

    /** Issue 12, ítem 6: el inicio de cada papel es su cola de trabajo, con enlaces, y nada lo contradice. */
    private void comprobarInicio(Papel papel, ChromeDriver n, Sembrado s) {
        String texto = visitar(n, base + "app/inicio.xhtml");
        assertTrue(!texto.contains("aún no se calculan"), "El inicio no dice que las cifras no se calculan: " + texto);
        Espera espera = new Espera(n, Duration.ofSeconds(30));
        switch (papel) {
            case GESTOR -> {
                String casos = n.findElement(By.id("cola-casos")).getText();
                assertTrue(casos.contains(s.radicado()) && casos.contains("Seguimiento: Llamar"),
                        "Mis casos abiertos con su siguiente paso (el seguimiento vencido): " + casos);
                assertTrue(n.findElement(By.id("mis-vencidos")).getText().contains("Llamar"),
                        n.findElement(By.id("mis-vencidos")).getText());
                assertTrue(n.findElement(By.id("mis-proximos")).getText().contains("Visitar"),
                        n.findElement(By.id("mis-proximos")).getText());
                String remisiones = n.findElement(By.id("mis-remisiones")).getText();
                assertTrue(remisiones.contains(s.radicado()) && remisiones.contains("Instituto Colombiano"),
                        "La remisión al ICBF sin respuesta, por el nombre de la entidad: " + remisiones);
                n.findElement(By.cssSelector("#cola-casos a")).click();
                espera.until(d -> d.getCurrentUrl().contains("casos/ver.xhtml"));
            }
            case COORDINADOR -> {
                assertTrue(n.findElement(By.id("vencidos-sede")).getText().contains("Llamar"),
                        n.findElement(By.id("vencidos-sede")).getText());
                String riesgo = n.findElement(By.id("en-riesgo")).getText();
                assertTrue(riesgo.contains("Visitar") && riesgo.contains("Yulieth Paola Marrugo Castro"),
                        "Plazos en riesgo con el gestor por su nombre: " + riesgo);
                assertTrue(n.findElement(By.id("remisiones-sede")).getText().contains(s.radicado()));
                assertTrue(n.findElement(By.id("sin-asignar")).isDisplayed());
                assertTrue(n.findElements(By.id("terminos")).isEmpty(),
                        "Los términos de la Comisaría solo los ve quien coordina casos de la Comisaría");
                n.findElement(By.id("ir-casos-sede")).click();
                espera.until(d -> d.getCurrentUrl().contains("casos/lista.xhtml"));
                assertEquals("false", n.findElement(By.id("filtros:alcance")).getAttribute("value"),
                        "La lista de la coordinación abre en los casos de su sede");
                assertTrue(n.findElement(By.id("resultados:casos")).getText().contains(s.radicado()));
            }
            case SUPERVISOR -> {
                assertTrue(n.findElement(By.id("indicadores-en-riesgo")).isDisplayed());
                String porAprobar = n.findElement(By.id("por-aprobar")).getText();
                assertTrue(porAprobar.contains("PZ.VIC.9") && porAprobar.contains("María Fernanda Torres Caraballo"),
                        "El reporte por aprobar, con quién lo reportó por su nombre: " + porAprobar);
                assertTrue(!n.findElement(By.id("ultimo-corte")).getText().isBlank());
            }
            default -> {
                // administración y auditoría: su inicio ya se revisó como página (sin códigos)
            }
        }
    }

    /**
     * Issue 12, ítem 7: una fecha imposible dice que no existe y una mal escrita dice el formato, junto al campo; un
     * número con letras lo rechaza nombrando el campo; un campo dice su límite, que es el de su columna.
     */
    private void comprobarFechasNumerosYLimites(ChromeDriver n, Sembrado s) {
        Espera espera = new Espera(n, Duration.ofSeconds(30));
        visitar(n, base + "app/casos/lista.xhtml");
        escribir(n, "filtros:desde", "31/02/2025");
        escribir(n, "filtros:hasta", "2025-02-01");
        n.findElement(By.id("filtros:filtrar")).click();
        espera.until(d -> d.findElement(By.id("filtros:desde-mensaje")).getText().contains("no existe"));
        assertEquals("Apertura desde: La fecha 31/02/2025 no existe.", n.findElement(By.id("filtros:desde-mensaje")).getText());
        assertTrue(n.findElement(By.id("filtros:hasta-mensaje")).getText().contains("dd/mm/aaaa"),
                n.findElement(By.id("filtros:hasta-mensaje")).getText());

        visitar(n, base + "app/actividades/editar.xhtml?id=" + s.actividad());
        escribir(n, "datos:participantes", "veinte");
        n.findElement(By.id("datos:guardar")).click();
        espera.until(d -> d.findElement(By.id("datos:participantes-mensaje")).getText().contains("escriba solo números"));
        assertEquals("Participantes: escriba solo números enteros, sin letras ni decimales (por ejemplo 1.234).",
                n.findElement(By.id("datos:participantes-mensaje")).getText());
        String cuerpo = n.findElement(By.tagName("body")).getText();
        assertTrue(!cuerpo.contains("j_idt"), "Ningún mensaje nombra un id interno: " + cuerpo);

        String caso = visitar(n, base + "app/casos/ver.xhtml?id=abc");
        assertTrue(caso.contains("debe ser un número") && !caso.contains("j_idt"), caso);

        visitar(n, base + "app/personas/ver.xhtml?id=" + s.persona());
        assertEquals("120", n.findElement(By.id("datos:nombres")).getAttribute("maxlength"),
                "El largo máximo de la entrada es el de la columna nombres (VARCHAR(120))");
        assertEquals("Hasta 120 caracteres.", n.findElement(By.id("datos:nombres-limite")).getText());
    }

    /**
     * Issue 12, ítem 8: la primera exportación a Excel justo tras el arranque (antes, unos 12 s por la carga de Apache
     * POI y las primeras consultas del tablero; ahora las calienta {@code CalentamientoDeInformes} antes de que Ruta
     * se dé por lista). Se imprime la cifra para docs/paginas-del-gestor.md;
     * no se afirma un tiempo (la máquina de pruebas es compartida), solo que responde el archivo.
     */
    private void medirPrimeraExportacion() throws Exception {
        // «Tras el arranque» es desde que Ruta se da por lista (/health/ready), como la ve un balanceador.
        long esperaInicio = System.nanoTime();
        HttpResponse<String> lista;
        do {
            lista = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + desplegada.getPort()
                    + "/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            if (lista.statusCode() != 200) {
                Thread.sleep(200);
            }
        } while (lista.statusCode() != 200 && System.nanoTime() - esperaInicio < Duration.ofMinutes(2).toNanos());
        assertEquals(200, lista.statusCode(), "Ruta no se dio por lista: " + lista.body());
        System.out.println("Ruta lista (exportaciones calentadas) " + (System.nanoTime() - esperaInicio) / 1_000_000
                + " ms después del despliegue");
        String token = Demo.token("coordinadora.canapote");
        // Para separar lo que cuesta la primera petición con token de cualquier API (validar el token con las llaves
        // de Keycloak, la primera vuelta de JAX-RS) de lo que cuesta exportar.
        long yoInicio = System.nanoTime();
        HttpResponse<String> yo = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/yo"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, yo.statusCode(), yo.body());
        System.out.println("Primera petición con token tras el arranque (GET /api/v1/yo): "
                + (System.nanoTime() - yoInicio) / 1_000_000 + " ms");
        for (String vez : List.of("primera", "segunda")) {
            long inicio = System.nanoTime();
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base
                    + "api/v1/indicadores/informe?formato=xlsx")).header("Authorization", "Bearer " + token).GET()
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            long ms = (System.nanoTime() - inicio) / 1_000_000;
            assertEquals(200, r.statusCode());
            assertTrue(r.body().length > 1000 && r.body()[0] == 'P' && r.body()[1] == 'K', "un .xlsx (zip)");
            System.out.println("Exportación a Excel del informe de avance, " + vez + " tras el arranque: " + ms + " ms");
        }
    }

    /** Issue 12, ítem 8: en el tablero ningún semáforo se sale de su celda ni la tabla de la página. */
    private void comprobarQueElTableroCabe(ChromeDriver n) {
        visitar(n, base + "app/indicadores/tablero.xhtml");
        Object r = n.executeScript("var t = document.querySelector('.ind-arbol table');"
                + "var fuera = Array.from(document.querySelectorAll('.ind-arbol .ind-semaforo')).filter(function (s) {"
                + "  var c = s.closest('td').getBoundingClientRect(), p = s.getBoundingClientRect();"
                + "  return p.right > c.right + 1 || p.left < c.left - 1; }).length;"
                + "var caja = t.closest('.ui-treetable').getBoundingClientRect();"
                + "return [document.querySelectorAll('.ind-arbol .ind-semaforo').length, fuera,"
                + "  t.getBoundingClientRect().right <= caja.right + 1,"
                + "  document.documentElement.scrollWidth <= document.documentElement.clientWidth];");
        List<?> v = (List<?>) r;
        assertTrue(((Number) v.get(0)).longValue() > 30, "el tablero muestra los semáforos: " + v);
        assertEquals(0L, ((Number) v.get(1)).longValue(), "semáforos fuera de su celda: " + v);
        assertEquals(Boolean.TRUE, v.get(2), "la tabla cabe en su caja: " + v);
        assertEquals(Boolean.TRUE, v.get(3), "la página no se desborda a lo ancho: " + v);
        // Issue 16: el tipo de meta y la fuente de cada indicador por su nombre («Reducción», «Registro de casos»),
        // no por su código (reduccion, casos), que la revisión de mayúsculas de arriba no ve.
        List<String> detalles = n.findElements(By.cssSelector(".ind-arbol .ind-detalle, .ind-arbol .ind-col-fuente"))
                .stream().map(WebElement::getText).filter(t -> !t.isBlank()).toList();
        String todos = String.join(" | ", detalles);
        assertTrue(todos.contains("Reducción ·") && todos.contains("Registro de casos"),
                "el tipo de meta y la fuente por su nombre: " + todos);
        for (TipoMeta t : TipoMeta.values()) {
            assertTrue(detalles.stream().noneMatch(d -> d.matches("(?s).*\\b" + t.codigo() + "\\b.*")),
                    "código de tipo de meta «" + t.codigo() + "» en el tablero: " + todos);
        }
        for (FuenteIndicador f : FuenteIndicador.values()) {
            assertTrue(detalles.stream().noneMatch(f.codigo()::equals),
                    "código de fuente «" + f.codigo() + "» en el tablero: " + todos);
        }
    }

    private static void escribir(ChromeDriver n, String id, String texto) {
        WebElement e = n.findElement(By.id(id));
        e.clear();
        e.sendKeys(texto);
    }

    /** El texto que ve la persona: la página, cada pestaña abierta a su turno y las opciones de las listas. */
    private static String visitar(ChromeDriver n, String url) {
        n.get(url);
        Espera espera = new Espera(n, Duration.ofSeconds(30));
        espera.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
        // El texto tal como está escrito: sin las mayúsculas que pone la hoja de estilos (text-transform) a títulos
        // como «Gestor(a)», que no son códigos.
        n.executeScript("var e = document.createElement('style');"
                + "e.textContent = '* { text-transform: none !important; }'; document.head.appendChild(e);");
        StringBuilder texto = new StringBuilder(n.findElement(By.tagName("body")).getAttribute("innerText"));
        for (WebElement pestana : n.findElements(By.cssSelector("[role=tab]"))) {
            if (pestana.isDisplayed()) {
                pestana.click();
                texto.append('\n').append(n.executeScript("return document.body.innerText"));
            }
        }
        Object opciones = n.executeScript(
                "return Array.from(document.querySelectorAll('option')).map(o => o.text).join('\\n')");
        texto.append('\n').append(opciones);
        return texto.toString();
    }

    static Set<String> codigosEn(String texto, Set<String> prohibidas) {
        Set<String> r = new TreeSet<>();
        Matcher m = CON_GUION_BAJO.matcher(texto);
        while (m.find()) {
            r.add(m.group());
        }
        Matcher p = PALABRA_MAYUSCULAS.matcher(texto);
        while (p.find()) {
            if (prohibidas.contains(p.group())) {
                r.add(p.group());
            }
        }
        r.removeAll(PERMITIDAS);
        return r;
    }

    private static String contexto(String texto, String palabra) {
        int i = texto.indexOf(palabra);
        return texto.substring(Math.max(0, i - 60), Math.min(texto.length(), i + palabra.length() + 60))
                .replace('\n', '¶');
    }

    /**
     * Las palabras que son códigos: las constantes de los enums de Ruta (fuera de las pruebas y de la web), los
     * códigos de la ruta con texto en los paquetes ({@code ruta.codigo.*}) y los códigos de las sedes.
     */
    private Set<String> prohibidas() throws Exception {
        Set<String> r = new TreeSet<>();
        Path clases = Path.of(System.getProperty("ruta.raiz", "."), "target", "classes");
        try (Stream<Path> archivos = Files.walk(clases)) {
            for (Path a : archivos.filter(f -> f.toString().endsWith(".class")).toList()) {
                String nombre = clases.relativize(a).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> c;
                try {
                    c = Class.forName(nombre, false, getClass().getClassLoader());
                } catch (ReflectiveOperationException | LinkageError e) {
                    continue;
                }
                if (c.isEnum()) {
                    for (Object k : c.getEnumConstants()) {
                        String n = ((Enum<?>) k).name();
                        if (n.length() > 1 && n.equals(n.toUpperCase())) {
                            r.add(n);
                        }
                    }
                }
            }
        }
        Properties paquete = new Properties();
        try (InputStream in = Files.newInputStream(clases.resolve("co/gov/cartagena/ruta/web/mensajes.properties"))) {
            paquete.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        paquete.stringPropertyNames().stream().filter(k -> k.startsWith("ruta.codigo."))
                .map(k -> k.substring("ruta.codigo.".length())).forEach(r::add);
        JsonArray sedes = Json.arreglo(api.enviar("GET", "sedes", Demo.token("gestora.canapote"), null));
        for (JsonValue v : sedes) {
            r.add(v.asJsonObject().getString("codigo"));
        }
        assertTrue(r.contains("CJ-CANAPOTE") && r.contains("MUJER") && r.contains("CUMPLE_REQUISITOS"), r.toString());
        return r;
    }

    /** Los códigos de las sedes y de los tipos de actividad (los de los catálogos de la administración). */
    private Set<String> codigosDeCatalogo() throws Exception {
        Set<String> r = new TreeSet<>();
        String token = Demo.token("gestora.canapote");
        // Los tipos desactivados también: el catálogo de la administración los lista.
        for (String catalogo : List.of("sedes", "actividades/tipos?todos=true")) {
            for (JsonValue v : Json.arreglo(api.enviar("GET", catalogo, token, null))) {
                r.add(v.asJsonObject().getString("codigo"));
            }
        }
        return r;
    }

    private static String parametros(String pagina, Sembrado s) {
        return switch (pagina) {
            case "app/casos/ver.xhtml" -> "?id=" + s.caso();
            case "app/personas/ver.xhtml" -> "?id=" + s.persona();
            case "app/casos/abrir.xhtml" -> "?persona=" + s.persona();
            case "app/sedes/editar.xhtml" -> "?codigo=CJ-CANAPOTE";
            case "app/actividades/editar.xhtml" -> "?id=" + s.actividad();
            case "app/indicadores/indicador.xhtml" -> "?codigo=PZ.VIC.9";
            default -> "";
        };
    }

    /**
     * Datos para que las listas no estén vacías: una persona con sus autorizaciones, un caso de Casa de Justicia en
     * Canapote con atención, remisión, un seguimiento vencido, una nota y un cambio de estado; otro caso sin gestor
     * asignado (lo abre la coordinadora); una actividad y un reporte de la coordinadora por aprobar.
     */
    private Sembrado sembrar() throws Exception {
        String gc = Demo.token("gestora.canapote");
        String documento = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        JsonObject p = json(api.enviar("POST", "personas", gc, "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"" + documento
                + "\",\"nombres\":\"Ana Sofía\",\"apellidos\":\"Códigos Ninguno\",\"fechaNacimiento\":\"1990-01-01\","
                + "\"sexo\":\"MUJER\"}"), 201);
        long persona = p.getJsonNumber("id").longValue();
        json(api.enviar("POST", "personas/" + persona + "/consentimientos", gc,
                "{\"fecha\":\"2025-03-01\",\"alcance\":\"DATOS_PERSONALES\",\"soporte\":\"Formato firmado\"}"), 200);
        json(api.enviar("POST", "personas/" + persona + "/consentimientos", gc,
                "{\"fecha\":\"2025-03-01\",\"alcance\":\"DATOS_SENSIBLES\",\"soporte\":\"Formato firmado\"}"), 200);
        JsonObject caso = json(api.enviar("POST", "casos", gc, "{\"ruta\":\"CASA_DE_JUSTICIA\",\"sede\":\"CJ-CANAPOTE\","
                + "\"personaId\":" + persona + ",\"fechaApertura\":\"2025-03-03\",\"narrativa\":\"Relato\","
                + "\"datos\":{\"asunto\":\"PENAL_QUERELLABLE\"}}"), 201);
        long id = caso.getJsonNumber("id").longValue();
        json(api.enviar("POST", "casos/" + id + "/atenciones", gc,
                "{\"tipo\":\"ORIENTACION_JURIDICA\",\"fecha\":\"2025-03-04\",\"notas\":\"Orientada\"}"), 201);
        json(api.enviar("POST", "casos/" + id + "/remisiones", gc,
                "{\"entidad\":\"ICBF\",\"fecha\":\"2025-03-04\",\"motivo\":\"Restablecimiento de derechos\"}"), 201);
        json(api.enviar("POST", "casos/" + id + "/seguimientos", gc, "{\"descripcion\":\"Llamar\",\"fechaVencimiento\":\""
                + LocalDate.now().minusDays(3) + "\"}"), 201);
        json(api.enviar("POST", "casos/" + id + "/seguimientos", gc, "{\"descripcion\":\"Visitar\",\"fechaVencimiento\":\""
                + LocalDate.now().plusDays(3) + "\"}"), 201);
        json(api.enviar("POST", "casos/" + id + "/notas", gc, "{\"texto\":\"Nota de prueba\"}"), 201);
        JsonObject leido = json(api.enviar("GET", "casos/" + id, gc, null), 200);
        json(api.enviar("POST", "casos/" + id + "/estado", gc, "{\"version\":" + leido.getInt("version")
                + ",\"estado\":\"CONCILIACION_SOLICITADA\",\"datos\":{\"fechaSolicitudConciliacion\":\"2025-03-05\"}}"), 200);

        String cc = Demo.token("coordinadora.canapote");
        json(api.enviar("POST", "casos", cc, "{\"ruta\":\"CASA_DE_JUSTICIA\",\"sede\":\"CJ-CANAPOTE\",\"personaId\":" + persona
                + ",\"fechaApertura\":\"2025-03-06\",\"datos\":{\"asunto\":\"FAMILIA\"}}"), 201);
        JsonObject actividad = json(api.enviar("POST", "actividades", gc, "{\"tipo\":\"JORNADA_MEDIACION_DESARME\","
                + "\"fecha\":\"2025-03-05\",\"lugar\":\"Parque de Canapote\",\"sede\":\"CJ-CANAPOTE\","
                + "\"participantes\":20,\"personas\":[" + persona + "]}"), 201);
        HttpResponse<String> reporte = api.enviar("POST", "indicadores/PZ.VIC.9/reportes", cc,
                "{\"fechaCorte\":\"2024-06-30\",\"valor\":2,\"fuente\":\"Prueba de etiquetas\",\"evidencia\":\"Acta\"}");
        assertTrue(reporte.statusCode() == 201 || reporte.statusCode() == 409, reporte.body());
        return new Sembrado(id, caso.getString("radicado"), persona, actividad.getJsonNumber("id").longValue());
    }

    /** Lee un arreglo JSON. */
    private static final class Json {
        static JsonArray arreglo(HttpResponse<String> r) {
            assertEquals(200, r.statusCode(), r.body());
            return Demo.json("{\"a\":" + r.body() + "}").getJsonArray("a");
        }
    }
}
