package co.gov.cartagena.ruta.web;

import static co.gov.cartagena.ruta.soporte.ApiDePrueba.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.seguridad.ReglasDeAcceso;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.soporte.ApiDePrueba;
import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import co.gov.cartagena.ruta.soporte.Espera;
import co.gov.cartagena.ruta.soporte.Navegador;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.regex.Pattern;
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
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Issue 13: cada página del registro ({@link ReglasDeAcceso#PAGINAS}) para cada rol que la puede abrir, y las
 * páginas públicas y de error, pasan axe-core (WCAG 2.0/2.1 A y AA) sin hallazgos críticos ni graves (y, de las
 * buenas prácticas, sin regiones repetidas sin nombre ni encabezados de tabla vacíos, de cualquier impacto), no dejan
 * errores en la consola del navegador, y en inglés no muestran textos que solo existen en español.
 *
 * <p>axe-core corre evaluando su código en la página ({@code executeScript}): la CSP con nonce de Ruta no deja
 * cargarlo como {@code <script>}, y así tampoco hace falta abrirla. Cada rol ingresa una sola vez (los de OTP no
 * pueden repetir código en 30 s) y recorre en esa sesión sus páginas en español y luego en inglés.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccesibilidadIT {

    /** Quién ingresa por cada rol (usuarios de demostración de realm-config/demo). */
    private static final Map<Rol, String> USUARIOS = new EnumMap<>(Map.of(
            Rol.GESTOR, "gestora.canapote",
            Rol.COORDINADOR, "coordinadora.canapote",
            Rol.SUPERVISOR, "supervisora",
            Rol.ADMINISTRADOR, "administrador",
            Rol.AUDITOR, "auditora"));
    private static final Set<Rol> CON_OTP = Set.of(Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.AUDITOR);

    /**
     * Textos que solo existen en español: si aparecen en una página en inglés, algo no sale de los paquetes. Se
     * buscan como palabras enteras y respetando mayúsculas, en el texto de la página (también el de las pestañas
     * ocultas y las opciones de las listas) y en placeholder, title, aria-label y alt. Ninguno aparece en los datos
     * que las páginas muestran tal cual (nombres de sedes, del plan de desarrollo o de tipos de actividad) ni nombres
     * propios de instituciones colombianas que el inglés conserva con su glosa («Inspección de Policía (police
     * inspection)», «Municipal Ombudsman (Personería)»).
     */
    static final List<String> SOLO_ESPANOL = List.of(
            "Guardar", "Buscar", "Víctima", "obligatorio", "obligatoria", "Cédula", "en curso", "Miembro del hogar",
            "Miembro hogar", "Ingresar", "Salir", "Inicio", "Registrar", "Agregar", "Cancelar", "Volver",
            "Anterior", "Siguiente", "Descargar", "Fecha", "Nombres", "Apellidos", "Teléfono", "Sexo", "Hombre",
            "Mujer", "Ninguno", "Ninguna", "Desde", "Hasta", "Motivo", "Descripción", "Narrativa", "Atenciones",
            "Remisiones", "Seguimientos", "Adjuntos", "Notas", "Historia", "Titular", "Consentimiento", "Entidad",
            "Gestor(a)", "Coordinador(a)", "Supervisor(a)", "Administrador(a)", "Responder", "Remitir", "Anular",
            "Aprobar", "Rechazar", "Cerrar", "Reabrir", "Trasladar", "Asignar", "dd/mm/aaaa", "Hoy", "Sí",
            "Resultados", "Indicadores", "Sedes", "Casos", "Actividades", "Auditoría", "Documento", "Nacimiento",
            "Respuesta", "Vence", "Pendiente", "Cumplido", "seleccione", "Seleccione", "escriba", "Escriba",
            "Orientación", "máx.", "Otra entidad", "Entidad de salud", "Otra sede de la Secretaría");

    private static final Pattern[] PATRONES = SOLO_ESPANOL.stream()
            .map(p -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(p) + "(?![\\p{L}\\p{N}])"))
            .toArray(Pattern[]::new);

    private static final String AXE_RUN = """
            var listo = arguments[arguments.length - 1];
            var siempre = ['landmark-unique', 'empty-table-header'];
            axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                               rules: {'landmark-unique': {enabled: true}, 'empty-table-header': {enabled: true}},
                               resultTypes: ['violations']})
               .then(function (r) {
                   listo(r.violations
                       .filter(function (v) {
                           return v.impact === 'critical' || v.impact === 'serious' || siempre.indexOf(v.id) >= 0;
                       })
                       .map(function (v) {
                           return v.id + ' (' + v.impact + ') ' + v.help + ' → '
                               + v.nodes.slice(0, 6).map(function (n) { return n.target.join(' '); }).join(' | ')
                               + (v.nodes.length > 6 ? ' | … ' + v.nodes.length + ' en total' : '');
                       }));
               })
               .catch(function (e) { listo(['axe no pudo correr: ' + e]); });
            """;

    /** El texto que ve (o que oye) quien lee la página, con lo oculto en pestañas y listas, sin scripts. */
    private static final String TEXTO_PAGINA = """
            var copia = document.documentElement.cloneNode(true);
            copia.querySelectorAll('script, style, noscript').forEach(function (e) { e.remove(); });
            var partes = [copia.textContent];
            copia.querySelectorAll('[placeholder], [title], [aria-label], [alt]').forEach(function (e) {
                ['placeholder', 'title', 'aria-label', 'alt'].forEach(function (a) {
                    if (e.hasAttribute(a)) { partes.push(e.getAttribute(a)); }
                });
            });
            copia.querySelectorAll('input[type=submit], input[type=button]').forEach(function (e) { partes.push(e.value); });
            return partes.join(' \\n ');
            """;

    private static String axe;

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegues.ruta();
    }

    @ArquillianResource
    URL desplegada;

    private String base;
    private ApiDePrueba api;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Los datos que las páginas muestran: un caso de Casa de Justicia con atención, remisión, seguimiento y más. */
    record Datos(long caso, long persona, long actividad) {
    }

    private static Datos datos;

    @BeforeEach
    void normalizarBase() {
        base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
        api = new ApiDePrueba(base, http);
    }

    @Test
    void cadaPaginaParaCadaRolCumpleWcagAaSinErroresDeConsolaYEnInglesNoQuedaEspanol() throws Exception {
        Datos d = datos();
        List<String> axeHallazgos = new ArrayList<>();
        List<String> consola = new ArrayList<>();
        List<String> espanol = new ArrayList<>();
        List<String> teclado = new ArrayList<>();
        for (Rol rol : Rol.values()) {
            List<String> paginas = new ArrayList<>();
            ReglasDeAcceso.PAGINAS.values().stream()
                    .filter(r -> r.clave().startsWith("app/") && r.clave().endsWith(".xhtml") && r.roles().contains(rol))
                    .forEach(r -> paginas.add(r.clave() + parametros(r.clave(), d)));
            assertTrue(paginas.size() > 1, "Páginas de " + rol + ": " + paginas);
            if (rol == Rol.GESTOR) {
                // Las páginas públicas (no los servlets, como los datos abiertos, que no son páginas).
                ReglasDeAcceso.PAGINAS.values().stream()
                        .filter(r -> r.alcance() == ReglasDeAcceso.Alcance.PUBLICA && r.clave().endsWith(".xhtml"))
                        .forEach(r -> paginas.add(r.clave()));
            }
            ChromeDriver nav = Navegador.abrir();
            try {
                nav.manage().timeouts().scriptTimeout(Duration.ofSeconds(90));
                String usuario = USUARIOS.get(rol);
                if (CON_OTP.contains(rol)) {
                    Navegador.ingresarConOtp(nav, base + "app/inicio.xhtml", usuario);
                } else {
                    Navegador.ingresar(nav, base + "app/inicio.xhtml", usuario);
                }
                String quien = rol.nombre();
                if (rol == Rol.GESTOR) {
                    axeDetectaUnHallazgoPuesto(nav);
                }
                for (String pagina : paginas) {
                    intentar(pagina, quien, axeHallazgos, () -> {
                        abrir(nav, pagina);
                        // Que se revise la página con su contenido y no un aviso de error (datos de la prueba).
                        nav.findElements(By.cssSelector(".ui-messages-error-summary, .ui-message-error-detail"))
                                .forEach(e -> axeHallazgos.add(pagina + " [" + quien + "]: abrió con un error: "
                                        + e.getText()));
                        revisar(nav, pagina, quien, axeHallazgos, consola);
                        if (pagina.startsWith("app/casos/abrir.xhtml")) {
                            // Los campos de la ruta aparecen al elegirla (se vuelve a pintar parte del formulario):
                            // entre estas dos rutas están los seis tipos de campo.
                            for (String ruta : List.of("UNIDADES_PRODUCTIVAS", "AYUDA_HUMANITARIA_INMEDIATA")) {
                                elegirRuta(nav, ruta);
                                revisar(nav, pagina + " con la ruta " + ruta, quien, axeHallazgos, consola);
                            }
                        }
                    });
                }

                if (rol == Rol.SUPERVISOR) {
                    intentar("app/indicadores/cortes.xhtml (diálogo de confirmación)", quien, teclado,
                            () -> elDialogoAtrapaYDevuelveElFoco(nav));
                }

                abrir(nav, "app/inicio.xhtml");
                nav.findElement(By.id("cabecera:en")).click();
                new Espera(nav, Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
                for (String pagina : paginas) {
                    intentar(pagina + " (en)", quien, espanol, () -> {
                        // La página pública toma el idioma de su dirección (se guarda en cachés públicas por URL),
                        // no de la sesión.
                        abrir(nav, pagina.startsWith("publico/") ? pagina + "?lang=en" : pagina);
                        if (!"en".equals(nav.findElement(By.tagName("html")).getAttribute("lang"))) {
                            espanol.add(pagina + " [" + quien + "]: lang=\""
                                    + nav.findElement(By.tagName("html")).getAttribute("lang") + "\" en inglés");
                        }
                        buscarEspanol(nav, pagina, quien, espanol);
                        if (pagina.startsWith("app/casos/abrir.xhtml")) {
                            for (String ruta : List.of("UNIDADES_PRODUCTIVAS", "AYUDA_HUMANITARIA_INMEDIATA")) {
                                elegirRuta(nav, ruta);
                                buscarEspanol(nav, pagina + " con la ruta " + ruta, quien, espanol);
                            }
                        }
                        consola(nav, pagina + " (en)", quien, consola);
                    });
                }
            } finally {
                nav.quit();
            }
        }
        assertAll(
                () -> assertTrue(axeHallazgos.isEmpty(), "Hallazgos críticos o graves de axe-core (WCAG 2.1 AA):\n"
                        + String.join("\n", axeHallazgos)),
                () -> assertTrue(consola.isEmpty(), "Errores en la consola del navegador:\n" + String.join("\n", consola)),
                () -> assertTrue(espanol.isEmpty(), "Texto en español en páginas en inglés:\n" + String.join("\n", espanol)),
                () -> assertTrue(teclado.isEmpty(), "Foco en diálogos:\n" + String.join("\n", teclado)),
                () -> assertTrue(SIN_FOCO_VISIBLE.isEmpty(), "Recibieron el foco sin mostrarlo: " + SIN_FOCO_VISIBLE));
    }

    /**
     * Solo con el teclado (Tab, Enter, Espacio, flechas y escribir, siempre sobre el elemento con el foco; ningún
     * clic): el primer Tab llega al enlace para saltar al contenido, cada entrada del menú se alcanza con Tab, y una
     * gestora registra a una persona, le abre un caso y le registra una atención. El ingreso por Keycloak no es de
     * Ruta y se hace con el ayudante de siempre.
     */
    @Test
    void unaGestoraRegistraUnaPersonaAbreUnCasoYRegistraUnaAtencionSoloConElTeclado() throws Exception {
        datos(); // también despierta la aplicación recién desplegada antes de medir esperas en el navegador
        ChromeDriver nav = Navegador.abrir();
        try {
            Navegador.ingresar(nav, base + "app/inicio.xhtml", "gestora.canapote");
            var espera = new Espera(nav, Duration.ofSeconds(30));

            tecla(nav, Keys.TAB);
            assertEquals("saltar", activo(nav).getAttribute("id"), "El primer Tab llega a «Saltar al contenido»");
            for (String entrada : List.of("menu:m-inicio", "menu:m-casos", "menu:m-personas", "menu:m-actividades",
                    "menu:m-sedes")) {
                tabHasta(nav, e -> entrada.equals(e.getAttribute("id")), 25, "la entrada del menú " + entrada);
                assertTrue(nav.findElement(By.id(entrada)).isDisplayed(), entrada);
            }

            // Buscar y registrar a la persona.
            nav.get(base + "app/inicio.xhtml");
            espera.until(ExpectedConditions.presenceOfElementLocated(By.id("nombre-usuario")));
            tabHasta(nav, e -> "menu:m-personas".equals(e.getAttribute("id")), 25, "Personas en el menú");
            tecla(nav, Keys.ENTER);
            espera.until(ExpectedConditions.presenceOfElementLocated(By.id("persona:numeroDocumento")));
            tecla(nav, Keys.TAB);
            assertEquals("saltar", activo(nav).getAttribute("id"));
            tecla(nav, Keys.ENTER);
            espera.until(n -> "contenido".equals(activo(n).getAttribute("id")));
            String documento = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
            String apellidos = "Teclado " + documento.substring(0, 5);
            tabHasta(nav, e -> "persona:numeroDocumento".equals(e.getAttribute("id")), 10, "el número de documento");
            escribir(nav, documento);
            tecla(nav, Keys.TAB);
            assertEquals("persona:nombres", activo(nav).getAttribute("id"));
            escribir(nav, "Tecla");
            tecla(nav, Keys.TAB);
            escribir(nav, apellidos);
            tecla(nav, Keys.TAB);
            assertEquals("persona:fechaNacimiento", activo(nav).getAttribute("id"));
            escribir(nav, "15/04/1991");
            tabHasta(nav, e -> "persona:buscar".equals(e.getAttribute("id")), 5, "el botón Buscar");
            tecla(nav, Keys.ENTER);
            espera.until(ExpectedConditions.presenceOfElementLocated(By.id("persona:registrar")));
            tabHasta(nav, e -> "persona:registrar".equals(e.getAttribute("id")), 40, "el botón Registrar");
            tecla(nav, Keys.ENTER);
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("nombre-persona"), apellidos));

            // Abrir el caso.
            tabHasta(nav, e -> String.valueOf(e.getAttribute("href")).contains("casos/abrir"), 120, "Abrir caso");
            tecla(nav, Keys.ENTER);
            espera.until(ExpectedConditions.presenceOfElementLocated(By.id("abrir:ruta")));
            tabHasta(nav, e -> "abrir:ruta".equals(e.getAttribute("id")), 30, "la lista de rutas");
            var campos = nav.findElement(By.id("abrir:campos"));
            escribir(nav, "Casa");
            espera.until(ExpectedConditions.stalenessOf(campos));
            espera.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-campo='asunto']")));
            assertEquals("CASA_DE_JUSTICIA", new Select(nav.findElement(By.id("abrir:ruta"))).getFirstSelectedOption()
                    .getAttribute("value"));
            tabHasta(nav, e -> "abrir:apertura".equals(e.getAttribute("id")), 5, "la fecha de apertura");
            // Hoy en Colombia: de 19:00 a medianoche en Cartagena, en UTC ya es mañana (una fecha futura, rechazada).
            escribir(nav, Fechas.formatear(LocalDate.now(co.gov.cartagena.ruta.comun.Hoy.COLOMBIA)));
            tecla(nav, Keys.TAB);
            escribir(nav, "Relato escrito con el teclado");
            tabHasta(nav, e -> "asunto".equals(e.getAttribute("data-campo")), 5, "el campo Asunto de la ruta");
            assertEquals("true", activo(nav).getAttribute("aria-required"), "Asunto es obligatorio para el lector");
            tecla(nav, Keys.ARROW_DOWN);
            tabHasta(nav, e -> "abrir:guardar".equals(e.getAttribute("id")), 15, "el botón Abrir caso");
            tecla(nav, Keys.ENTER);
            espera.until(ExpectedConditions.presenceOfElementLocated(By.id("radicado")));

            // Registrar la atención: pestañas con flechas, el formulario con Tab.
            tabHasta(nav, e -> "tab".equals(e.getAttribute("role")), 60, "las pestañas del caso");
            while (!"pestana-atenciones".equals(activo(nav).getAttribute("id"))) {
                tecla(nav, Keys.ARROW_RIGHT);
            }
            assertEquals("true", nav.findElement(By.id("pestana-atenciones")).getAttribute("aria-selected"));
            tabHasta(nav, e -> "atender:tipo".equals(e.getAttribute("id")), 40, "el tipo de atención");
            tecla(nav, Keys.ARROW_DOWN);
            tecla(nav, Keys.TAB);
            assertEquals("atender:fecha", activo(nav).getAttribute("id"));
            escribir(nav, Fechas.formatear(LocalDate.now(co.gov.cartagena.ruta.comun.Hoy.COLOMBIA)));
            tecla(nav, Keys.TAB);
            escribir(nav, "Atención registrada con el teclado");
            tabHasta(nav, e -> "atender:registrar".equals(e.getAttribute("id")), 5, "Registrar atención");
            var formulario = nav.findElement(By.id("atender"));
            tecla(nav, Keys.SPACE);
            espera.until(ExpectedConditions.stalenessOf(formulario));
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("panel-atenciones"),
                    "Atención registrada con el teclado"));
            // Tras la acción el foco queda en el aviso del formulario (foco.js), no al comienzo de la página.
            espera.until(n -> {
                var a = activo(n);
                return a.getAttribute("class") != null && a.getAttribute("class").contains("ruta-mensajes-formulario")
                        && a.getText().length() > 0;
            });
            List<String> consola = new ArrayList<>();
            consola(nav, "intake con teclado", "gestor", consola);
            assertTrue(consola.isEmpty(), String.join("\n", consola));
            assertTrue(SIN_FOCO_VISIBLE.isEmpty(), "Recibieron el foco sin mostrarlo: " + SIN_FOCO_VISIBLE);
        } finally {
            nav.quit();
        }
    }

    /**
     * El diálogo de confirmación (cerrar un corte, supervisor) se abre con el teclado, recibe el foco, lo retiene
     * mientras se recorre con Tab, se cierra con Escape y devuelve el foco al botón que lo abrió. No cierra nada.
     */
    private void elDialogoAtrapaYDevuelveElFoco(ChromeDriver nav) {
        var espera = new Espera(nav, Duration.ofSeconds(30));
        abrir(nav, "app/indicadores/cortes.xhtml");
        tabHasta(nav, e -> "nuevo:cerrar".equals(e.getAttribute("id")), 60, "el botón Cerrar corte");
        tecla(nav, Keys.ENTER);
        var dialogo = espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nuevo:confirmacion")));
        espera.withMessage(() -> "el foco no entró al diálogo; está en " + descripcion(activo(nav)))
                .until(n -> dentro(nav, dialogo));
        espera.withMessage(() -> "el foco no quedó en «No», la opción que no cambia nada; está en "
                + descripcion(activo(nav))).until(n -> "nuevo:confirmar-no".equals(activo(n).getAttribute("id")));
        for (int i = 0; i < 5; i++) {
            tecla(nav, Keys.TAB);
            assertTrue(dentro(nav, dialogo), "Con Tab el foco salió del diálogo a " + activo(nav).getTagName() + "#"
                    + activo(nav).getAttribute("id"));
        }
        tecla(nav, Keys.ESCAPE);
        espera.withMessage(() -> "Escape no cerró el diálogo").until(ExpectedConditions.invisibilityOf(dialogo));
        espera.withMessage(() -> "al cerrar, el foco no volvió al botón; está en " + descripcion(activo(nav)))
                .until(n -> "nuevo:cerrar".equals(activo(n).getAttribute("id")));
    }

    private static String descripcion(org.openqa.selenium.WebElement e) {
        return e.getTagName() + "#" + e.getAttribute("id") + " «" + e.getText() + "»";
    }

    private static boolean dentro(ChromeDriver nav, org.openqa.selenium.WebElement contenedor) {
        return Boolean.TRUE.equals(nav.executeScript("return arguments[0].contains(document.activeElement)", contenedor));
    }

    private static org.openqa.selenium.WebElement activo(WebDriver nav) {
        return nav.switchTo().activeElement();
    }

    private static void tecla(WebDriver nav, CharSequence tecla) {
        new Actions(nav).sendKeys(tecla).perform();
    }

    private static void escribir(WebDriver nav, String texto) {
        new Actions(nav).sendKeys(texto).perform();
    }

    /** Elementos que recibieron el foco con Tab sin mostrarlo (sin contorno de al menos 2 px). */
    private static final List<String> SIN_FOCO_VISIBLE = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** El elemento con el foco lo muestra: un contorno sólido de al menos 2 px (ruta.css, :focus-visible). */
    private static void revisarIndicadorDeFoco(WebDriver nav) {
        String falta = (String) ((JavascriptExecutor) nav).executeScript("""
                var e = document.activeElement;
                if (!e || e === document.body || e.tagName === 'MAIN') { return null; }
                var c = getComputedStyle(e);
                var ancho = parseFloat(c.outlineWidth) || 0;
                return c.outlineStyle !== 'none' && ancho >= 2 ? null
                    : e.tagName.toLowerCase() + '#' + e.id + ' (outline ' + c.outlineStyle + ' ' + c.outlineWidth + ')';
                """);
        if (falta != null && !SIN_FOCO_VISIBLE.contains(falta)) {
            SIN_FOCO_VISIBLE.add(falta);
        }
    }

    /** Tab hasta que el elemento con el foco cumpla la condición; si no llega en {@code maximo}, dice por dónde pasó. */
    private static void tabHasta(WebDriver nav, java.util.function.Predicate<org.openqa.selenium.WebElement> condicion,
            int maximo, String que) {
        List<String> recorrido = new ArrayList<>();
        for (int i = 0; i <= maximo; i++) {
            var a = activo(nav);
            revisarIndicadorDeFoco(nav);
            if (condicion.test(a)) {
                return;
            }
            recorrido.add(a.getTagName() + "#" + a.getAttribute("id"));
            tecla(nav, Keys.TAB);
        }
        throw new AssertionError("Con " + maximo + " Tab no se llegó a " + que + "; el foco pasó por " + recorrido);
    }

    // ------------------------------------------------------------------------------------------ revisiones

    /**
     * Que la revisión no pase por no mirar: en la página de inicio se pone un botón sin nombre y una imagen sin texto
     * alternativo, y axe-core (evaluado bajo la CSP de Ruta) debe señalarlos como críticos; luego se quitan.
     */
    private void axeDetectaUnHallazgoPuesto(ChromeDriver nav) {
        abrir(nav, "app/inicio.xhtml");
        nav.executeScript("var b = document.createElement('button'); b.id = 'prueba-sin-nombre';"
                + " document.querySelector('main').appendChild(b);"
                + " var i = document.createElement('img'); i.id = 'prueba-sin-alt'; i.src = 'data:,';"
                + " document.querySelector('main').appendChild(i);");
        List<String> hallazgos = new ArrayList<>();
        revisar(nav, "inicio con errores puestos", "gestor", hallazgos, new ArrayList<>());
        assertTrue(hallazgos.stream().anyMatch(h -> h.contains("button-name") && h.contains("#prueba-sin-nombre")),
                "axe-core no señaló el botón sin nombre: " + hallazgos);
        assertTrue(hallazgos.stream().anyMatch(h -> h.contains("image-alt") && h.contains("#prueba-sin-alt")),
                "axe-core no señaló la imagen sin texto alternativo: " + hallazgos);
    }

    /** Una revisión que no se pudo hacer (la página no cargó, un elemento no apareció) es un hallazgo, y se sigue. */
    private static void intentar(String pagina, String rol, List<String> hallazgos, Revision r) {
        try {
            r.hacer();
        } catch (RuntimeException | AssertionError e) {
            hallazgos.add(pagina + " [" + rol + "]: no se pudo revisar: " + e.getClass().getSimpleName() + " "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
    }

    @FunctionalInterface
    private interface Revision {
        void hacer();
    }

    private void abrir(WebDriver nav, String pagina) {
        nav.get(base + pagina);
        new Espera(nav, Duration.ofSeconds(30)).until(n -> "complete".equals(
                ((JavascriptExecutor) n).executeScript("return document.readyState")));
        if (pagina.startsWith("app/")) {
            new Espera(nav, Duration.ofSeconds(30)).until(
                    ExpectedConditions.presenceOfElementLocated(By.id("nombre-usuario")));
        }
    }

    private void elegirRuta(WebDriver nav, String ruta) {
        var espera = new Espera(nav, Duration.ofSeconds(30));
        var campos = espera.until(ExpectedConditions.presenceOfElementLocated(By.id("abrir:campos")));
        new Select(espera.until(ExpectedConditions.elementToBeClickable(By.id("abrir:ruta")))).selectByValue(ruta);
        espera.until(ExpectedConditions.stalenessOf(campos));
        espera.until(ExpectedConditions.presenceOfElementLocated(By.id("papel-persona")));
        espera.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-campo]")));
        espera.until(n -> Boolean.TRUE.equals(((JavascriptExecutor) n).executeScript(
                "return !window.PrimeFaces || !PrimeFaces.ajax || PrimeFaces.ajax.Queue.isEmpty()")));
    }

    private static void revisar(ChromeDriver nav, String pagina, String rol, List<String> hallazgos, List<String> consola) {
        if (Boolean.FALSE.equals(nav.executeScript("return typeof window.axe !== 'undefined'"))) {
            nav.executeScript(axe());
        }
        Object r = nav.executeAsyncScript(AXE_RUN);
        assertNotNull(r, pagina);
        for (Object h : (List<?>) r) {
            hallazgos.add(pagina + " [" + rol + "]: " + h);
        }
        consola(nav, pagina, rol, consola);
    }

    private static void consola(ChromeDriver nav, String pagina, String rol, List<String> consola) {
        for (LogEntry e : nav.manage().logs().get(LogType.BROWSER)) {
            if (e.getLevel().intValue() >= Level.SEVERE.intValue() && !e.getMessage().contains("favicon.ico")) {
                consola.add(pagina + " [" + rol + "]: " + e.getMessage());
            }
        }
    }

    private static void buscarEspanol(ChromeDriver nav, String pagina, String rol, List<String> espanol) {
        String texto = (String) nav.executeScript(TEXTO_PAGINA);
        List<String> vistas = new ArrayList<>();
        for (int i = 0; i < PATRONES.length; i++) {
            if (PATRONES[i].matcher(texto).find()) {
                vistas.add(SOLO_ESPANOL.get(i));
            }
        }
        if (!vistas.isEmpty()) {
            espanol.add(pagina + " [" + rol + "]: " + vistas);
        }
    }

    private static synchronized String axe() {
        if (axe == null) {
            try (InputStream in = AccesibilidadIT.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                assertNotNull(in, "axe.min.js (com.deque.html.axe-core:selenium) no está en el classpath de pruebas");
                axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return axe;
    }

    private static String parametros(String pagina, Datos d) {
        return switch (pagina) {
            case "app/casos/ver.xhtml" -> "?id=" + d.caso();
            case "app/personas/ver.xhtml" -> "?id=" + d.persona();
            case "app/casos/abrir.xhtml" -> "?persona=" + d.persona();
            case "app/sedes/editar.xhtml" -> "?codigo=CJ-CANAPOTE";
            case "app/indicadores/indicador.xhtml" -> "?codigo=PZ.DDH.8";
            case "app/actividades/editar.xhtml" -> "?id=" + d.actividad();
            default -> "";
        };
    }

    // ------------------------------------------------------------------------------------------ los datos

    private synchronized Datos datos() throws Exception {
        if (datos != null) {
            return datos;
        }
        String gc = Demo.token("gestora.canapote");
        String sufijo = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        long persona = crearPersona(gc, "Accesible", "Prueba " + sufijo);
        long otra = crearPersona(gc, "Acompañante", "Prueba " + sufijo);
        JsonObject caso = json(api.enviar("POST", "casos", gc, "{\"ruta\":\"CASA_DE_JUSTICIA\",\"sede\":\"CJ-CANAPOTE\","
                + "\"personaId\":" + persona + ",\"fechaApertura\":\"2025-03-03\",\"narrativa\":\"Relato de prueba\","
                + "\"datos\":{\"asunto\":\"FAMILIA\"}}"), 201);
        long id = caso.getJsonNumber("id").longValue();
        json(api.enviar("POST", "casos/" + id + "/atenciones", gc,
                "{\"tipo\":\"ORIENTACION_JURIDICA\",\"fecha\":\"2025-03-04\",\"notas\":\"Orientada\"}"), 201);
        json(api.enviar("POST", "casos/" + id + "/remisiones", gc,
                "{\"entidad\":\"ICBF\",\"fecha\":\"2025-03-04\",\"motivo\":\"Restablecimiento de derechos\"}"), 201);
        JsonObject conSeguimiento = json(api.enviar("POST", "casos/" + id + "/seguimientos", gc,
                "{\"descripcion\":\"Llamar\",\"fechaVencimiento\":\"2025-03-10\"}"), 201);
        json(api.enviar("POST", "casos/" + id + "/personas", gc, "{\"version\":" + conSeguimiento.getInt("version")
                + ",\"rol\":\"MIEMBRO_HOGAR\",\"personaId\":" + otra + "}"), 200);
        json(api.enviar("POST", "casos/" + id + "/notas", gc, "{\"texto\":\"Nota de prueba\"}"), 201);
        HttpResponse<String> adjunto = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/casos/" + id + "/adjuntos"))
                .header("Authorization", "Bearer " + gc).header("Content-Type", "application/octet-stream")
                .header("X-Nombre-Archivo", "acta.pdf").POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4 acta"))
                .build(), HttpResponse.BodyHandlers.ofString());
        json(adjunto, 201);
        JsonObject actividad = json(api.enviar("POST", "actividades", gc, "{\"tipo\":\"JORNADA_MEDIACION_DESARME\","
                + "\"fecha\":\"2025-03-05\",\"lugar\":\"Parque de Canapote\",\"sede\":\"CJ-CANAPOTE\","
                + "\"participantes\":20,\"personas\":[" + persona + "]}"), 201);
        datos = new Datos(id, persona, actividad.getJsonNumber("id").longValue());
        return datos;
    }

    private long crearPersona(String token, String nombres, String apellidos) throws Exception {
        String documento = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        JsonObject p = json(api.enviar("POST", "personas", token, "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"" + documento
                + "\",\"nombres\":\"" + nombres + "\",\"apellidos\":\"" + apellidos + "\",\"fechaNacimiento\":\"1990-01-01\"}"),
                201);
        long id = p.getJsonNumber("id").longValue();
        json(api.enviar("POST", "personas/" + id + "/consentimientos", token,
                "{\"fecha\":\"2025-03-01\",\"alcance\":\"DATOS_PERSONALES\",\"soporte\":\"Formato firmado\"}"), 200);
        return id;
    }
}
