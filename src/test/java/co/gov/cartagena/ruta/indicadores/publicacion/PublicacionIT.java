package co.gov.cartagena.ruta.indicadores.publicacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.Ejemplos;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.casos.SolicitudApertura;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.indicadores.cortes.Cortes;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import co.gov.cartagena.ruta.indicadores.calculo.ReglasDelPlan;
import co.gov.cartagena.ruta.persistencia.FuenteDeDatos;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.sedes.DatosSede;
import co.gov.cartagena.ruta.sedes.EstadoSede;
import co.gov.cartagena.ruta.sedes.ServicioSedes;
import co.gov.cartagena.ruta.sedes.TipoSede;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Rendición de cuentas (issue 17), de punta a punta en un solo despliegue. Los pasos van en orden: dentro del
 * servidor se crean los registros y se cierra un corte; desde fuera se comprueba que sin publicar no se ve (página,
 * CSV, JSON, catálogo: 404 o ausente), se publica por la API y lo publicado es exactamente lo congelado; dentro del
 * servidor se prueba cada celda publicada contra los conteos crudos y se cambian los registros; desde fuera, las cifras
 * públicas no se movieron, las peticiones condicionales dan 304 y retirar lo quita; al final, en Chromium, la
 * supervisora publica desde la página de cortes, la página pública muestra las cifras del JSON, y lo retira.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicacionIT {

    static final String MARCA = "PublicacionIT sede ";
    /** Un indicador de meta «incremento» (meta anual = meta de referencia) y su meta 2026 al cerrar el corte. */
    static final String CON_META = "PZ.JUS.1";
    static final BigDecimal META_AL_CERRAR = new BigDecimal("7");
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @Deployment
    static WebArchive despliegue() {
        return Despliegues.ruta(PublicacionIT.class, Ejemplos.class);
    }

    @Inject
    ServicioCasos casos;

    @Inject
    ServicioPersonas personas;

    @Inject
    ServicioSedes sedes;

    @Inject
    Cortes cortes;

    @Inject
    ServicioIndicadores indicadores;

    @Inject
    Publicaciones publicaciones;

    @Inject
    UsuarioActual usuarioActual;

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource datos;

    @ArquillianResource
    URL desplegada;

    /** Lo que vio el cliente al publicar, para compararlo tras cambiar los registros (mismo proceso del cliente). */
    static String jsonPublicado;
    static String csvPublicado;
    static String desagregacionesPublicadas;
    static String etagJson;

    // ---------------------------------------------------------------------------------------- dentro: quién

    private void como(String usuario, List<String> roles, List<String> grupos) {
        usuarioActual.establecer(Usuario.deClaims(usuario, usuario, null, roles, grupos));
    }

    private void comoCoordinador(String sede) {
        como("coordinador.publicacion", List.of("coordinador", "gestor"), List.of("/sedes/" + sede, "/equipos/trata",
                "/equipos/proteccion", "/equipos/violencia-familiar", "/equipos/reintegracion"));
    }

    private void comoSupervisor() {
        como("supervisora.publicacion", List.of("supervisor"), List.of("/sedes/SICC"));
    }

    private Persona persona(Sexo sexo, LocalDate nacimiento) {
        String doc = String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
        return personas.registrar(DatosPersona.minimos(TipoDocumento.CC, doc, "Persona", "Publicada " + doc,
                nacimiento, sexo), null);
    }

    private Caso abrir(Ruta ruta, String sede, Persona p, LocalDate fecha) {
        return casos.abrir(new SolicitudApertura(ruta, sede, p.getId(), null, fecha, "Relato",
                new LinkedHashMap<>(Ejemplos.apertura(ruta)), null));
    }

    private Cortes.Corte corteDeLaPrueba() {
        comoSupervisor();
        return cortes.listar().stream().filter(c -> c.observacion() != null && c.observacion().startsWith(MARCA))
                .max((a, b) -> Long.compare(a.id(), b.id())).orElseThrow();
    }

    // ---------------------------------------------------------------------------------------- 1. registros y corte

    @Test
    @Order(1)
    void registrosYUnCorteCerradoQueSoloElSupervisorPublica() {
        como("administrador.publicacion", List.of("administrador"), List.of("/sedes/SICC"));
        // La meta 2026 con que se cierra el corte (el paso 2 la cambia después del cierre y antes de publicar).
        indicadores.fijarMetaAnual(CON_META, 2026, META_AL_CERRAR);
        String sede = "TP-" + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        sedes.crear(new DatosSede(sede, "Sede de publicación " + sede, TipoSede.SEDE_ADMINISTRATIVA,
                "Histórica y del Caribe Norte", "Calle 30 # 17-10", null), EstadoSede.EN_OPERACION,
                LocalDate.of(2024, 1, 1), "Sede de prueba");
        comoCoordinador(sede);
        LocalDate apertura = LocalDate.of(2026, 1, 2);
        // Proyectos de vida (PZ.JOV.3, jóvenes de 12 a 28): seis mujeres, dos hombres y una persona intersexual.
        for (int i = 0; i < 6; i++) {
            abrir(Ruta.PROYECTOS_DE_VIDA, sede, persona(Sexo.MUJER, LocalDate.of(2006, 5, 1)), apertura);
        }
        for (int i = 0; i < 2; i++) {
            abrir(Ruta.PROYECTOS_DE_VIDA, sede, persona(Sexo.HOMBRE, LocalDate.of(2009, 5, 1)), apertura);
        }
        abrir(Ruta.PROYECTOS_DE_VIDA, sede, persona(Sexo.INTERSEXUAL, LocalDate.of(2004, 5, 1)), apertura);
        // Trata (PZ.DDH.7, ruta sensible): una persona.
        abrir(Ruta.TRATA_DE_PERSONAS, sede, persona(Sexo.MUJER, LocalDate.of(1999, 5, 1)), apertura);

        comoSupervisor();
        Set<LocalDate> cerradas = new java.util.HashSet<>(cortes.listar().stream().map(Cortes.Corte::fecha).toList());
        LocalDate fecha = LocalDate.of(2026, 1, 5).plusDays(ThreadLocalRandom.current().nextInt(0, 300));
        while (cerradas.contains(fecha)) {
            fecha = fecha.plusDays(1);
        }
        Cortes.Corte corte = cortes.cerrar(fecha, MARCA + sede);

        // Solo un supervisor publica; un corte que no existe no se publica; nada queda publicado por intentarlo.
        comoCoordinador(sede);
        assertThrows(OperacionNoPermitida.class, () -> publicaciones.publicar(corte.id()));
        como("administrador.publicacion", List.of("administrador"), List.of("/sedes/SICC"));
        assertThrows(OperacionNoPermitida.class, () -> publicaciones.publicar(corte.id()));
        comoSupervisor();
        assertThrows(NoEncontrado.class, () -> publicaciones.publicar(Long.MAX_VALUE));
        assertThrows(NoEncontrado.class, () -> publicaciones.retirar(corte.id()), "nunca se publicó");
        assertTrue(publicaciones.publicado(fecha).isEmpty());
        assertTrue(publicaciones.publicadas().stream().noneMatch(p -> p.corteId() == corte.id()));
    }

    // ---------------------------------------------------------------------------------------- 2. publicar (cliente)

    @Test
    @Order(2)
    @RunAsClient
    void sinPublicarNoSeVeYAlPublicarSeVeExactamenteLoCongelado() throws Exception {
        String base = base(desplegada);
        String supervisora = Demo.token("supervisora", true);
        JsonObject corte = corteCliente(base, supervisora);
        long id = corte.getJsonNumber("id").longValue();
        String fecha = corte.getString("fecha");

        // Sin publicar: invisible.
        assertEquals(404, get(base + "publico/avance.xhtml?corte=" + fecha).statusCode());
        assertEquals(404, get(base + "datos-abiertos/cortes/" + fecha + ".csv").statusCode());
        assertEquals(404, get(base + "datos-abiertos/cortes/" + fecha + "-desagregaciones.csv").statusCode());
        assertEquals(404, get(base + "datos-abiertos/cortes/" + fecha + ".json").statusCode());
        HttpResponse<String> catalogo = get(base + "datos-abiertos/");
        assertEquals(200, catalogo.statusCode());
        assertFalse(catalogo.body().contains(fecha), "el catálogo no lista un corte sin publicar");
        String pagina = get(base + "publico/avance.xhtml").body();
        assertFalse(pagina.contains("value=\"" + fecha + "\""), "el selector no ofrece un corte sin publicar");

        // Después del cierre, el administrador cambia una meta anual por la API: no debe cambiar lo que se publica.
        String administrador = Demo.token("administrador", true);
        HttpResponse<String> metaNueva = HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/indicadores/"
                + CON_META + "/metas/2026")).header("Authorization", "Bearer " + administrador)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"valor\":"
                        + META_AL_CERRAR.add(new BigDecimal("3.5")) + "}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metaNueva.statusCode(), metaNueva.body());

        // Publicar: solo la supervisora; un número mal escrito da 400.
        assertEquals(403, api("POST", base, "cortes/" + id + "/publicacion", Demo.token("coordinadora.canapote"))
                .statusCode());
        assertEquals(400, api("POST", base, "cortes/uno/publicacion", supervisora).statusCode());
        HttpResponse<String> publicado = api("POST", base, "cortes/" + id + "/publicacion", supervisora);
        assertEquals(200, publicado.statusCode(), publicado.body());
        assertTrue(Demo.json(publicado.body()).getBoolean("publicado"));
        HttpResponse<String> otraVez = api("POST", base, "cortes/" + id + "/publicacion", supervisora);
        assertEquals(400, otraVez.statusCode(), "ya publicado: " + otraVez.body());

        HttpResponse<String> json = get(base + "datos-abiertos/cortes/" + fecha + ".json");
        assertEquals(200, json.statusCode());
        assertTrue(json.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertTrue(json.headers().firstValue("Cache-Control").orElse("").contains("public"));
        assertNotNull(json.headers().firstValue("Last-Modified").orElse(null));
        etagJson = json.headers().firstValue("ETag").orElseThrow();
        jsonPublicado = json.body();
        JsonObject doc = Demo.json(json.body());
        assertEquals(fecha, doc.getString("fechaCorte"));

        // Exactamente lo congelado: cada cifra del cuatrienio y del año, como la guarda el corte.
        JsonObject revision = Demo.json(api("GET", base, "cortes/" + id, supervisora).body());
        Map<String, JsonObject> publicados = new HashMap<>();
        for (JsonObject i : DocumentoPublico.indicadores(doc)) {
            publicados.put(i.getString("codigo"), i);
        }
        assertEquals(63, publicados.size(), "los 63 indicadores del plan");
        int comparadas = 0;
        for (JsonValue v : revision.getJsonArray("cifras")) {
            JsonObject c = v.asJsonObject();
            JsonObject i = publicados.get(c.getString("codigo"));
            assertNotNull(i, c.getString("codigo"));
            JsonObject donde = c.getInt("anio") == 0 ? i : i.getJsonObject("anio");
            String que = c.getString("codigo") + "/" + c.getInt("anio");
            igual(numero(c, "congelado"), DocumentoPublico.numero(donde, "valor"), que + " valor");
            igual(numero(c, "numeradorCongelado"), DocumentoPublico.numero(donde, "numerador"), que + " numerador");
            igual(numero(c, "denominadorCongelado"), DocumentoPublico.numero(donde, "denominador"), que + " denominador");
            assertEquals(c.getString("semaforoCongelado"), donde.getString("semaforo"), que + " semáforo");
            comparadas++;
        }
        assertEquals(126, comparadas, "63 indicadores × (cuatrienio y año)");

        // La meta publicada es la congelada al cerrar, no la cambiada después (en el año y en la serie).
        JsonObject conMeta = publicados.get(CON_META);
        igual(META_AL_CERRAR, DocumentoPublico.numero(conMeta.getJsonObject("anio"), "meta"), CON_META + " meta 2026");
        igual(META_AL_CERRAR, DocumentoPublico.numero(conMeta.getJsonArray("serie").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getInt("anio") == 2026).findFirst().orElseThrow(), "meta"), CON_META + " serie 2026");
        assertEquals("incremento", conMeta.getString("tipoMeta"));

        // Ninguna celda publicada por debajo del umbral; trata no se desagrega con una sola persona.
        celdasSobreElUmbral(doc);
        JsonObject trata = publicados.get("PZ.DDH.7");
        assertTrue(trata.getJsonArray("desagregaciones").stream().allMatch(d -> d.asJsonObject().getJsonArray("filas")
                .stream().allMatch(f -> f.asJsonObject().entrySet().stream().filter(e -> !e.getKey().equals("categoria"))
                        .allMatch(e -> e.getValue() instanceof jakarta.json.JsonNumber n && (n.longValue() == 0
                                || n.longValue() >= Proteccion.UMBRAL)))), trata.toString());

        // El CSV dice lo mismo que el JSON, y la página también.
        HttpResponse<String> csv = get(base + "datos-abiertos/cortes/" + fecha + ".csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        csvPublicado = csv.body();
        csvIgualAlJson(csv.body(), doc);
        HttpResponse<String> desagregaciones = get(base + "datos-abiertos/cortes/" + fecha + "-desagregaciones.csv");
        assertEquals(200, desagregaciones.statusCode());
        assertTrue(desagregaciones.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(desagregaciones.headers().firstValue("Cache-Control").orElse("").contains("public"));
        assertNotNull(desagregaciones.headers().firstValue("Last-Modified").orElse(null));
        desagregacionesPublicadas = desagregaciones.body();
        desagregacionesIgualesAlJson(desagregaciones.body(), doc);
        celdasSobreElUmbral(desagregaciones.body());
        HttpResponse<String> paginaPublicada = get(base + "publico/avance.xhtml?corte=" + fecha);
        paginaIgualAlJson(paginaPublicada.body(), doc);
        paginaIgualAlCsvDeDesagregaciones(paginaPublicada.body(), desagregaciones.body());
        assertTrue(paginaPublicada.body().contains("/datos-abiertos/cortes/" + fecha + "-desagregaciones.csv\""),
                "La página enlaza el CSV de desagregaciones del corte");
        nonceDeCadaRespuesta(paginaPublicada, get(base + "publico/avance.xhtml?corte=" + fecha));
        assertTrue(paginaPublicada.headers().firstValue("Cache-Control").orElse("").contains("public"));
        assertTrue(paginaPublicada.headers().firstValue("Server-Timing").orElse("").startsWith("app;dur="));
        sinSesionViva(base + "publico/avance.xhtml?corte=" + fecha);
        sinSesionViva(base + "datos-abiertos/cortes/" + fecha + ".json");

        // El catálogo la lista con sus dos distribuciones y el diccionario describe el CSV.
        JsonObject meta = Demo.json(get(base + "datos-abiertos/catalogo.json").body());
        assertTrue(meta.getString("license").contains("creativecommons.org"));
        assertFalse(meta.getString("title").isBlank());
        assertEquals(DocumentoPublico.COLUMNAS.size() + DocumentoPublico.COLUMNAS_DESAGREGACIONES.size(),
                meta.getJsonArray("fields").size());
        assertEquals(DocumentoPublico.COLUMNAS_DESAGREGACIONES, meta.getJsonArray("fields").stream()
                .map(JsonValue::asJsonObject).filter(f -> f.getString("file").endsWith("-desagregaciones.csv"))
                .map(f -> f.getString("name")).toList());
        assertEquals(3, meta.getJsonArray("distribution").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("downloadURL").endsWith("/datos-abiertos/cortes/" + fecha + (d.getString(
                        "mediaType").equals("application/json") ? ".json" : d.getString("title").contains(
                        "desagregaciones") ? "-desagregaciones.csv" : ".csv"))).count(), meta.toString());
        HttpResponse<String> diccionario = get(base + "datos-abiertos/diccionario.csv");
        assertEquals(200, diccionario.statusCode());
        assertTrue(diccionario.body().startsWith("campo,tipo,descripcion,archivo\r\nfecha_corte,"), diccionario.body());
        assertTrue(diccionario.body().contains("\r\npersonas,entero,"), diccionario.body());
    }

    // ---------------------------------------------------------------------------------------- 3. dentro: celdas y cambios

    @Test
    @Order(3)
    void cadaCeldaPublicadaRespetaElUmbralFrenteALosConteosCrudosYCambiarRegistrosNoMueveLoPublicado()
            throws Exception {
        Cortes.Corte corte = corteDeLaPrueba();
        Publicaciones.Publicado p = publicaciones.publicado(corte.fecha()).orElseThrow();
        String antes = p.contenido();

        // Cada indicador y cada desagregación publicada, contra los conteos crudos de las claves congeladas.
        int pequenas = 0;
        int revisadas = 0;
        for (JsonObject i : DocumentoPublico.indicadores(p.documento())) {
            String codigo = i.getString("codigo");
            Map<String, Map<String, Map<String, Long>>> crudos = crudos(corte, codigo);
            Set<String> publicadas = new java.util.HashSet<>();
            for (JsonValue dv : i.getJsonArray("desagregaciones")) {
                JsonObject d = dv.asJsonObject();
                publicadas.add(d.getString("dimension"));
                Map<String, Map<String, Long>> tabla = crudos.get(d.getString("dimension"));
                assertNotNull(tabla, codigo + " " + d);
                for (JsonValue fv : d.getJsonArray("filas")) {
                    JsonObject f = fv.asJsonObject();
                    for (String comp : d.getJsonArray("componentes").getValuesAs(jakarta.json.JsonString.class)
                            .stream().map(jakarta.json.JsonString::getString).toList()) {
                        long crudo = tabla.getOrDefault(f.getString("categoria"), Map.of()).getOrDefault(comp, 0L);
                        revisadas++;
                        if (Proteccion.pequena(crudo)) {
                            pequenas++;
                            assertTrue(f.isNull(comp), codigo + " " + d.getString("dimension") + " "
                                    + f.getString("categoria") + " tiene " + crudo + " personas y se publicó");
                            assertFalse(Proteccion.sensible(codigo), codigo + " es sensible: no se desagrega con "
                                    + "celdas pequeñas");
                        } else if (!f.isNull(comp)) {
                            assertEquals(crudo, f.getJsonNumber(comp).longValue(), codigo + " " + f);
                        }
                    }
                }
            }
            for (String dimension : crudos.keySet()) {
                boolean hayPequena = crudos.get(dimension).values().stream().flatMap(m -> m.values().stream())
                        .anyMatch(Proteccion::pequena);
                if (Proteccion.sensible(codigo) && hayPequena) {
                    assertFalse(publicadas.contains(dimension), codigo + " " + dimension);
                    assertTrue(i.getJsonArray("desagregacionesOmitidas").toString().contains(dimension));
                } else {
                    assertTrue(publicadas.contains(dimension), codigo + " " + dimension + " debía publicarse");
                }
            }
        }
        assertTrue(revisadas > 0 && pequenas > 0, "la prueba debe encontrar celdas pequeñas (la persona intersexual "
                + "de PZ.JOV.3): " + pequenas + " de " + revisadas);
        assertFalse(crudos(corte, "PZ.DDH.7").isEmpty(), "la persona de trata está en las claves congeladas");

        // Después del corte se anula una vinculación anterior: la cifra de hoy cambia, la publicada no.
        String sede = corte.observacion().substring(MARCA.length());
        long casoId;
        try (Connection con = datos.getConnection();
                PreparedStatement ps = con.prepareStatement("SELECT c.id FROM caso c JOIN sede s ON s.id = c.sede_id "
                        + "WHERE s.codigo = ? AND c.ruta = 'PROYECTOS_DE_VIDA' AND c.anulado = FALSE ORDER BY c.id "
                        + "LIMIT 1")) {
            ps.setString(1, sede);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                casoId = rs.getLong(1);
            }
        }
        comoCoordinador(sede);
        casos.anular(casoId, casos.obtener(casoId).getVersion(), "Registrado por error");
        comoSupervisor();
        assertTrue(cortes.revisar(corte.id()).cifras().stream()
                .anyMatch(c -> c.codigo().equals("PZ.JOV.3") && c.anio() == 0 && c.difiere()),
                "la cifra de hoy a la fecha del corte ya no es la congelada");
        Publicaciones.Publicado despues = publicaciones.publicado(corte.fecha()).orElseThrow();
        assertEquals(antes, despues.contenido(), "lo publicado no se mueve");
        assertEquals(p.publicacion().huella(), despues.publicacion().huella());
        assertThrows(ReglaIncumplida.class, () -> publicaciones.publicar(corte.id()), "ya está publicado");
    }

    /** dimensión → categoría → componente → personas, de las claves congeladas del corte (ámbito cuatrienio). */
    private Map<String, Map<String, Map<String, Long>>> crudos(Cortes.Corte corte, String codigo) throws Exception {
        Map<String, Map<String, Map<String, Long>>> r = new TreeMap<>();
        if (!ReglasDelPlan.indicadores().contains(codigo) || !ReglasDelPlan.cuentaPersonas(codigo)) {
            return r;
        }
        String edad = "TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, '" + corte.fecha() + "')";
        Map<String, String> expresiones = Map.of("sexo", "COALESCE(p.sexo, 'SIN_DATO')", "grupoEdad",
                "CASE WHEN p.fecha_nacimiento IS NULL THEN 'SIN_DATO' WHEN " + edad + " < 12 THEN '0-11' WHEN " + edad
                        + " < 18 THEN '12-17' WHEN " + edad + " < 29 THEN '18-28' WHEN " + edad
                        + " < 60 THEN '29-59' ELSE '60+' END");
        try (Connection con = datos.getConnection()) {
            for (var e : expresiones.entrySet()) {
                try (PreparedStatement ps = con.prepareStatement("SELECT x.componente, " + e.getValue() + ", COUNT(*) "
                        + "FROM corte_clave x LEFT JOIN persona p ON p.id = CAST(SUBSTRING(x.clave, 2) AS UNSIGNED) "
                        + "WHERE x.corte_id = ? AND x.indicador = ? AND x.ambito = 0 AND x.clave LIKE 'p%' "
                        + "GROUP BY 1, 2")) {
                    ps.setLong(1, corte.id());
                    ps.setString(2, codigo);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            r.computeIfAbsent(e.getKey(), k -> new TreeMap<>())
                                    .computeIfAbsent(rs.getString(2), k -> new TreeMap<>())
                                    .put(rs.getString(1).trim(), rs.getLong(3));
                        }
                    }
                }
            }
        }
        return r;
    }

    // ---------------------------------------------------------------------------------------- 4. cliente: 304 y retiro

    @Test
    @Order(4)
    @RunAsClient
    void loPublicadoNoSeMueveResponde304YAlRetirarloDesaparece() throws Exception {
        String base = base(desplegada);
        String supervisora = Demo.token("supervisora", true);
        JsonObject corte = corteCliente(base, supervisora);
        long id = corte.getJsonNumber("id").longValue();
        String fecha = corte.getString("fecha");
        String url = base + "datos-abiertos/cortes/" + fecha + ".json";

        // Tras anular un caso anterior al corte, las cifras públicas son las mismas, byte a byte.
        HttpResponse<String> json = get(url);
        assertEquals(jsonPublicado, json.body());
        assertEquals(etagJson, json.headers().firstValue("ETag").orElseThrow());
        assertEquals(csvPublicado, get(base + "datos-abiertos/cortes/" + fecha + ".csv").body());
        String urlDesagregaciones = base + "datos-abiertos/cortes/" + fecha + "-desagregaciones.csv";
        HttpResponse<String> desagregaciones = get(urlDesagregaciones);
        assertEquals(desagregacionesPublicadas, desagregaciones.body());
        paginaIgualAlJson(get(base + "publico/avance.xhtml?corte=" + fecha).body(), Demo.json(jsonPublicado));

        // Peticiones condicionales: misma ETag o sin cambios desde Last-Modified → 304 sin cuerpo.
        HttpResponse<String> conEtag = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                .header("If-None-Match", etagJson).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(304, conEtag.statusCode());
        assertTrue(conEtag.body().isEmpty());
        String modificado = json.headers().firstValue("Last-Modified").orElseThrow();
        assertEquals(304, HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("If-Modified-Since", modificado)
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        assertEquals(200, HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", "\"otra\"")
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        HttpResponse<String> csv = get(base + "datos-abiertos/cortes/" + fecha + ".csv");
        assertNotEquals(etagJson, csv.headers().firstValue("ETag").orElseThrow(), "cada formato tiene su ETag");
        assertEquals(304, HTTP.send(HttpRequest.newBuilder(URI.create(base + "datos-abiertos/cortes/" + fecha + ".csv"))
                .header("If-None-Match", csv.headers().firstValue("ETag").orElseThrow()).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode());
        String etagDesagregaciones = desagregaciones.headers().firstValue("ETag").orElseThrow();
        assertNotEquals(csv.headers().firstValue("ETag").orElseThrow(), etagDesagregaciones);
        assertEquals(304, HTTP.send(HttpRequest.newBuilder(URI.create(urlDesagregaciones))
                .header("If-None-Match", etagDesagregaciones).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode());

        // Retirar: 404 en todo y fuera del catálogo y del selector.
        HttpResponse<String> retirado = api("DELETE", base, "cortes/" + id + "/publicacion", supervisora);
        assertEquals(200, retirado.statusCode(), retirado.body());
        assertFalse(Demo.json(retirado.body()).getBoolean("publicado"));
        assertEquals(400, api("DELETE", base, "cortes/" + id + "/publicacion", supervisora).statusCode(),
                "ya retirado");
        assertEquals(404, get(url).statusCode());
        assertEquals(404, HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etagJson).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode(), "una ETag vieja no revive lo retirado");
        assertEquals(404, get(base + "datos-abiertos/cortes/" + fecha + ".csv").statusCode());
        assertEquals(404, get(urlDesagregaciones).statusCode());
        assertEquals(404, get(base + "publico/avance.xhtml?corte=" + fecha).statusCode());
        assertFalse(get(base + "datos-abiertos/").body().contains(fecha));
        assertFalse(get(base + "publico/avance.xhtml").body().contains("value=\"" + fecha + "\""));

        // Publicar y retirar quedan en la auditoría, con quién.
        HttpResponse<String> rastro = api("GET", base, "auditoria?entidad=corte_publicado&entidadId=" + id,
                Demo.token("auditora", true));
        assertEquals(200, rastro.statusCode(), rastro.body());
        List<String> acciones = Demo.json("{\"a\":" + rastro.body() + "}").getJsonArray("a").stream()
                .map(v -> v.asJsonObject().getString("accion") + " " + v.asJsonObject().getString("usuario")).toList();
        assertTrue(acciones.contains("CREAR supervisora") && acciones.contains("ANULAR supervisora"), acciones.toString());
    }

    // ---------------------------------------------------------------------------------------- 5. navegador

    @Test
    @Order(5)
    @RunAsClient
    void laSupervisoraPublicaDesdeLaPaginaDeCortesYLaPaginaPublicaMuestraLasCifrasDelJson() throws Exception {
        String base = base(desplegada);
        JsonObject corte = corteCliente(base, Demo.token("supervisora", true));
        PaginaPublica.publicarVerYRetirar(base, corte.getString("fecha"));
    }

    // ---------------------------------------------------------------------------------------- 6. tiempos

    /**
     * Mide (sin exigir tiempos) lo que tarda servir un corte publicado: para el JSON, el CSV, el catálogo y un 304,
     * el tiempo del servidor de la cabecera {@code Server-Timing} y el de ida y vuelta en localhost; para la página,
     * el de ida y vuelta (incluye el dibujo de Faces). Las cifras quedan en {@code target/publicacion/tiempos.md}
     * y en la salida; {@code -Dpublicacion.mediciones=N} cambia cuántas peticiones por dirección (200).
     */
    @Test
    @Order(6)
    @RunAsClient
    void tiemposDeServirUnCortePublicado() throws Exception {
        String base = base(desplegada);
        String supervisora = Demo.token("supervisora", true);
        JsonObject corte = corteCliente(base, supervisora);
        long id = corte.getJsonNumber("id").longValue();
        String fecha = corte.getString("fecha");
        HttpResponse<String> publicado = api("POST", base, "cortes/" + id + "/publicacion", supervisora);
        assertEquals(200, publicado.statusCode(), publicado.body());
        String json = base + "datos-abiertos/cortes/" + fecha + ".json";
        String etag = get(json).headers().firstValue("ETag").orElseThrow();
        int n = Integer.getInteger("publicacion.mediciones", 200);
        Map<String, HttpRequest> pedidos = new LinkedHashMap<>();
        pedidos.put("JSON del corte", HttpRequest.newBuilder(URI.create(json)).build());
        pedidos.put("CSV del corte", HttpRequest.newBuilder(URI.create(base + "datos-abiertos/cortes/" + fecha + ".csv"))
                .build());
        pedidos.put("JSON con If-None-Match (304)", HttpRequest.newBuilder(URI.create(json))
                .header("If-None-Match", etag).build());
        pedidos.put("CSV de desagregaciones", HttpRequest.newBuilder(URI.create(base + "datos-abiertos/cortes/" + fecha
                + "-desagregaciones.csv")).build());
        pedidos.put("Catálogo (metadatos)", HttpRequest.newBuilder(URI.create(base + "datos-abiertos/")).build());
        pedidos.put("Página pública del corte", HttpRequest.newBuilder(URI.create(base + "publico/avance.xhtml?corte="
                + fecha)).build());
        StringBuilder tabla = new StringBuilder("| Dirección | Peticiones | Bytes | Servidor p50 / p95 / máx (ms) | "
                + "Ida y vuelta p50 / p95 / máx (ms) |\n|---|---|---|---|---|\n");
        for (var e : pedidos.entrySet()) {
            for (int i = 0; i < 20; i++) {
                HTTP.send(e.getValue(), HttpResponse.BodyHandlers.ofString());
            }
            List<Double> servidor = new ArrayList<>();
            List<Double> total = new ArrayList<>();
            int bytes = 0;
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                HttpResponse<String> r = HTTP.send(e.getValue(), HttpResponse.BodyHandlers.ofString());
                total.add((System.nanoTime() - t0) / 1_000_000.0);
                assertTrue(r.statusCode() == 200 || r.statusCode() == 304, e.getKey() + ": " + r.statusCode());
                bytes = r.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
                r.headers().firstValue("Server-Timing").map(v -> v.replaceAll(".*dur=", ""))
                        .ifPresent(v -> servidor.add(Double.parseDouble(v)));
            }
            tabla.append("| ").append(e.getKey()).append(" | ").append(n).append(" | ").append(bytes).append(" | ")
                    .append(servidor.isEmpty() ? "—" : percentiles(servidor)).append(" | ").append(percentiles(total))
                    .append(" |\n");
        }
        System.out.println("Tiempos de la publicación del corte al " + fecha + ":\n" + tabla);
        java.nio.file.Path salida = java.nio.file.Path.of(System.getProperty("ruta.raiz", "."), "target",
                "publicacion", "tiempos.md");
        java.nio.file.Files.createDirectories(salida.getParent());
        java.nio.file.Files.writeString(salida, tabla.toString());
        assertEquals(200, api("DELETE", base, "cortes/" + id + "/publicacion", supervisora).statusCode());
    }

    private static String percentiles(List<Double> ms) {
        List<Double> o = ms.stream().sorted().toList();
        java.util.function.IntFunction<String> p = k -> String.format(java.util.Locale.ROOT, "%.1f",
                o.get(Math.min(o.size() - 1, (int) Math.ceil(k / 100.0 * o.size()) - 1)));
        return p.apply(50) + " / " + p.apply(95) + " / " + String.format(java.util.Locale.ROOT, "%.1f", o.get(o.size() - 1));
    }

    // ---------------------------------------------------------------------------------------- ayudas del cliente

    static String base(URL desplegada) {
        return "http://localhost:" + desplegada.getPort() + desplegada.getPath();
    }

    static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> api(String metodo, String base, String ruta, String token) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/" + ruta)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).method(metodo, HttpRequest.BodyPublishers.noBody())
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Issue 16: dos supervisores cierran el mismo corte a la vez. Uno lo cierra (201); el otro recibe 400 con
     * {@code campo: fecha} y «Ya hay un corte cerrado al …», nunca un 500 de la llave única, y queda un solo corte.
     */
    @Test
    @Order(7)
    @RunAsClient
    void dosSupervisoresQueCierranElMismoCorteALaVezNoRecibenUnError500() throws Exception {
        String base = base(desplegada);
        String supervisora = Demo.token("supervisora", true);
        java.util.Set<String> cerradas = new java.util.HashSet<>();
        Demo.json("{\"a\":" + api("GET", base, "cortes", supervisora).body() + "}").getJsonArray("a")
                .forEach(c -> cerradas.add(c.asJsonObject().getString("fecha")));
        LocalDate fecha = LocalDate.of(2025, 2, 3);
        while (cerradas.contains(fecha.toString())) {
            fecha = fecha.plusDays(1);
        }
        String cuerpo = "{\"fecha\":\"" + fecha + "\",\"observacion\":\"Cierre simultáneo\"}";
        var inicio = new java.util.concurrent.CountDownLatch(1);
        var hilos = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<HttpResponse<String>>> respuestas = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                respuestas.add(hilos.submit(() -> {
                    inicio.await();
                    return HTTP.send(HttpRequest.newBuilder(URI.create(base + "api/v1/cortes"))
                            .timeout(Duration.ofSeconds(120)).header("Authorization", "Bearer " + supervisora)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(cuerpo)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            inicio.countDown();
            List<Integer> codigos = new ArrayList<>();
            String rechazo = null;
            for (var f : respuestas) {
                HttpResponse<String> r = f.get(3, java.util.concurrent.TimeUnit.MINUTES);
                codigos.add(r.statusCode());
                if (r.statusCode() == 400) {
                    rechazo = r.body();
                }
            }
            java.util.Collections.sort(codigos);
            assertEquals(List.of(201, 400), codigos, "Uno cierra y el otro recibe la regla: " + rechazo);
            assertEquals("fecha", Demo.json(rechazo).getString("campo"), rechazo);
            assertTrue(Demo.json(rechazo).getString("mensaje").contains("Ya hay un corte cerrado al "
                    + fecha.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/uuuu"))), rechazo);
        } finally {
            hilos.shutdownNow();
        }
        String fechaTexto = fecha.toString();
        assertEquals(1, Demo.json("{\"a\":" + api("GET", base, "cortes", supervisora).body() + "}").getJsonArray("a")
                .stream().filter(c -> fechaTexto.equals(c.asJsonObject().getString("fecha"))).count());
    }

    /** El corte que cerró el paso 1 (el más reciente con la marca), visto por la API de cortes. */
    static JsonObject corteCliente(String base, String token) throws Exception {
        HttpResponse<String> r = api("GET", base, "cortes", token);
        assertEquals(200, r.statusCode(), r.body());
        return Demo.json("{\"a\":" + r.body() + "}").getJsonArray("a").stream().map(JsonValue::asJsonObject)
                .filter(c -> !c.isNull("observacion") && c.getString("observacion").startsWith(MARCA))
                .max((a, b) -> Long.compare(a.getJsonNumber("id").longValue(), b.getJsonNumber("id").longValue()))
                .orElseThrow();
    }

    /**
     * Si el servidor abrió una sesión al pedir una dirección pública (lo hace el mecanismo OIDC), ya no existe al
     * volver con su cookie: la segunda petición recibe otra sesión nueva (otro {@code Set-Cookie}).
     */
    static void sinSesionViva(String url) throws Exception {
        HttpResponse<String> primera = get(url);
        assertEquals(200, primera.statusCode());
        java.util.Optional<String> cookie = primera.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";")[0]).findFirst();
        if (cookie.isEmpty()) {
            return;
        }
        HttpResponse<String> segunda = HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookie.get())
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, segunda.statusCode());
        assertTrue(segunda.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("JSESSIONID=")),
                url + ": la sesión abierta por la primera petición sigue viva (" + cookie.get() + ")");
    }

    private static BigDecimal numero(JsonObject o, String campo) {
        return o.containsKey(campo) && !o.isNull(campo) ? o.getJsonNumber(campo).bigDecimalValue() : null;
    }

    private static void igual(BigDecimal esperado, BigDecimal real, String que) {
        assertTrue(esperado == null ? real == null : real != null && esperado.compareTo(real) == 0,
                que + ": congelado " + esperado + ", publicado " + real);
    }

    /** Cada celda de cada desagregación publicada es 0, al menos el umbral, o suprimida (null). */
    static void celdasSobreElUmbral(JsonObject doc) {
        int celdas = 0;
        for (JsonObject i : DocumentoPublico.indicadores(doc)) {
            for (JsonValue d : i.getJsonArray("desagregaciones")) {
                for (JsonValue f : d.asJsonObject().getJsonArray("filas")) {
                    for (var e : f.asJsonObject().entrySet()) {
                        if (e.getKey().equals("categoria") || e.getValue() == JsonValue.NULL) {
                            continue;
                        }
                        long n = ((jakarta.json.JsonNumber) e.getValue()).longValue();
                        celdas++;
                        assertTrue(n == 0 || n >= Proteccion.UMBRAL, i.getString("codigo") + " " + f + ": " + n);
                    }
                }
            }
        }
        assertTrue(celdas > 0, "hay desagregaciones publicadas que revisar");
    }

    /**
     * Cada celda no vacía del CSV de desagregaciones es 0 o al menos el umbral; hay celdas suprimidas (vacías: la
     * persona intersexual de PZ.JOV.3).
     */
    static void celdasSobreElUmbral(String desagregaciones) {
        String[] lineas = desagregaciones.split("\r\n");
        int personas = DocumentoPublico.COLUMNAS_DESAGREGACIONES.indexOf("personas");
        int vacias = 0;
        for (int k = 1; k < lineas.length; k++) {
            String t = campos(lineas[k]).get(personas);
            if (t.isEmpty()) {
                vacias++;
            } else {
                long n = Long.parseLong(t);
                assertTrue(n == 0 || n >= Proteccion.UMBRAL, lineas[k]);
            }
        }
        assertTrue(lineas.length > 1 && vacias > 0, "hay celdas publicadas y suprimidas: " + vacias);
    }

    /**
     * El CSV de desagregaciones tiene exactamente las celdas del JSON, en su orden: una fila por indicador, dimensión,
     * categoría y componente, con el mismo conteo (vacío donde el JSON dice {@code null}).
     */
    static void desagregacionesIgualesAlJson(String csv, JsonObject doc) {
        String[] lineas = csv.split("\r\n");
        assertEquals(DocumentoPublico.COLUMNAS_DESAGREGACIONES, campos(lineas[0]));
        List<List<String>> esperadas = new ArrayList<>();
        for (JsonObject i : DocumentoPublico.indicadores(doc)) {
            for (JsonValue dv : i.getJsonArray("desagregaciones")) {
                JsonObject d = dv.asJsonObject();
                for (JsonValue fv : d.getJsonArray("filas")) {
                    JsonObject f = fv.asJsonObject();
                    for (String c : d.getJsonArray("componentes").getValuesAs(jakarta.json.JsonString.class).stream()
                            .map(jakarta.json.JsonString::getString).toList()) {
                        esperadas.add(List.of(doc.getString("fechaCorte"), i.getString("codigo"),
                                d.getString("dimension"), f.getString("categoria"), c,
                                f.isNull(c) ? "" : String.valueOf(f.getJsonNumber(c).longValue())));
                    }
                }
            }
        }
        List<List<String>> reales = new ArrayList<>();
        for (int k = 1; k < lineas.length; k++) {
            reales.add(campos(lineas[k]));
        }
        assertEquals(esperadas, reales);
    }

    /** Una línea CSV (RFC 4180) en sus campos. */
    static List<String> campos(String linea) {
        List<String> r = new ArrayList<>();
        StringBuilder actual = new StringBuilder();
        boolean comillas = false;
        for (int i = 0; i < linea.length(); i++) {
            char c = linea.charAt(i);
            if (comillas) {
                if (c == '"' && i + 1 < linea.length() && linea.charAt(i + 1) == '"') {
                    actual.append('"');
                    i++;
                } else if (c == '"') {
                    comillas = false;
                } else {
                    actual.append(c);
                }
            } else if (c == '"') {
                comillas = true;
            } else if (c == ',') {
                r.add(actual.toString());
                actual.setLength(0);
            } else {
                actual.append(c);
            }
        }
        r.add(actual.toString());
        return r;
    }

    static void csvIgualAlJson(String csv, JsonObject doc) {
        String[] lineas = csv.split("\r\n");
        List<String> cabecera = campos(lineas[0]);
        assertEquals(DocumentoPublico.COLUMNAS, cabecera);
        List<JsonObject> indicadores = DocumentoPublico.indicadores(doc);
        assertEquals(indicadores.size() + 1, lineas.length, "una fila por indicador");
        for (int k = 0; k < indicadores.size(); k++) {
            JsonObject i = indicadores.get(k);
            List<String> f = campos(lineas[k + 1]);
            assertEquals(cabecera.size(), f.size(), lineas[k + 1]);
            Map<String, String> fila = new LinkedHashMap<>();
            for (int c = 0; c < cabecera.size(); c++) {
                fila.put(cabecera.get(c), f.get(c));
            }
            assertEquals(i.getString("codigo"), fila.get("codigo"));
            assertEquals(i.getString("nombre"), fila.get("indicador"));
            assertEquals(doc.getString("fechaCorte"), fila.get("fecha_corte"));
            for (String[] par : new String[][] {{"valor", "valor"}, {"numerador", "numerador"},
                {"denominador", "denominador"}, {"lineaBase", "linea_base"}, {"meta", "meta_cuatrienio"},
                {"avancePct", "avance_pct"}}) {
                BigDecimal j = DocumentoPublico.numero(i, par[0]);
                String t = fila.get(par[1]);
                assertTrue(j == null ? t.isEmpty() : !t.isEmpty() && j.compareTo(new BigDecimal(t)) == 0,
                        i.getString("codigo") + " " + par[1] + ": JSON " + j + ", CSV «" + t + "»");
                assertFalse(t.contains(" "), "sin separador de miles");
            }
            assertEquals(i.getString("semaforo"), fila.get("semaforo"));
            assertEquals(i.getJsonObject("anio").getString("semaforo"), fila.get("semaforo_anio"));
        }
    }

    private static final Pattern FILA = Pattern.compile("<tr [^>]*class=\"pub-fila\"[^>]*>");
    private static final Pattern DESAGREGACION = Pattern.compile("<table class=\"ind-tabla pub-desagregacion\"[^>]*>"
            + "(.*?)</table>", Pattern.DOTALL);
    private static final Pattern CATEGORIA = Pattern.compile("<tr data-categoria=[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELDA = Pattern.compile("<td [^>]*class=\"[^\"]*pub-celda[^>]*>");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    /**
     * Cada celda de desagregación de la página (sus atributos data-: indicador, dimensión, categoría, componente y
     * personas) es la fila del CSV de desagregaciones, en el mismo orden, y no hay más.
     */
    static void paginaIgualAlCsvDeDesagregaciones(String html, String csv) {
        String fecha = atributo(html.substring(html.indexOf("id=\"datos-corte\"")), "data-fecha");
        List<List<String>> pagina = new ArrayList<>();
        Matcher t = DESAGREGACION.matcher(html);
        while (t.find()) {
            String tabla = t.group();
            String cabeza = tabla.substring(0, tabla.indexOf('>') + 1);
            Matcher f = CATEGORIA.matcher(t.group(1));
            while (f.find()) {
                String categoria = atributo(f.group().substring(0, f.group().indexOf('>') + 1), "data-categoria");
                Matcher c = CELDA.matcher(f.group(1));
                while (c.find()) {
                    pagina.add(List.of(fecha, atributo(cabeza, "data-codigo"), atributo(cabeza, "data-dimension"),
                            categoria, atributo(c.group(), "data-componente"), atributo(c.group(), "data-personas")));
                }
            }
        }
        List<List<String>> filas = new ArrayList<>();
        String[] lineas = csv.split("\r\n");
        for (int k = 1; k < lineas.length; k++) {
            filas.add(campos(lineas[k]));
        }
        assertFalse(filas.isEmpty());
        assertEquals(filas, pagina, "las desagregaciones de la página son las del CSV");
    }

    /**
     * La página se arma una vez por corte, pero cada respuesta trae su propio nonce (otro en cada una) y todo script
     * con nonce lleva el de su respuesta; en lo armado de antemano (dentro de main) no hay scripts ejecutables: solo
     * el bloque de datos de los gráficos.
     */
    static void nonceDeCadaRespuesta(HttpResponse<String> una, HttpResponse<String> otra) {
        List<String> nonces = new ArrayList<>();
        for (HttpResponse<String> r : List.of(una, otra)) {
            String politica = r.headers().allValues("Content-Security-Policy").stream().filter(v -> v.contains("nonce-"))
                    .findFirst().orElseThrow(() -> new AssertionError("sin CSP con nonce: " + r.headers().map()));
            Matcher m = NONCE.matcher(politica);
            assertTrue(m.find(), politica);
            nonces.add(m.group(1));
            Matcher atributos = Pattern.compile("nonce=\"([^\"]*)\"").matcher(r.body());
            while (atributos.find()) {
                assertEquals(m.group(1), atributos.group(1), "un script con el nonce de otra respuesta");
            }
            String main = r.body().substring(r.body().indexOf("<main"), r.body().indexOf("</main>"));
            assertEquals(1, main.split("<script", -1).length - 1, "en main solo el bloque de datos");
            assertTrue(main.contains("<script type=\"application/json\" id=\"pub-graficos\">"));
        }
        assertNotEquals(nonces.get(0), nonces.get(1), "cada respuesta con su nonce");
    }

    private static String atributo(String etiqueta, String nombre) {
        Matcher m = Pattern.compile(nombre + "=\"([^\"]*)\"").matcher(etiqueta);
        // Facelets no escribe un atributo cuyo valor es vacío: ausente es «sin cifra».
        return m.find() ? m.group(1) : "";
    }

    /** Cada indicador de la página (atributos data- de su fila) tiene el valor, el avance y el semáforo del JSON. */
    static void paginaIgualAlJson(String html, JsonObject doc) {
        Map<String, String[]> filas = new LinkedHashMap<>();
        Matcher m = FILA.matcher(html);
        while (m.find()) {
            String tr = m.group();
            filas.put(atributo(tr, "data-codigo"), new String[] {atributo(tr, "data-valor"),
                atributo(tr, "data-avance"), atributo(tr, "data-semaforo")});
        }
        List<JsonObject> indicadores = DocumentoPublico.indicadores(doc);
        assertEquals(indicadores.size(), filas.size(), "una fila por indicador en la página");
        for (JsonObject i : indicadores) {
            String[] f = filas.get(i.getString("codigo"));
            assertNotNull(f, i.getString("codigo"));
            assertEquals(DocumentoPublico.numeroTexto(i, "valor"), f[0], i.getString("codigo") + " valor");
            assertEquals(DocumentoPublico.numeroTexto(i, "avancePct"), f[1], i.getString("codigo") + " avance");
            assertEquals(i.getString("semaforo"), f[2], i.getString("codigo") + " semáforo");
        }
        assertTrue(html.contains("data-fecha=\"" + doc.getString("fechaCorte") + "\""));
        assertTrue(html.contains("<html lang=\"es\""), "la página dice su idioma");
    }
}
