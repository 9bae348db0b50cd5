package co.gov.cartagena.ruta.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import co.gov.cartagena.ruta.api.FiltroSeguridadApi;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.seguridad.ReglasDeAcceso.Alcance;
import co.gov.cartagena.ruta.seguridad.ReglasDeAcceso.Regla;
import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.servlet.annotation.WebServlet;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.File;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * La matriz de acceso del issue 6, desde fuera y con tokens y sesiones reales de Keycloak: cada endpoint de la API
 * (del documento {@code /openapi} y de las clases {@code @Path}) y cada página del WAR, contra anónimo, cada rol,
 * usuarios de otra sede y un gestor fuera del equipo de una ruta reservada, con lo que declara
 * {@link ReglasDeAcceso}. Además: adivinar identificadores de otra sede (API y páginas) da lo mismo que un id que
 * no existe, y las inyecciones por los filtros y las búsquedas no cambian ni filtran nada. Y la entrada mala del
 * issue 11: ninguna operación responde 5xx, HTML ni repite lo recibido, y cada caso concreto da 400 con su campo.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MatrizAccesoIT {

    private static final String RAIZ_API = "/api/v1";
    private static final long INEXISTENTE = 987_654_321L;

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegues.ruta();
    }

    @ArquillianResource
    URL desplegada;

    private String base;

    /** HTTP/1.1: con el intento de pasar a h2c del cliente de Java, Grizzly responde 431 a ratos bajo muchas llamadas. */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Los datos de prueba: un caso de Canapote con todo y un caso de trata de la Secretaría. */
    record Datos(long caso, String radicado, long persona, String nombrePersona, String barrio, String narrativa,
            long adjunto, long atencion, long remision, long seguimiento, long reporte,
            long casoTrata, String radicadoTrata, long personaTrata, String nombreTrata, long adjuntoTrata,
            long actividad, long evidencia, String tipoActividad) {
    }

    private static Datos datos;

    @BeforeEach
    void normalizarBase() {
        base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
    }

    // ------------------------------------------------------------------------------------------------ la API

    @Test
    void cadaEndpointDeLaApiTieneSuReglaYLaCumpleConCadaActor() throws Exception {
        Map<String, Endpoint> registro = registroApi();
        comprobarQueLaTablaEstaCompleta("endpoint de la API", registro.keySet(), ReglasDeAcceso.API);
        List<String> incoherentes = new ArrayList<>();
        for (Endpoint e : registro.values()) {
            Regla r = ReglasDeAcceso.API.get(e.clave());
            if (!e.permitidos().containsAll(r.roles())) {
                incoherentes.add(e.clave() + ": la regla deja pasar " + r.roles() + " pero @Permitido solo " + e.permitidos());
            }
        }
        assertTrue(incoherentes.isEmpty(), String.join("\n", incoherentes));

        Datos d = datos();
        List<String> fallas = new ArrayList<>();
        StringBuilder matriz = new StringBuilder();
        for (Actor a : Actor.values()) {
            String token = a.anonimo() ? null : Demo.token(a.usuario, a.otp);
            for (Endpoint e : registro.values()) {
                Regla r = ReglasDeAcceso.API.get(e.clave());
                HttpResponse<String> resp = llamar(e, token, d);
                Set<Integer> esperados = esperadoApi(a, e, r, d);
                matriz.append(a).append(' ').append(e.clave()).append(" → ").append(resp.statusCode()).append('\n');
                if (!esperados.contains(resp.statusCode())) {
                    fallas.add(a + " " + e.clave() + ": esperaba " + esperados + " y recibió " + resp.statusCode()
                            + " " + recortar(resp.body()));
                }
            }
        }
        System.out.println("Matriz de acceso de la API:\n" + matriz);
        assertTrue(fallas.isEmpty(), fallas.size() + " llamadas no cumplen ReglasDeAcceso:\n" + String.join("\n", fallas));
    }

    /**
     * Los estados que se aceptan: pasa (2xx, o 400/409 porque el cuerpo de la matriz es vacío) o niega. Sin rol en
     * {@code @Permitido}, 403 siempre (el filtro corta antes de leer el cuerpo). Lo que niega el servicio (otra sede,
     * un rol que el servicio restringe más) es 403/404, o 400 si el cuerpo vacío no pasa la validación de la entrada,
     * que puede ir antes; que esas respuestas sean idénticas a las de un id inexistente lo comprueba
     * {@link #adivinarIdentificadoresDeOtraSedeDaLoMismoQueUnoInexistenteEnLaApiYEnLasPaginas}.
     */
    private static Set<Integer> esperadoApi(Actor a, Endpoint e, Regla r, Datos d) {
        if (a.anonimo()) {
            return Set.of(401);
        }
        if (!r.roles().contains(a.rol)) {
            return !e.permitidos().contains(a.rol) ? Set.of(403) : e.tipoCuerpo() == null ? Set.of(403, 404)
                    : Set.of(400, 403, 404);
        }
        Set<Integer> noLoVe = e.tipoCuerpo() == null ? Set.of(404) : Set.of(400, 404);
        return switch (r.alcance()) {
            case LIBRE, PERSONA_IDENTIDAD, PUBLICA, RETORNO -> PASA;
            case CASO, PERSONA_DATOS -> a.ve(Ruta.CASA_DE_JUSTICIA, "CJ-CANAPOTE") ? PASA : noLoVe;
            // La actividad de Canapote: la ven su gestora y su coordinadora, y (solo leer) los supervisores.
            // Quitar a la misma asistente dos veces (la matriz llama con varios actores): la segunda no encuentra qué
            // quitar y responde 404 con su mensaje.
            case ACTIVIDAD -> !(a.ve(Ruta.CASA_DE_JUSTICIA, "CJ-CANAPOTE") || a.rol == Rol.SUPERVISOR) ? noLoVe
                    : e.metodo().equals("DELETE") ? BORRADO : PASA;
        };
    }

    private static final Set<Integer> PASA = Set.of(200, 201, 204, 400, 409);
    private static final Set<Integer> BORRADO = Set.of(200, 204, 400, 404, 409);

    record Endpoint(String metodo, String ruta, Set<Rol> permitidos, String tipoCuerpo) {
        String clave() {
            return metodo + " " + ruta;
        }
    }

    /**
     * El registro de la API: las operaciones del documento OpenAPI que sirve la aplicación, unidas con los métodos
     * de recurso de las clases {@code @Path} compiladas (de donde sale {@code @Permitido}). Si uno de los dos tiene
     * algo que el otro no, falla nombrándolo.
     */
    private Map<String, Endpoint> registroApi() throws Exception {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + desplegada.getPort()
                + "/openapi")).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, doc.statusCode(), "El documento OpenAPI se sirve en /openapi");
        Map<String, String> deOpenApi = new TreeMap<>();
        JsonObject rutas = Demo.json(doc.body()).getJsonObject("paths");
        for (String ruta : rutas.keySet()) {
            int i = ruta.indexOf(RAIZ_API);
            assertTrue(i >= 0, "Ruta del OpenAPI fuera de " + RAIZ_API + ": " + ruta);
            String relativa = ruta.substring(i + RAIZ_API.length());
            for (Map.Entry<String, JsonValue> op : rutas.getJsonObject(ruta).entrySet()) {
                if (!Set.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                    continue;
                }
                JsonObject operacion = op.getValue().asJsonObject();
                String tipo = operacion.containsKey("requestBody")
                        ? operacion.getJsonObject("requestBody").getJsonObject("content").keySet().iterator().next()
                        : null;
                deOpenApi.put(op.getKey().toUpperCase() + " " + relativa, tipo == null ? "" : tipo);
            }
        }
        Map<String, Set<Rol>> deClases = recursosCompilados();
        Set<String> soloOpenApi = new TreeSet<>(deOpenApi.keySet());
        soloOpenApi.removeAll(deClases.keySet());
        Set<String> soloClases = new TreeSet<>(deClases.keySet());
        soloClases.removeAll(deOpenApi.keySet());
        assertTrue(soloOpenApi.isEmpty() && soloClases.isEmpty(), "El OpenAPI y las clases @Path no coinciden. Solo en "
                + "/openapi: " + soloOpenApi + "; solo en las clases (¿@Operation(hidden)?): " + soloClases);
        assertTrue(deOpenApi.size() > 20, "El registro de la API parece incompleto: " + deOpenApi.keySet());
        Map<String, Endpoint> registro = new TreeMap<>();
        deOpenApi.forEach((clave, tipo) -> {
            String[] partes = clave.split(" ", 2);
            registro.put(clave, new Endpoint(partes[0], partes[1], deClases.get(clave), tipo.isEmpty() ? null : tipo));
        });
        return registro;
    }

    /** Métodos de recurso de JAX-RS en las clases compiladas de la aplicación, con los roles de {@code @Permitido}. */
    private static Map<String, Set<Rol>> recursosCompilados() throws Exception {
        java.nio.file.Path clases = Paths.get(System.getProperty("ruta.raiz", "."), "target/classes");
        List<String> nombres;
        try (Stream<java.nio.file.Path> s = Files.walk(clases)) {
            nombres = s.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$"))
                    .map(p -> clases.relativize(p).toString().replace(File.separatorChar, '.').replaceAll("\\.class$", ""))
                    .toList();
        }
        Map<String, Set<Rol>> r = new TreeMap<>();
        for (String nombre : nombres) {
            Class<?> c = Class.forName(nombre, false, MatrizAccesoIT.class.getClassLoader());
            Path raiz = c.getAnnotation(Path.class);
            if (raiz == null || c.isInterface()) {
                continue;
            }
            for (Method m : c.getMethods()) {
                String verbo = null;
                for (Annotation an : m.getAnnotations()) {
                    HttpMethod hm = an.annotationType().getAnnotation(HttpMethod.class);
                    if (hm != null) {
                        verbo = hm.value();
                    }
                }
                Path sub = m.getAnnotation(Path.class);
                if (verbo == null) {
                    if (sub != null) {
                        fail("Sub-recurso sin verbo (la matriz no lo sabe recorrer): " + c.getName() + "." + m.getName());
                    }
                    continue;
                }
                String ruta = normalizar("/" + raiz.value() + (sub == null ? "" : "/" + sub.value()));
                r.put(verbo + " " + ruta, Set.copyOf(FiltroSeguridadApi.rolesPermitidos(m, c).isEmpty()
                        ? Set.<Rol>of() : FiltroSeguridadApi.rolesPermitidos(m, c)));
            }
        }
        return r;
    }

    private static String normalizar(String ruta) {
        String r = ruta.replaceAll("\\{\\s*(\\w+)\\s*:[^}]*}", "{$1}").replaceAll("/+", "/");
        return r.length() > 1 && r.endsWith("/") ? r.substring(0, r.length() - 1) : r;
    }

    private static <T> void comprobarQueLaTablaEstaCompleta(String que, Set<String> registro, Map<String, T> tabla) {
        Set<String> sinRegla = new TreeSet<>(registro);
        sinRegla.removeAll(tabla.keySet());
        Set<String> sobrantes = new TreeSet<>(tabla.keySet());
        sobrantes.removeAll(registro);
        StringBuilder m = new StringBuilder();
        for (String s : sinRegla) {
            m.append("Falta la regla de acceso del ").append(que).append(" «").append(s)
                    .append("»: agregue su línea en ReglasDeAcceso (roles que pasan y alcance).\n");
        }
        for (String s : sobrantes) {
            m.append("ReglasDeAcceso tiene una regla para «").append(s).append("», que ya no existe: quítela.\n");
        }
        assertTrue(m.length() == 0, m.toString());
    }

    /** El valor de prueba de cada parámetro de ruta; uno desconocido hace fallar la prueba con su nombre. */
    static String valor(String ruta, String parametro, Datos d, boolean ajeno) {
        String recurso = ruta.split("/")[1];
        return switch (parametro) {
            case "id" -> switch (recurso) {
                case "casos" -> String.valueOf(ajeno ? INEXISTENTE : d.caso());
                case "personas" -> String.valueOf(ajeno ? INEXISTENTE : d.persona());
                case "adjuntos" -> String.valueOf(ajeno ? INEXISTENTE : d.adjunto());
                case "indicadores" -> String.valueOf(d.reporte());
                // Un número de corte mal escrito: 400 para quien puede ver cortes (sin crear uno en la prueba).
                case "cortes" -> "no-es-numero";
                case "actividades" -> String.valueOf(d.actividad());
                // Un número de lote mal escrito: 400 para la coordinación (sin importar nada en la prueba).
                case "importaciones" -> "no-es-numero";
                default -> throw new AssertionError("No sé qué {id} usar en " + ruta + ": agréguelo a MatrizAccesoIT.valor");
            };
            case "radicado" -> ajeno ? "RUTA-2099-999999" : d.radicado();
            case "atencion" -> String.valueOf(d.atencion());
            case "remision" -> String.valueOf(d.remision());
            case "seguimiento" -> String.valueOf(d.seguimiento());
            case "codigo" -> recurso.equals("sedes") ? "CJ-CANAPOTE" : recurso.equals("actividades") ? d.tipoActividad()
                    : ruta.endsWith("/registros") ? "PZ.VIC.3" : "PZ.VIC.9";
            case "anio" -> "2025";
            case "ruta" -> "AYUDA_HUMANITARIA_INMEDIATA";
            case "persona" -> String.valueOf(d.persona());
            case "adjunto" -> String.valueOf(d.evidencia());
            default -> throw new AssertionError("No sé qué valor dar a {" + parametro + "} en " + ruta
                    + ": agréguelo a MatrizAccesoIT.valor");
        };
    }

    private static final Pattern PARAMETRO = Pattern.compile("\\{(\\w+)}");

    private static String rellenar(String ruta, Datos d, boolean inexistente) {
        Matcher m = PARAMETRO.matcher(ruta);
        StringBuilder r = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(r, Matcher.quoteReplacement(valor(ruta, m.group(1), d, inexistente)));
        }
        m.appendTail(r);
        return r.toString();
    }

    private HttpResponse<String> llamar(Endpoint e, String token, Datos d) throws IOException, InterruptedException {
        return llamar(e, rellenar(e.ruta(), d, false), token);
    }

    private HttpResponse<String> llamar(Endpoint e, String ruta, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1" + ruta)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (e.tipoCuerpo() != null) {
            b.header("Content-Type", e.tipoCuerpo());
            b.method(e.metodo(), HttpRequest.BodyPublishers.ofString(e.tipoCuerpo().contains("json") ? "{}" : ""));
        } else {
            b.method(e.metodo(), HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    // ---------------------------------------------------------------------------------------------- páginas

    @Test
    void cadaPaginaTieneSuReglaYLaCumpleConCadaActor() throws Exception {
        Map<String, String> registro = registroPaginas();
        comprobarQueLaTablaEstaCompleta("la página", registro.keySet(), ReglasDeAcceso.PAGINAS);
        Datos d = datos();
        List<String> fallas = new ArrayList<>();
        List<String[]> negadas = new ArrayList<>();
        StringBuilder matriz = new StringBuilder();
        for (Actor a : Actor.values()) {
            SesionWeb s = a.anonimo() ? SesionWeb.anonima() : SesionWeb.ingresar(base, a.usuario, a.otp);
            for (Map.Entry<String, String> p : registro.entrySet()) {
                Regla r = ReglasDeAcceso.PAGINAS.get(p.getKey());
                // Un servlet con comodín («datos-abiertos/*») se pide en su raíz.
                String url = base + p.getKey().replace("*", "") + parametrosDePagina(r, d);
                HttpResponse<String> resp = s.get(url);
                String visto = r.alcance() == Alcance.PUBLICA && resp.statusCode() == 200 ? "PUBLICA"
                        : resultadoDePagina(resp);
                String esperado = esperadoPagina(a, r);
                if ("PROHIBIDA".equals(visto) && !a.anonimo()) {
                    negadas.add(new String[] {a.usuario, "/" + p.getKey()});
                }
                matriz.append(a).append(' ').append(p.getKey()).append(" → ").append(visto).append('\n');
                if (!esperado.equals(visto)) {
                    fallas.add(a + " " + p.getKey() + ": esperaba " + esperado + " y vio " + visto + " (" + resp.statusCode()
                            + ")");
                }
            }
        }
        System.out.println("Matriz de acceso de las páginas:\n" + matriz);
        assertTrue(fallas.isEmpty(), fallas.size() + " páginas no cumplen ReglasDeAcceso:\n" + String.join("\n", fallas));

        // Cada 403 de una página, sea de web.xml o de la página misma, queda en el rastro con quién y qué página.
        assertTrue(negadas.size() > 10, "la matriz debe negar páginas: " + negadas.size());
        String auditora = Demo.token(Actor.AUDITORA.usuario, true);
        List<String> sinRastro = new ArrayList<>();
        for (String[] n : negadas) {
            HttpResponse<String> r = api("GET", "auditoria?accion=ACCESO_DENEGADO&entidad=pagina&usuario="
                    + URLEncoder.encode(n[0], StandardCharsets.UTF_8) + "&entidadId="
                    + URLEncoder.encode(n[1], StandardCharsets.UTF_8), auditora, null);
            if (r.statusCode() != 200 || Demo.json("{\"a\":" + r.body() + "}").getJsonArray("a").isEmpty()) {
                sinRastro.add(n[0] + " " + n[1] + " (" + r.statusCode() + ")");
            }
        }
        assertTrue(sinRastro.isEmpty(), sinRastro.size() + " páginas negadas sin entrada en el rastro:\n"
                + String.join("\n", sinRastro));
    }

    /** Las páginas del WAR (todo .xhtml fuera de WEB-INF y META-INF) y los servlets anotados de la aplicación. */
    private static Map<String, String> registroPaginas() throws Exception {
        Map<String, String> r = new TreeMap<>();
        File war = new File(System.getProperty("ruta.raiz", "."), "target/ruta.war");
        try (ZipFile zip = new ZipFile(war)) {
            zip.stream().map(z -> z.getName())
                    .filter(n -> n.endsWith(".xhtml") && !n.startsWith("WEB-INF/") && !n.startsWith("META-INF/"))
                    .forEach(n -> r.put(n, "página"));
            List<String> clases = zip.stream().map(z -> z.getName())
                    .filter(n -> n.startsWith("WEB-INF/classes/") && n.endsWith(".class") && !n.contains("$"))
                    .map(n -> n.substring("WEB-INF/classes/".length(), n.length() - 6).replace('/', '.')).toList();
            for (String c : clases) {
                WebServlet ws = Class.forName(c, false, MatrizAccesoIT.class.getClassLoader()).getAnnotation(WebServlet.class);
                if (ws != null) {
                    for (String patron : Stream.concat(Stream.of(ws.value()), Stream.of(ws.urlPatterns())).toList()) {
                        r.put(patron.replaceFirst("^/", ""), "servlet " + c);
                    }
                }
            }
        }
        assertTrue(r.keySet().stream().filter(p -> p.startsWith("app/")).count() > 8, "Registro de páginas incompleto: " + r);
        return r;
    }

    private static String parametrosDePagina(Regla r, Datos d) {
        return switch (r.clave()) {
            case "app/casos/ver.xhtml" -> "?id=" + d.caso();
            case "app/adjuntos/descargar" -> "?id=" + d.adjunto();
            case "app/personas/ver.xhtml" -> "?id=" + d.persona();
            case "app/casos/abrir.xhtml" -> "?persona=" + d.persona();
            case "app/sedes/editar.xhtml" -> "?codigo=CJ-CANAPOTE";
            case "app/indicadores/indicador.xhtml" -> "?codigo=PZ.DDH.8";
            default -> "";
        };
    }

    private static String esperadoPagina(Actor a, Regla r) {
        if (r.alcance() == Alcance.PUBLICA) {
            return "PUBLICA";
        }
        if (a.anonimo()) {
            return "INGRESO";
        }
        if (!r.roles().contains(a.rol)) {
            return "PROHIBIDA";
        }
        if (r.alcance() == Alcance.RETORNO) {
            return "AL_INICIO";
        }
        if (r.alcance() == Alcance.CASO && !a.ve(Ruta.CASA_DE_JUSTICIA, "CJ-CANAPOTE")) {
            return "NO_ENCONTRADA";
        }
        return "VISTA";
    }

    private static final Pattern ERROR_FACES = Pattern.compile("ui-messages-error-summary\">([^<]*)<");

    /**
     * Lo que vio quien pidió la página: INGRESO (lleva a Keycloak), AL_INICIO (redirige al inicio), PROHIBIDA (403),
     * NO_ENCONTRADA (404 o la página con «No se encontró…»), VISTA (200 sin error, o una descarga), PUBLICA (200 sin
     * sesión), ERROR (cualquier otra cosa).
     */
    private String resultadoDePagina(HttpResponse<String> r) {
        int s = r.statusCode();
        String loc = r.headers().firstValue("Location").orElse("");
        if (s == 302 || s == 303) {
            if (loc.contains("/protocol/openid-connect/auth")) {
                return "INGRESO";
            }
            return loc.endsWith("/app/inicio.xhtml") ? "AL_INICIO" : "REDIRECCION " + loc;
        }
        if (s == 403) {
            return "PROHIBIDA";
        }
        if (s == 404) {
            return "NO_ENCONTRADA";
        }
        if (s == 200 && r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment")) {
            return "VISTA";
        }
        if (s == 200) {
            List<String> errores = ERROR_FACES.matcher(r.body()).results().map(m -> m.group(1)).toList();
            if (errores.stream().anyMatch(e -> e.startsWith("No se encontró"))) {
                return "NO_ENCONTRADA";
            }
            if (!errores.isEmpty()) {
                return "ERROR " + errores;
            }
            if (r.body().contains("id=\"nombre-usuario\"")) {
                return "VISTA";
            }
            return "PUBLICA";
        }
        return "ERROR " + s;
    }

    // ------------------------------------------------------------------------------ adivinar identificadores

    @Test
    void adivinarIdentificadoresDeOtraSedeDaLoMismoQueUnoInexistenteEnLaApiYEnLasPaginas() throws Exception {
        Datos d = datos();
        Map<String, Endpoint> registro = registroApi();
        List<String> fallas = new ArrayList<>();
        int comparadas = 0;
        for (Actor a : Actor.values()) {
            if (a.anonimo() || (a.rol != Rol.GESTOR && a.rol != Rol.COORDINADOR)) {
                continue;
            }
            String token = Demo.token(a.usuario, a.otp);
            for (Endpoint e : registro.values()) {
                Regla r = ReglasDeAcceso.API.get(e.clave());
                if (r == null || !r.roles().contains(a.rol) || r.alcance() == Alcance.LIBRE) {
                    continue;
                }
                for (Ajeno aj : ajenosDe(a, d)) {
                    String conAjeno = rellenar(e.ruta(), aj.datos(), false);
                    String conInexistente = rellenar(e.ruta(), aj.datos(), true);
                    if (conAjeno.equals(conInexistente)) {
                        continue;
                    }
                    HttpResponse<String> ra = llamar(e, conAjeno, token);
                    HttpResponse<String> ri = llamar(e, conInexistente, token);
                    comparadas++;
                    if (r.alcance() == Alcance.PERSONA_IDENTIDAD) {
                        // La identidad sí se ve (para no duplicar personas); nada más.
                        assertEquals(200, ra.statusCode(), a + " " + conAjeno);
                        JsonObject p = Demo.json(ra.body());
                        for (String dato : List.of("telefono", "barrio", "direccion", "correo", "consentimientos")) {
                            if (p.containsKey(dato)) {
                                fallas.add(a + " " + conAjeno + " ve «" + dato + "» de una persona de otra sede");
                            }
                        }
                        if (!p.getJsonArray("casos").isEmpty()) {
                            fallas.add(a + " " + conAjeno + " ve casos de otra sede: " + p.getJsonArray("casos"));
                        }
                        continue;
                    }
                    String cuerpoA = sinIds(ra.body(), aj);
                    String cuerpoI = sinIds(ri.body(), aj);
                    if (ra.statusCode() != ri.statusCode() || !cuerpoA.equals(cuerpoI)) {
                        fallas.add(a + " " + e.metodo() + " " + conAjeno + " → " + ra.statusCode() + " " + recortar(ra.body())
                                + "  pero " + conInexistente + " → " + ri.statusCode() + " " + recortar(ri.body()));
                    }
                    for (String secreto : aj.secretos()) {
                        if (ra.body().contains(secreto) && !conAjeno.contains(secreto)) {
                            fallas.add(a + " " + conAjeno + " deja ver «" + secreto + "»");
                        }
                    }
                }
            }
        }
        assertTrue(comparadas > 40, "Se compararon muy pocas llamadas: " + comparadas);

        // Con cuerpos válidos (el de la matriz es vacío y se rechaza antes): cambiar una persona de otra sede, o
        // registrarle una autorización, responde como si no existiera y no devuelve sus datos (antes lo permitía).
        String ajena = Demo.token("gestor.comisaria");
        String autorizacion = "{\"fecha\":\"2025-03-01\",\"alcance\":\"DATOS_PERSONALES\",\"soporte\":\"Formato\"}";
        for (long id : new long[] {d.persona(), INEXISTENTE}) {
            HttpResponse<String> r = api("POST", "personas/" + id + "/consentimientos", ajena, autorizacion);
            assertEquals(404, r.statusCode(), "Autorización a una persona de otra sede: " + r.body());
            assertFalse(r.body().contains(d.barrio()), r.body());
            r = api("PUT", "personas/" + id, ajena, "{\"version\":1,\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"1\","
                    + "\"nombres\":\"Cambiado\",\"apellidos\":\"Por otra sede\"}");
            assertEquals(404, r.statusCode(), "Corregir una persona de otra sede: " + r.body());
        }
        assertTrue(json(api("GET", "personas/" + d.persona(), Demo.token("gestora.canapote"), null), 200).getString("nombres")
                .equals("Matriz"), "La persona no cambió");

        // Las páginas con ?id= y la descarga de adjuntos, con sesión de navegador de otra sede y fuera del equipo.
        for (Actor a : List.of(Actor.GESTOR_COMISARIA, Actor.GESTOR_SICC)) {
            SesionWeb s = SesionWeb.ingresar(base, a.usuario, false);
            for (Ajeno aj : ajenosDe(a, d)) {
                paginaIgualQueInexistente(s, "app/casos/ver.xhtml?id=", aj.caso(), aj, fallas);
                paginaIgualQueInexistente(s, "app/adjuntos/descargar?id=", aj.adjunto(), aj, fallas);
                HttpResponse<String> persona = s.get(base + "app/personas/ver.xhtml?id=" + aj.persona());
                for (String secreto : aj.secretos()) {
                    if (persona.body().contains(secreto)) {
                        fallas.add(a + " ve «" + secreto + "» en la página de una persona de otra sede o ruta reservada");
                    }
                }
            }
        }
        assertTrue(fallas.isEmpty(), String.join("\n", fallas));
    }

    /** Lo que un actor no puede ver, con los textos que no deben aparecer en ninguna respuesta. */
    record Ajeno(Datos datos, long caso, long persona, long adjunto, List<String> secretos) {
    }

    private static List<Ajeno> ajenosDe(Actor a, Datos d) {
        List<Ajeno> r = new ArrayList<>();
        if (!a.ve(Ruta.CASA_DE_JUSTICIA, "CJ-CANAPOTE")) {
            r.add(new Ajeno(d, d.caso(), d.persona(), d.adjunto(), List.of(d.radicado(), d.barrio(), d.narrativa())));
        }
        if (!a.ve(Ruta.TRATA_DE_PERSONAS, "SICC")) {
            Datos trata = new Datos(d.casoTrata(), d.radicadoTrata(), d.personaTrata(), d.nombreTrata(), d.barrio(),
                    d.narrativa(), d.adjuntoTrata(), d.atencion(), d.remision(), d.seguimiento(), d.reporte(),
                    d.casoTrata(), d.radicadoTrata(), d.personaTrata(), d.nombreTrata(), d.adjuntoTrata(),
                    d.actividad(), d.evidencia(), d.tipoActividad());
            r.add(new Ajeno(trata, d.casoTrata(), d.personaTrata(), d.adjuntoTrata(),
                    List.of(d.radicadoTrata(), "Relato reservado de trata")));
        }
        return r;
    }

    private void paginaIgualQueInexistente(SesionWeb s, String pagina, long id, Ajeno aj, List<String> fallas)
            throws IOException, InterruptedException {
        HttpResponse<String> ajena = s.get(base + pagina + id);
        HttpResponse<String> inexistente = s.get(base + pagina + INEXISTENTE);
        String va = resultadoDePagina(ajena) + " " + ERROR_FACES.matcher(ajena.body()).results().map(m -> m.group(1))
                .map(t -> t.replace(String.valueOf(id), "#")).toList();
        String vi = resultadoDePagina(inexistente) + " " + ERROR_FACES.matcher(inexistente.body()).results()
                .map(m -> m.group(1)).map(t -> t.replace(String.valueOf(INEXISTENTE), "#")).toList();
        if (!va.equals(vi) || !va.startsWith("NO_ENCONTRADA")) {
            fallas.add(s.usuario() + " " + pagina + id + " → " + va + " pero " + pagina + INEXISTENTE + " → " + vi);
        }
        for (String secreto : aj.secretos()) {
            if (ajena.body().contains(secreto)) {
                fallas.add(s.usuario() + " ve «" + secreto + "» en " + pagina + id);
            }
        }
    }

    /** La respuesta sin los identificadores pedidos (que la respuesta puede repetir: «No se encontró el caso 12»). */
    private static String sinIds(String cuerpo, Ajeno aj) {
        String r = cuerpo.replace(aj.datos().radicado(), "#").replace("RUTA-2099-999999", "#");
        for (long id : new long[] {INEXISTENTE, aj.caso(), aj.persona(), aj.adjunto()}) {
            r = r.replaceAll("\\b" + id + "\\b", "#");
        }
        return r;
    }

    // ------------------------------------------------------------------------------------------ inyección

    static final List<String> INYECCIONES = List.of("' OR 1=1 --", "\" OR \"\"=\"", "1; DROP TABLE caso; --",
            "%", "_", "%%", "%' OR '%'='", "' UNION SELECT usuario, clave FROM mysql.user --", "1' AND SLEEP(3)--",
            "\\", "ñandú Ω 🙂 نص", "\u0000", "${7*7}", "#{7*7}", "<script>alert(1)</script>", "../../etc/passwd",
            "x".repeat(5000));

    /** Los filtros y búsquedas de la API, cada uno con el actor que lo usa. */
    private static final Map<String, Actor> FILTROS = Map.ofEntries(
            Map.entry("personas?nombre=", Actor.GESTOR_COMISARIA),
            Map.entry("personas/coincidencias?tipoDocumento=CC&numeroDocumento=", Actor.GESTOR_COMISARIA),
            Map.entry("personas/coincidencias?tipoDocumento=CC&numeroDocumento=1&nombres=", Actor.GESTOR_COMISARIA),
            Map.entry("personas/coincidencias?tipoDocumento=CC&numeroDocumento=1&nombres=A&apellidos=", Actor.GESTOR_COMISARIA),
            Map.entry("personas/coincidencias?tipoDocumento=", Actor.GESTOR_COMISARIA),
            Map.entry("casos?texto=", Actor.GESTOR_COMISARIA),
            Map.entry("casos?mios=false&texto=", Actor.COORDINADOR_COMISARIA),
            Map.entry("casos?mios=false&sede=", Actor.COORDINADOR_COMISARIA),
            Map.entry("casos?mios=false&ruta=", Actor.COORDINADOR_COMISARIA),
            Map.entry("casos?mios=false&estado=", Actor.COORDINADOR_COMISARIA),
            Map.entry("casos?mios=false&gestor=", Actor.COORDINADOR_COMISARIA),
            Map.entry("casos?mios=false&desde=", Actor.COORDINADOR_COMISARIA),
            Map.entry("casos?mios=false&hasta=", Actor.COORDINADOR_COMISARIA),
            Map.entry("casos?mios=false&pagina=", Actor.COORDINADOR_COMISARIA),
            Map.entry("casos?mios=false&tamano=", Actor.COORDINADOR_COMISARIA),
            Map.entry("casos/radicado/", Actor.COORDINADOR_COMISARIA),
            Map.entry("sedes?tipo=", Actor.GESTOR_COMISARIA),
            Map.entry("sedes?estado=", Actor.GESTOR_COMISARIA),
            Map.entry("sedes?corte=", Actor.GESTOR_COMISARIA),
            Map.entry("sedes/", Actor.GESTOR_COMISARIA),
            Map.entry("auditoria?pagina=", Actor.AUDITORA),
            Map.entry("auditoria?tamano=", Actor.AUDITORA),
            Map.entry("indicadores?anio=", Actor.COORDINADOR_COMISARIA),
            Map.entry("indicadores?corte=", Actor.COORDINADOR_COMISARIA),
            Map.entry("indicadores/PZ.VIC.9?corte=", Actor.COORDINADOR_COMISARIA),
            Map.entry("indicadores/", Actor.COORDINADOR_COMISARIA),
            Map.entry("indicadores/reportes?estado=", Actor.COORDINADOR_COMISARIA));

    @Test
    void lasInyeccionesPorFiltrosYBusquedasNoCambianNadaNiDejanVerOtraSede() throws Exception {
        Datos d = datos();
        String gestora = Demo.token("gestora.canapote");
        String antesCasos = enviarGet("casos?mios=false&tamano=500", gestora).body();
        String antesSedes = enviarGet("sedes", gestora).body();
        List<String> fallas = new ArrayList<>();
        int probadas = 0;
        for (Map.Entry<String, Actor> f : new TreeMap<>(FILTROS).entrySet()) {
            Actor a = f.getValue();
            String token = Demo.token(a.usuario, a.otp);
            for (String carga : INYECCIONES) {
                String codificada = URLEncoder.encode(carga, StandardCharsets.UTF_8).replace("+", "%20");
                HttpResponse<String> r = enviarGet(f.getKey() + codificada, token);
                probadas++;
                String donde = a + " GET " + f.getKey() + recortar(carga);
                // Un filtro de consulta responde 200 o 400 (o 414 si la dirección es demasiado larga); un segmento de
                // la ruta, además 404.
                Set<Integer> validos = f.getKey().endsWith("/") ? Set.of(200, 400, 404, 414) : Set.of(200, 400, 414);
                if (!validos.contains(r.statusCode())) {
                    fallas.add(donde + " → " + r.statusCode() + " " + recortar(r.body()));
                    continue;
                }
                // La auditora lee el rastro de todas las sedes (es su función): ahí los radicados no son una fuga.
                List<String> secretos = f.getKey().startsWith("auditoria") ? List.of(d.barrio(), d.narrativa())
                        : List.of(d.radicado(), d.radicadoTrata(), d.barrio(), d.narrativa());
                for (String secreto : secretos) {
                    if (r.body().contains(secreto)) {
                        fallas.add(donde + " deja ver «" + secreto + "» de otra sede");
                    }
                }
                if (r.statusCode() == 200 && f.getKey().startsWith("casos?")) {
                    JsonArray casos = Demo.json(r.body()).getJsonArray("casos");
                    for (JsonValue c : casos) {
                        String sede = c.asJsonObject().getString("sede");
                        if (!a.sedes.contains(sede)) {
                            fallas.add(donde + " devuelve un caso de la sede " + sede);
                        }
                    }
                }
                if (r.statusCode() == 200 && f.getKey().startsWith("personas?")) {
                    JsonArray personas = Demo.json(r.body()).getJsonArray("personas");
                    // «' OR …» trae la palabra «or»: los nombres que la contienen (Torres, Lorena…) son una coincidencia
                    // legítima; cualquier otro resultado sería el comodín sin escapar.
                    boolean soloConOr = personas.stream().allMatch(x -> co.gov.cartagena.ruta.comun.Textos.sinTildes(
                            x.asJsonObject().getString("nombres", "") + " " + x.asJsonObject().getString("apellidos", ""))
                            .toLowerCase().contains("or"));
                    boolean traeOr = carga.toLowerCase().contains(" or ");
                    if (!personas.isEmpty() && Set.of("%", "_", "%%", "%' OR '%'='", "' OR 1=1 --").contains(carga)
                            && !(traeOr && soloConOr)) {
                        fallas.add(donde + " devuelve " + personas.size() + " personas: el comodín no se escapó");
                    }
                }
                if (r.statusCode() == 200 && r.body().contains("\"49\"")) {
                    fallas.add(donde + " evaluó una expresión: " + recortar(r.body()));
                }
            }
        }
        assertTrue(fallas.isEmpty(), fallas.size() + " de " + probadas + " intentos fallaron:\n" + String.join("\n", fallas));
        assertEquals(antesCasos, enviarGet("casos?mios=false&tamano=500", gestora).body(), "Los casos no cambiaron");
        assertEquals(antesSedes, enviarGet("sedes", gestora).body(), "Las sedes no cambiaron");
    }

    private HttpResponse<String> enviarGet(String ruta, String token) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/" + ruta)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
    }

    // ------------------------------------------------------------------------------------ la entrada mala

    /** Lo más que una respuesta puede repetir seguido de un valor recibido (ErrorApi cita a lo sumo 60). */
    private static final int EXTRACTO = 80;
    private static final String VENENO = "Z".repeat(20_000) + "\u0000\u001b[31m";

    /** Los campos que leen los cuerpos de la API (los de Entrada en los recursos); cada uno recibe cada veneno. */
    private static final List<String> CAMPOS = List.of("ruta", "sede", "personaId", "rolPersona", "fechaApertura",
            "narrativa", "datos", "version", "estado", "motivo", "tipo", "fecha", "notas", "entidad", "sedeDestino",
            "comparteDatos", "justificacion", "respuesta", "descripcion", "fechaVencimiento", "resultado", "rol",
            "gestor", "texto", "tipoDocumento", "numeroDocumento", "nombres", "apellidos", "fechaNacimiento", "sexo",
            "identidadGenero", "orientacionSexual", "etnia", "discapacidad", "nacionalidad", "estatusMigratorio",
            "victimaConflicto", "registradaRuv", "telefono", "correo", "direccion", "localidad", "barrio", "alcance",
            "soporte", "conservadaId", "codigo", "nombre", "padre", "desde", "reapertura", "completa", "detalle",
            "lugar", "participantes", "objeto", "personas", "etiquetaObjeto", "objetoRequerido", "anio", "valor",
            "fuente", "fechaDato", "lineaBaseTexto", "metaTexto", "unidad", "regla", "fechaCorte", "numerador",
            "denominador", "evidencia", "observacion");
    private static final List<String> NUMEROS = List.of("1e308", "18446744073709551617", "9223372036854775808",
            "1.9", "-1", "4294967297");
    private static final List<String> FECHAS = List.of("\"0001-01-01\"", "\"9999-12-31\"", "\"+10000-01-01\"");
    private static final List<String> PARAMETROS_MALOS = List.of("Z".repeat(5_000), "99999999999999999999999",
            "1.9", "-1", "9999-12-31", "%0A%1B", "%E2%80%AE");
    /**
     * Solo en la consulta: un NUL o bytes que no son UTF-8 en la ruta los rechaza el servidor HTTP (Grizzly) con un 400
     * vacío antes de que la petición llegue a Ruta.
     */
    private static final List<String> CONSULTA_MALA = List.of("%00", "%FF%FE", "%E2%80%AE%FF");

    /**
     * La batería del issue 11 contra cada operación del documento {@code /openapi}, con un token de un rol que puede
     * llamarla: cuerpos que no son un objeto, anidados 1.001 niveles, mal formados, de más de 256 KB, en otro tipo de
     * contenido o que no son UTF-8; cada campo conocido con un texto de 20.000 caracteres con NUL y controles, con
     * números enormes, fraccionarios o negativos y con fechas fuera de rango; y cada parámetro de la ruta y de la
     * consulta con valores malos. Ninguna respuesta es 5xx, todo error es el JSON de ErrorApi y ningún error repite más de
     * {@value #EXTRACTO} caracteres seguidos de lo enviado. (Un 2xx puede mostrar lo que ya estaba guardado: el rastro
     * de auditoría registra las rutas pedidas.)
     */
    @Test
    void ningunaEntradaMalaLlegaA500NiSaleSinJsonNiSeRepite() throws Exception {
        Map<String, Endpoint> registro = registroApi();
        Map<String, List<String>> consultas = parametrosDeConsulta();
        Datos d = datos();
        List<String> fallas = new ArrayList<>();
        int llamadas = 0;
        int conCuerpo = 0;
        for (Endpoint e : registro.values()) {
            Actor actor = actorPara(e.permitidos());
            if (actor == null) {
                continue;
            }
            String token = Demo.token(actor.usuario, actor.otp);
            String ruta = rellenar(e.ruta(), d, false);
            List<Intento> intentos = new ArrayList<>();
            if (e.tipoCuerpo() != null && e.tipoCuerpo().contains("json")) {
                conCuerpo++;
                for (String c : List.of("[]", "null", "\"x\"", "123", "true", "{\"a\":", "{}}", "{\"a\":1,}",
                        "[".repeat(1001) + "]".repeat(1001), "{\"a\":".repeat(1001) + "1" + "}".repeat(1001))) {
                    intentos.add(new Intento(ruta, "application/json", c.getBytes(StandardCharsets.UTF_8), c));
                }
                intentos.add(new Intento(ruta, "application/json",
                        ("{\"texto\":\"" + "Z".repeat(300 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8), "300 KB"));
                intentos.add(new Intento(ruta, "text/plain", "{}".getBytes(StandardCharsets.UTF_8), "text/plain"));
                intentos.add(new Intento(ruta, "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8), "xml"));
                intentos.add(new Intento(ruta, "application/json", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff,
                        (byte) 0xfe, '"', '}'}, "no UTF-8"));
                String veneno = jakarta.json.Json.createValue(VENENO).toString();
                for (String campo : CAMPOS) {
                    intentos.add(cuerpo(ruta, "{\"" + campo + "\":" + veneno + "}"));
                    for (String n : NUMEROS) {
                        intentos.add(cuerpo(ruta, "{\"" + campo + "\":" + n + "}"));
                    }
                }
                for (String campo : CAMPOS) {
                    if (campo.startsWith("fecha") || campo.equals("desde")) {
                        FECHAS.forEach(f -> intentos.add(cuerpo(ruta, "{\"" + campo + "\":" + f + "}")));
                    }
                }
                intentos.add(cuerpo(ruta, "{\"datos\":{\"" + "k".repeat(5_000) + "\":\"x\"}}"));
                intentos.add(cuerpo(ruta, "{\"personas\":[1.5, 18446744073709551617]}"));
            }
            Matcher m = PARAMETRO.matcher(e.ruta());
            while (m.find()) {
                for (String malo : PARAMETROS_MALOS) {
                    String conMalo = rellenar(e.ruta().replace(m.group(), "@@"), d, false).replace("@@", malo);
                    intentos.add(sinCuerpo(conMalo, e));
                }
            }
            for (String q : consultas.getOrDefault(e.clave(), List.of())) {
                for (String malo : java.util.stream.Stream.concat(PARAMETROS_MALOS.stream(), CONSULTA_MALA.stream())
                        .toList()) {
                    intentos.add(sinCuerpo(ruta + "?" + q + "=" + malo, e));
                }
            }
            for (Intento i : intentos) {
                HttpResponse<String> r = enviar(e.metodo(), i, token);
                llamadas++;
                String falla = fallaDeEntrada(r);
                if (falla != null) {
                    fallas.add(actor + " " + e.metodo() + " " + i.ruta().substring(0, Math.min(i.ruta().length(), 80))
                            + " [" + i.describir() + "]: " + falla);
                }
            }
        }
        System.out.println("Batería de entrada mala: " + llamadas + " llamadas a " + registro.size() + " operaciones ("
                + conCuerpo + " con cuerpo JSON)");
        assertTrue(conCuerpo >= 30, "La batería encontró solo " + conCuerpo + " operaciones con cuerpo JSON");
        assertTrue(fallas.isEmpty(), fallas.size() + " de " + llamadas + " respuestas fallaron:\n"
                + String.join("\n", fallas.subList(0, Math.min(fallas.size(), 80))));
    }

    record Intento(String ruta, String tipo, byte[] cuerpo, String descripcion) {
        String describir() {
            return descripcion.length() > 60 ? descripcion.substring(0, 60) + "…" : descripcion;
        }
    }

    private static Intento cuerpo(String ruta, String json) {
        return new Intento(ruta, "application/json", json.getBytes(StandardCharsets.UTF_8), json);
    }

    private static Intento sinCuerpo(String ruta, Endpoint e) {
        if (e.tipoCuerpo() != null && e.tipoCuerpo().contains("json")) {
            return new Intento(ruta, "application/json", "{}".getBytes(StandardCharsets.UTF_8), ruta);
        }
        return new Intento(ruta, null, null, ruta);
    }

    private HttpResponse<String> enviar(String metodo, Intento i, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1" + i.ruta()))
                .timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
        if (i.cuerpo() != null) {
            b.header("Content-Type", i.tipo()).method(metodo, HttpRequest.BodyPublishers.ofByteArray(i.cuerpo()));
        } else {
            b.method(metodo, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Por qué una respuesta a una entrada mala no cumple, o null si cumple. */
    private static String fallaDeEntrada(HttpResponse<String> r) {
        String cuerpo = r.body();
        if (r.statusCode() >= 500) {
            return r.statusCode() + " " + recortar(cuerpo);
        }
        if (r.statusCode() >= 400) {
            if (cuerpo.contains("Z".repeat(EXTRACTO + 1))) {
                return r.statusCode() + ": repite más de " + EXTRACTO + " caracteres de lo enviado";
            }
            String tipo = r.headers().firstValue("Content-Type").orElse("");
            if (!tipo.startsWith("application/json")) {
                return r.statusCode() + " sin JSON (" + tipo + "): " + recortar(cuerpo);
            }
            try {
                JsonObject error = Demo.json(cuerpo);
                if (!error.containsKey("error") || !error.containsKey("mensaje")) {
                    return r.statusCode() + " sin error ni mensaje: " + recortar(cuerpo);
                }
            } catch (RuntimeException ex) {
                return r.statusCode() + " con un cuerpo que no es un objeto JSON: " + recortar(cuerpo);
            }
        }
        return null;
    }

    /** Un actor de demostración con uno de los roles que pueden llamar la operación (el primero en este orden). */
    private static Actor actorPara(Set<Rol> permitidos) {
        for (Actor a : List.of(Actor.GESTORA_CANAPOTE, Actor.COORDINADORA_CANAPOTE, Actor.SUPERVISORA,
                Actor.ADMINISTRADOR, Actor.AUDITORA)) {
            if (permitidos.contains(a.rol)) {
                return a;
            }
        }
        return null;
    }

    /** Los parámetros de consulta de cada operación, del documento {@code /openapi}. */
    private Map<String, List<String>> parametrosDeConsulta() throws Exception {
        HttpResponse<String> doc = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + desplegada.getPort()
                + "/openapi")).header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        JsonObject rutas = Demo.json(doc.body()).getJsonObject("paths");
        Map<String, List<String>> r = new TreeMap<>();
        for (String ruta : rutas.keySet()) {
            String relativa = ruta.substring(ruta.indexOf(RAIZ_API) + RAIZ_API.length());
            for (Map.Entry<String, JsonValue> op : rutas.getJsonObject(ruta).entrySet()) {
                if (op.getValue().getValueType() != JsonValue.ValueType.OBJECT
                        || !op.getValue().asJsonObject().containsKey("parameters")) {
                    continue;
                }
                List<String> nombres = new ArrayList<>();
                for (JsonValue p : op.getValue().asJsonObject().getJsonArray("parameters")) {
                    if ("query".equals(p.asJsonObject().getString("in", ""))) {
                        nombres.add(p.asJsonObject().getString("name"));
                    }
                }
                r.put(op.getKey().toUpperCase() + " " + relativa, nombres);
            }
        }
        return r;
    }

    /**
     * Los casos concretos del issue 11, cada uno con su campo, y nada cambia: la persona, los casos, las remisiones,
     * los seguimientos y los reportes quedan como estaban.
     */
    @Test
    void losCasosDelIssue11DanUn400ConSuCampoYNoCambianNada() throws Exception {
        Datos d = datos();
        String gc = Demo.token("gestora.canapote");
        String cc = Demo.token("coordinadora.canapote");
        String casosAntes = api("GET", "casos?mios=false&tamano=500", gc, null).body();
        String casoAntes = api("GET", "casos/" + d.caso(), gc, null).body();
        String personaAntes = api("GET", "personas/" + d.persona(), gc, null).body();
        String reportesAntes = api("GET", "indicadores/PZ.VIC.9/reportes", cc, null).body();
        int version = Demo.json(personaAntes).getInt("version");

        for (String id : List.of("18446744073709551617", "1.9", "0", "-3", "1e400", "\"1\"")) {
            campo(api("POST", "casos", gc, "{\"ruta\":\"CASA_DE_JUSTICIA\",\"sede\":\"CJ-CANAPOTE\",\"personaId\":" + id
                    + ",\"fechaApertura\":\"2025-03-03\",\"datos\":{\"asunto\":\"FAMILIA\"}}"), 400, "personaId");
            campo(api("POST", "casos/" + d.caso() + "/personas", gc, "{\"version\":0,\"rol\":\"MIEMBRO_HOGAR\","
                    + "\"personaId\":" + id + "}"), 400, "personaId");
        }
        campo(api("PUT", "personas/" + d.persona(), gc, "{\"version\":" + (version + 4_294_967_296L)
                + ",\"tipoDocumento\":\"CC\",\"nombres\":\"Otro\",\"apellidos\":\"Nombre\"}"), 400, "version");
        campo(api("PUT", "personas/" + d.persona(), gc, "{\"version\":" + version
                + ",\"tipoDocumento\":\"CC\",\"nombres\":\"Ana\\u0000\",\"apellidos\":\"Nombre\"}"), 400, "nombres");
        campo(api("PUT", "personas/" + d.persona(), gc, "{\"version\":" + version
                + ",\"tipoDocumento\":\"CC\",\"nombres\":\"Ana\",\"apellidos\":\"Pérez\\u001b[2J\"}"), 400, "apellidos");
        campo(api("PUT", "personas/" + d.persona(), gc, "{\"version\":" + version
                + ",\"tipoDocumento\":\"CC\",\"nombres\":\"" + "A".repeat(121) + "\",\"apellidos\":\"B\"}"), 400, "nombres");
        campo(api("POST", "personas", gc, "{\"tipoDocumento\":\"CC\",\"nombres\":\"Ana\\nMaría\",\"apellidos\":\"B\"}"),
                400, "nombres");
        for (String fecha : List.of("0001-01-01", "1899-12-31", "9999-12-31",
                java.time.LocalDate.now(java.time.ZoneId.of("America/Bogota")).plusDays(2).toString())) {
            campo(api("POST", "personas/" + d.persona() + "/consentimientos", gc, "{\"fecha\":\"" + fecha
                    + "\",\"alcance\":\"DATOS_PERSONALES\",\"soporte\":\"Formato\"}"), 400, "fecha");
        }
        for (String fecha : List.of("9999-12-31", "0001-01-01")) {
            campo(api("POST", "casos/" + d.caso() + "/seguimientos", gc, "{\"descripcion\":\"Llamar\","
                    + "\"fechaVencimiento\":\"" + fecha + "\"}"), 400, "fechaVencimiento");
        }
        campo(api("POST", "casos/" + d.caso() + "/remisiones", gc, "{\"entidad\":\"ICBF\",\"fecha\":\"2025-03-04\","
                + "\"motivo\":\"Remisión\",\"justificacion\":\"" + "J".repeat(1_001) + "\"}"), 400, "justificacion");
        campo(api("POST", "casos/" + d.caso() + "/remisiones", gc, "{\"entidad\":\"ICBF\",\"fecha\":\"2025-03-04\","
                + "\"motivo\":\"Remisión\",\"justificacion\":\"" + "J".repeat(1_000_000) + "\"}"), 413, "cuerpo");
        campo(api("POST", "casos/" + d.caso() + "/remisiones", gc, "{\"entidad\":\"ICBF\",\"fecha\":\"2025-03-04\","
                + "\"motivo\":\"" + "M".repeat(1_001) + "\"}"), 400, "motivo");
        HttpResponse<String> clave = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/casos/" + d.caso()
                        + "/atenciones")).header("Authorization", "Bearer " + gc).header("Content-Type", "application/json")
                .header("Idempotency-Key", "K".repeat(65)).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"tipo\":\"ORIENTACION_JURIDICA\",\"fecha\":\"2025-03-04\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        campo(clave, 400, "Idempotency-Key");
        HttpResponse<String> adjunto = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/casos/" + d.caso()
                        + "/adjuntos")).header("Authorization", "Bearer " + gc)
                .header("Content-Type", "application/octet-stream").header("X-Nombre-Archivo", "a".repeat(201) + ".pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4 acta")).build(), HttpResponse.BodyHandlers.ofString());
        campo(adjunto, 400, "X-Nombre-Archivo");
        for (String valor : List.of("1e308", "9223372036854775808", "-1e20", "0.00001")) {
            campo(api("POST", "indicadores/PZ.VIC.9/reportes", cc, "{\"fechaCorte\":\"2024-06-30\",\"valor\":" + valor
                    + ",\"fuente\":\"Prueba\",\"evidencia\":\"Acta\"}"), 400, "valor");
        }
        for (String cuerpo : List.of("[]", "null", "\"x\"", "123")) {
            campo(api("POST", "casos", gc, cuerpo), 400, "cuerpo");
        }
        campo(api("POST", "casos", gc, "[".repeat(1001) + "]".repeat(1001)), 400, "cuerpo");
        campo(api("POST", "casos", gc, "{\"ruta\":"), 400, "cuerpo");
        HttpResponse<String> sede = campo(api("POST", "sedes", Demo.token("administrador", true), "{\"codigo\":\""
                + "S".repeat(200_000) + "\",\"nombre\":\"Sede\",\"tipo\":\"CASA_DE_JUSTICIA\"}"), 400, "codigo");
        assertTrue(sede.body().length() < 400, "El 400 de /sedes no repite el valor: " + recortar(sede.body()));
        HttpResponse<String> sedeUrl = api("GET", "sedes/" + "S".repeat(4_000), gc, null);
        assertTrue(sedeUrl.statusCode() == 404 && sedeUrl.body().length() < 400, sedeUrl.statusCode() + " "
                + recortar(sedeUrl.body()));

        assertEquals(casosAntes, api("GET", "casos?mios=false&tamano=500", gc, null).body(), "Los casos no cambiaron");
        assertEquals(casoAntes, api("GET", "casos/" + d.caso(), gc, null).body(),
                "El caso (remisiones, seguimientos, personas) no cambió");
        assertEquals(personaAntes, api("GET", "personas/" + d.persona(), gc, null).body(), "La persona no cambió");
        assertEquals(reportesAntes, api("GET", "indicadores/PZ.VIC.9/reportes", cc, null).body(),
                "Los reportes no cambiaron");
    }

    private static HttpResponse<String> campo(HttpResponse<String> r, int estado, String campo) {
        assertEquals(estado, r.statusCode(), r.request().method() + " " + r.uri() + ": " + recortar(r.body()));
        JsonObject error = Demo.json(r.body());
        assertEquals(campo, error.getString("campo", null), recortar(r.body()));
        assertFalse(error.getString("mensaje").isBlank());
        return r;
    }

    // ------------------------------------------------------------------------------------------ los datos

    private synchronized Datos datos() throws Exception {
        if (datos != null) {
            return datos;
        }
        String gc = Demo.token("gestora.canapote");
        String sufijo = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
        String barrio = "Barrio Reservado " + sufijo;
        String narrativa = "Relato reservado de Canapote " + sufijo;
        long persona = crearPersona(gc, "Matriz", "Canapote " + sufijo, barrio);
        JsonObject caso = json(api("POST", "casos", gc, "{\"ruta\":\"CASA_DE_JUSTICIA\",\"sede\":\"CJ-CANAPOTE\","
                + "\"personaId\":" + persona + ",\"fechaApertura\":\"2025-03-03\",\"narrativa\":\"" + narrativa + "\","
                + "\"datos\":{\"asunto\":\"FAMILIA\"}}"), 201);
        long id = caso.getJsonNumber("id").longValue();
        JsonObject conAtencion = json(api("POST", "casos/" + id + "/atenciones", gc,
                "{\"tipo\":\"ORIENTACION_JURIDICA\",\"fecha\":\"2025-03-04\",\"notas\":\"Orientada\"}"), 201);
        JsonObject conRemision = json(api("POST", "casos/" + id + "/remisiones", gc,
                "{\"entidad\":\"ICBF\",\"fecha\":\"2025-03-04\",\"motivo\":\"Restablecimiento de derechos\"}"), 201);
        JsonObject conSeguimiento = json(api("POST", "casos/" + id + "/seguimientos", gc,
                "{\"descripcion\":\"Llamar\",\"fechaVencimiento\":\"2025-03-10\"}"), 201);
        long adjunto = adjuntar(gc, id);

        String gt = Demo.token("gestora.trata");
        long personaTrata = crearPersona(gt, "Trata", "Reservada " + sufijo, barrio);
        JsonObject trata = json(api("POST", "casos", gt, "{\"ruta\":\"TRATA_DE_PERSONAS\",\"sede\":\"SICC\",\"personaId\":"
                + personaTrata + ",\"fechaApertura\":\"2025-03-03\",\"narrativa\":\"Relato reservado de trata\",\"datos\":"
                + aperturaJson(Ruta.TRATA_DE_PERSONAS) + "}"), 201);
        long casoTrata = trata.getJsonNumber("id").longValue();
        long adjuntoTrata = adjuntar(gt, casoTrata);

        JsonObject reporte = json(api("POST", "indicadores/PZ.VIC.9/reportes", Demo.token("coordinadora.canapote"),
                "{\"fechaCorte\":\"2024-03-31\",\"valor\":1,\"fuente\":\"Matriz de acceso\",\"evidencia\":\"Acta\"}"), 201);

        JsonObject actividad = json(api("POST", "actividades", gc, "{\"tipo\":\"JORNADA_MEDIACION_DESARME\","
                + "\"fecha\":\"2025-03-05\",\"lugar\":\"Parque de Canapote\",\"sede\":\"CJ-CANAPOTE\","
                + "\"participantes\":20,\"personas\":[" + persona + "]}"), 201);
        long idActividad = actividad.getJsonNumber("id").longValue();
        HttpResponse<String> ev = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/actividades/" + idActividad
                        + "/evidencias")).header("Authorization", "Bearer " + gc)
                .header("Content-Type", "application/octet-stream").header("X-Nombre-Archivo", "listado.pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4 listado")).build(), HttpResponse.BodyHandlers.ofString());
        long evidencia = json(ev, 201).getJsonNumber("id").longValue();
        String tipoActividad = "MATRIZ_" + sufijo;
        json(api("POST", "actividades/tipos", Demo.token("administrador", true), "{\"codigo\":\"" + tipoActividad
                + "\",\"nombre\":\"Tipo de la matriz " + sufijo + "\",\"objetoRequerido\":false}"), 201);

        datos = new Datos(id, caso.getString("radicado"), persona, "Matriz Canapote " + sufijo, barrio, narrativa,
                adjunto, ultimoId(conAtencion, "atenciones"), ultimoId(conRemision, "remisiones"),
                ultimoId(conSeguimiento, "seguimientos"), reporte.getJsonNumber("id").longValue(),
                casoTrata, trata.getString("radicado"), personaTrata, "Trata Reservada " + sufijo, adjuntoTrata,
                idActividad, evidencia, tipoActividad);
        return datos;
    }

    private long crearPersona(String token, String nombres, String apellidos, String barrio) throws Exception {
        String documento = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        JsonObject p = json(api("POST", "personas", token, "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"" + documento
                + "\",\"nombres\":\"" + nombres + "\",\"apellidos\":\"" + apellidos + "\",\"fechaNacimiento\":\"1990-01-01\"}"),
                201);
        long id = p.getJsonNumber("id").longValue();
        json(api("POST", "personas/" + id + "/consentimientos", token,
                "{\"fecha\":\"2025-03-01\",\"alcance\":\"DATOS_PERSONALES\",\"soporte\":\"Formato firmado\"}"), 200);
        JsonObject leida = json(api("GET", "personas/" + id, token, null), 200);
        json(api("PUT", "personas/" + id, token, "{\"version\":" + leida.getInt("version") + ",\"tipoDocumento\":\"CC\","
                + "\"numeroDocumento\":\"" + documento + "\",\"nombres\":\"" + nombres + "\",\"apellidos\":\"" + apellidos
                + "\",\"fechaNacimiento\":\"1990-01-01\",\"telefono\":\"3001234567\",\"barrio\":\"" + barrio + "\"}"), 200);
        return id;
    }

    private long adjuntar(String token, long caso) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/casos/" + caso + "/adjuntos"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .header("X-Nombre-Archivo", "acta.pdf").POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4 acta"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return json(r, 201).getJsonNumber("id").longValue();
    }

    private static String aperturaJson(Ruta ruta) {
        jakarta.json.JsonObjectBuilder b = jakarta.json.Json.createObjectBuilder();
        co.gov.cartagena.ruta.casos.Ejemplos.apertura(ruta).forEach(b::add);
        return b.build().toString();
    }

    private static long ultimoId(JsonObject caso, String lista) {
        JsonArray a = caso.getJsonArray(lista);
        return a.getJsonObject(a.size() - 1).getJsonNumber("id").longValue();
    }

    private HttpResponse<String> api(String metodo, String ruta, String token, String cuerpo) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/" + ruta))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(cuerpo));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(HttpResponse<String> r, int esperado) {
        assertEquals(esperado, r.statusCode(), r.request().method() + " " + r.uri() + ": " + r.body());
        return Demo.json(r.body());
    }

    static String recortar(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }
}
