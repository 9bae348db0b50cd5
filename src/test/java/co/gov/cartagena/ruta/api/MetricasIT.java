package co.gov.cartagena.ruta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * El contrato de la API que sirve {@code /openapi}, leído con un analizador de OpenAPI de verdad (swagger-parser), y
 * {@code /metrics}, que no es público: con Ruta en la raíz, como en producción, Payara sirve las métricas dentro de la
 * aplicación y {@link FiltroMetricas} pide un token Bearer de Keycloak con el rol administrador.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MetricasIT {

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegues.enLaRaiz();
    }

    @ArquillianResource
    URL desplegada;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private HttpResponse<String> get(String ruta, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + desplegada.getPort() + ruta))
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String recortar(String s) {
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    @Test
    void sinTokenDeAdministradorLasMetricasSeNiegan() throws Exception {
        assertEquals("/", desplegada.getPath().isEmpty() ? "/" : desplegada.getPath(), "Ruta está en la raíz");
        for (String ruta : new String[] {"/metrics", "/metrics/", "/metrics/base", "/metrics/application",
                "/metrics/vendor", "/metrics?scope=base"}) {
            HttpResponse<String> anonimo = get(ruta, null);
            assertEquals(401, anonimo.statusCode(), ruta + ": " + recortar(anonimo.body()));
            assertTrue(anonimo.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), ruta);
            assertTrue(anonimo.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"), ruta);
        }
        HttpResponse<String> falso = get("/metrics", "no.es.token");
        assertEquals(401, falso.statusCode(), recortar(falso.body()));
        for (String usuario : new String[] {"gestora.canapote", "coordinadora.canapote"}) {
            HttpResponse<String> otroRol = get("/metrics", Demo.token(usuario));
            assertEquals(403, otroRol.statusCode(), usuario + ": " + recortar(otroRol.body()));
            assertEquals("prohibido", Demo.json(otroRol.body()).getString("error"));
        }
    }

    @Test
    void conTokenDeAdministradorPrometheusLeeLasMetricas() throws Exception {
        HttpResponse<String> admin = get("/metrics", Demo.token("administrador", true));
        assertEquals(200, admin.statusCode(), recortar(admin.body()));
        assertTrue(admin.body().contains("# TYPE"), "Formato de Prometheus: " + recortar(admin.body()));
        HttpResponse<String> salud = get("/health/ready", null);
        assertTrue(salud.statusCode() == 200 || salud.statusCode() == 503, "La salud sigue pública: " + salud.statusCode());
    }

    @Test
    void alArrancarSeCalientanLasConsultasDelTableroYNoSoloLasExportaciones() throws Exception {
        HttpResponse<String> salud = get("/health/ready", null);
        for (int i = 0; i < 120 && salud.statusCode() != 200; i++) {
            Thread.sleep(1000);
            salud = get("/health/ready", null);
        }
        assertEquals(200, salud.statusCode(), recortar(salud.body()));
        // Fuera de una petición, el calentamiento necesita su propio contexto de petición (ValoresDeSedes vive en él).
        // MicroProfile Health da los datos como texto: "tablero":"true".
        assertTrue(salud.body().replace(" ", "").matches("(?s).*\"tablero\":\"?true\"?.*"), recortar(salud.body()));
    }

    /**
     * El documento {@code /openapi} es OpenAPI válido sin avisos (nada fuera del estándar en la raíz, servidores sin
     * barra final), cada operationId es único, todo cuerpo JSON de petición y de respuesta tiene un esquema que dice sus
     * campos, y cada operación declara, con el esquema {@code ErrorApi}, los 4xx que puede responder: 401 y 403 (la API
     * niega por defecto), 400 si recibe cuerpo o parámetros y 404 si busca algo por un parámetro de la ruta.
     */
    @Test
    void elDocumentoOpenApiDescribeCadaCuerpoYCadaError() throws Exception {
        HttpResponse<String> doc = get("/openapi", null);
        assertEquals(200, doc.statusCode(), recortar(doc.body()));
        java.nio.file.Files.writeString(java.nio.file.Paths.get(System.getProperty("ruta.raiz", "."),
                "target/openapi-servido.yaml"), doc.body());
        ParseOptions opciones = new ParseOptions();
        opciones.setResolve(false);
        SwaggerParseResult leido = new OpenAPIV3Parser().readContents(doc.body(), null, opciones);
        OpenAPI api = leido.getOpenAPI();
        List<String> fallas = new ArrayList<>();
        if (leido.getMessages() != null) {
            leido.getMessages().forEach(m -> fallas.add("analizador: " + m));
        }
        assertTrue(api != null && api.getPaths() != null && api.getPaths().size() > 20, "Sin documento: " + fallas);
        for (Server s : api.getServers() == null ? List.<Server>of() : api.getServers()) {
            if (s.getUrl().endsWith("/")) {
                fallas.add("servidor con barra final: " + s.getUrl());
            }
        }
        Map<String, Schema> esquemas = api.getComponents() == null || api.getComponents().getSchemas() == null
                ? Map.of() : api.getComponents().getSchemas();
        if (!esquemas.containsKey("ErrorApi")) {
            fallas.add("no hay esquema ErrorApi en components");
        }
        Map<String, String> ids = new TreeMap<>();
        int operaciones = 0;
        for (Map.Entry<String, PathItem> ruta : api.getPaths().entrySet()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : ruta.getValue().readOperationsMap().entrySet()) {
                operaciones++;
                Operation op = e.getValue();
                String nombre = e.getKey() + " " + ruta.getKey();
                String anterior = op.getOperationId() == null ? null : ids.put(op.getOperationId(), nombre);
                if (op.getOperationId() == null || op.getOperationId().isBlank()) {
                    fallas.add(nombre + ": sin operationId");
                } else if (anterior != null) {
                    fallas.add(nombre + ": operationId «" + op.getOperationId() + "» repetido (también en " + anterior
                            + ")");
                }
                List<Parameter> parametros = new ArrayList<>(op.getParameters() == null ? List.of() : op.getParameters());
                if (ruta.getValue().getParameters() != null) {
                    parametros.addAll(ruta.getValue().getParameters());
                }
                if (op.getRequestBody() != null) {
                    revisarContenido(nombre + " petición", op.getRequestBody().getContent(), esquemas, fallas);
                }
                Map<String, ApiResponse> respuestas = op.getResponses() == null ? Map.of() : op.getResponses();
                respuestas.forEach((codigo, r) -> {
                    if ((codigo.startsWith("2") || codigo.equals("default")) && !codigo.equals("204")
                            && (r.getContent() == null || r.getContent().isEmpty())) {
                        fallas.add(nombre + " " + codigo + ": respuesta sin contenido descrito");
                    }
                });
                respuestas.forEach((codigo, r) -> revisarContenido(nombre + " " + codigo, r.getContent(), esquemas,
                        fallas));
                List<String> exigidos = new ArrayList<>(List.of("401", "403"));
                if (op.getRequestBody() != null || !parametros.isEmpty()) {
                    exigidos.add("400");
                }
                if (parametros.stream().anyMatch(p -> "path".equals(p.getIn()))) {
                    exigidos.add("404");
                }
                for (String codigo : exigidos) {
                    ApiResponse r = respuestas.get(codigo);
                    if (r == null) {
                        fallas.add(nombre + ": no declara " + codigo);
                    } else if (!esErrorApi(r.getContent())) {
                        fallas.add(nombre + ": el " + codigo + " no usa el esquema ErrorApi");
                    }
                }
                respuestas.forEach((codigo, r) -> {
                    if (codigo.startsWith("4") && !esErrorApi(r.getContent())) {
                        fallas.add(nombre + ": el " + codigo + " no usa el esquema ErrorApi");
                    }
                });
            }
        }
        assertTrue(operaciones > 50, "Operaciones: " + operaciones);
        String admin = Demo.token("administrador", true);
        for (String ruta : List.of("/yo", "/sedes", "/rutas", "/actividades/tipos?todos=true", "/retencion",
                "/indicadores?anio=2025", "/indicadores/PZ.VIC.9?anio=2025", "/cortes", "/indicadores/reportes?estado=TODOS")) {
            String enElDocumento = ruta.contains("?") ? ruta.substring(0, ruta.indexOf('?')) : ruta;
            enElDocumento = enElDocumento.replace("PZ.VIC.9", "{codigo}");
            PathItem item = api.getPaths().get("/api/v1" + enElDocumento);
            HttpResponse<String> r = get("/api/v1" + ruta, admin);
            assertEquals(200, r.statusCode(), ruta + ": " + recortar(r.body()));
            ApiResponse declarada = item == null || item.getGet() == null ? null : item.getGet().getResponses().get("200");
            if (declarada == null || declarada.getContent() == null || declarada.getContent().get("application/json") == null) {
                fallas.add("GET " + ruta + ": sin 200 JSON declarado");
                continue;
            }
            try (var lector = jakarta.json.Json.createReader(new java.io.StringReader(r.body()))) {
                conforme(lector.readValue(), declarada.getContent().get("application/json").getSchema(), esquemas,
                        "GET " + ruta, fallas);
            }
        }
        assertTrue(fallas.isEmpty(), fallas.size() + " fallas en /openapi:\n" + String.join("\n", fallas));
    }

    /**
     * Un cuerpo que no llegó, uno con un campo de otro tipo y uno que no cabe en su columna: 400 con el campo y el
     * mensaje en español, el contrato que el documento declara; y uno válido se guarda (201).
     */
    @Test
    void losCuerposMalosResponden400ConSuCampo() throws Exception {
        String token = Demo.token("administrador", true);
        for (String[] caso : new String[][] {{"", "cuerpo"}, {"{\"valor\": \"doce\"}", "valor"},
                {"{\"valor\": 123456789012345}", "valor"}}) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                    + desplegada.getPort() + "/api/v1/indicadores/PZ.VIC.9/metas/2025"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(caso[0])).timeout(Duration.ofSeconds(60)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(400, r.statusCode(), caso[0] + ": " + recortar(r.body()));
            assertEquals("dato_invalido", Demo.json(r.body()).getString("error"), r.body());
            assertEquals(caso[1], Demo.json(r.body()).getString("campo"), r.body());
        }
        // Y uno bueno pasa por el lector, Bean Validation y el servicio: el record no estorba lo válido.
        String codigo = "CONTRATO_" + System.nanoTime() % 1_000_000;
        HttpResponse<String> creado = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + desplegada.getPort() + "/api/v1/actividades/tipos")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"codigo\": \""
                        + codigo + "\", \"nombre\": \"Tipo de la prueba del contrato\", \"objetoRequerido\": false}"))
                .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, creado.statusCode(), recortar(creado.body()));
        assertEquals(codigo, Demo.json(creado.body()).getString("codigo"), creado.body());
    }

    private static final Set<String> TIPOS_JSON = Set.of("application/json", "application/*+json");

    /** Un contenido JSON sin esquema, o con un objeto o arreglo que no dice qué lleva, es una falla. */
    private static void revisarContenido(String donde, Content contenido, Map<String, Schema> esquemas,
            List<String> fallas) {
        if (contenido == null) {
            return;
        }
        contenido.forEach((tipo, medio) -> {
            if (TIPOS_JSON.contains(tipo)) {
                String vacio = vacio(medio.getSchema(), esquemas, 0);
                if (vacio != null) {
                    fallas.add(donde + " (" + tipo + "): " + vacio);
                }
            }
        });
    }

    /** Por qué el esquema no describe su cuerpo, o null si lo describe. */
    @SuppressWarnings("rawtypes")
    private static String vacio(Schema s, Map<String, Schema> esquemas, int nivel) {
        if (s == null) {
            return "sin esquema";
        }
        if (s.get$ref() != null) {
            String nombre = s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1);
            Schema referido = esquemas.get(nombre);
            return referido == null ? "referencia rota " + s.get$ref()
                    : nivel > 5 ? null : vacio(referido, esquemas, nivel + 1);
        }
        if (s.getAllOf() != null || s.getOneOf() != null || s.getAnyOf() != null) {
            return null;
        }
        String tipo = s.getType() != null ? s.getType()
                : s.getTypes() != null && !s.getTypes().isEmpty() ? String.valueOf(s.getTypes().iterator().next())
                : null;
        if ("array".equals(tipo)) {
            return s.getItems() == null ? "arreglo sin items" : vacio(s.getItems(), esquemas, nivel + 1);
        }
        if (tipo == null || "object".equals(tipo)) {
            boolean conCampos = s.getProperties() != null && !s.getProperties().isEmpty();
            boolean mapa = s.getAdditionalProperties() instanceof Schema;
            return conCampos || mapa ? null : "objeto sin campos";
        }
        return null;
    }

    /** Cada campo de una respuesta real está en el esquema que el documento declara para ella. */
    @SuppressWarnings("rawtypes")
    private static void conforme(jakarta.json.JsonValue valor, Schema esquema, Map<String, Schema> esquemas,
            String donde, List<String> fallas) {
        Schema s = esquema;
        for (int i = 0; s != null && s.get$ref() != null && i < 5; i++) {
            s = esquemas.get(s.get$ref().substring(s.get$ref().lastIndexOf('/') + 1));
        }
        if (s == null || valor == null) {
            return;
        }
        if (valor.getValueType() == jakarta.json.JsonValue.ValueType.ARRAY) {
            for (jakarta.json.JsonValue x : valor.asJsonArray()) {
                conforme(x, s.getItems(), esquemas, donde + "[]", fallas);
            }
        } else if (valor.getValueType() == jakarta.json.JsonValue.ValueType.OBJECT) {
            Map<String, Schema> campos = new TreeMap<>();
            if (s.getProperties() != null) {
                campos.putAll(s.getProperties());
            }
            if (s.getAllOf() != null) {
                for (Object parte : s.getAllOf()) {
                    Schema p = (Schema) parte;
                    Schema referida = p.get$ref() == null ? p
                            : esquemas.get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
                    if (referida != null && referida.getProperties() != null) {
                        campos.putAll(referida.getProperties());
                    }
                }
            }
            if (campos.isEmpty() && !(s.getAdditionalProperties() instanceof Schema)) {
                return; // un objeto libre (un mapa: campos de la ruta, metas por año…): sus claves son datos
            }
            for (Map.Entry<String, jakarta.json.JsonValue> e : valor.asJsonObject().entrySet()) {
                if (s.getAdditionalProperties() instanceof Schema otros && campos.isEmpty()) {
                    conforme(e.getValue(), otros, esquemas, donde + "." + e.getKey(), fallas);
                } else if (!campos.containsKey(e.getKey())) {
                    fallas.add(donde + ": el campo «" + e.getKey() + "» sale y el esquema no lo describe");
                } else {
                    conforme(e.getValue(), campos.get(e.getKey()), esquemas, donde + "." + e.getKey(), fallas);
                }
            }
        }
    }

    private static boolean esErrorApi(Content contenido) {
        if (contenido == null || contenido.get("application/json") == null) {
            return false;
        }
        Schema<?> s = contenido.get("application/json").getSchema();
        return s != null && s.get$ref() != null && s.get$ref().endsWith("/ErrorApi");
    }
}
