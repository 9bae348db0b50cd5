package co.gov.cartagena.ruta.api;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.servers.Server;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completa el documento {@code /openapi} con lo que la API hace igual en todas sus operaciones, para que cada una
 * declare los errores que puede responder, todos con el esquema {@link ErrorApi.Cuerpo}: 401 y 403 en todas
 * ({@link FiltroSeguridadApi} niega por defecto), 400 en las que reciben cuerpo o parámetros ({@link Entrada},
 * {@link LectorCuerpoJson}, {@link MapeadorValidacion}), 413 en las que reciben JSON, 404 en las que buscan algo por un
 * parámetro de la ruta, 409 en las que llevan la versión leída del registro y 503 ({@link MapeadorNoDisponible}). Lo
 * propio de una operación (otra descripción, un 409 sin versión) lo declara ella con {@code @APIResponse}; aquí solo
 * se le agrega el esquema si le falta.
 *
 * <p>Además deja el documento en OpenAPI estándar: sin la propiedad {@code endpoints} que Payara agrega en la raíz (no
 * tiene opción para quitarla) y con las URL de los servidores sin barra final. Se activa con {@code mp.openapi.filter}
 * en {@code META-INF/microprofile-config.properties}.
 */
public class DocumentoOpenApi implements OASFilter {

    private static final Logger LOG = Logger.getLogger(DocumentoOpenApi.class.getName());
    private static final String JSON = "application/json";
    private static final String REFERENCIA = "#/components/schemas/" + ErrorApi.ESQUEMA;

    /** Los errores que la API responde igual en todas las operaciones, con su descripción. */
    private static final Map<String, String> SIEMPRE = Map.of(
            "401", "Sin token de acceso válido (error no_autenticado o token_invalido; cabecera WWW-Authenticate)",
            "403", "Su rol no permite esta operación (error prohibido; el intento queda en la auditoría)",
            "503", "Servicio no disponible por un momento (error no_disponible, cabecera Retry-After): repita la "
                    + "misma petición, con la misma Idempotency-Key si la lleva");

    @Override
    public void filterOpenAPI(OpenAPI documento) {
        quitarEndpoints(documento);
        sinEtiquetasRepetidas(documento);
        List<Server> servidores = documento.getServers();
        if (servidores != null) {
            servidores.stream().filter(s -> s.getUrl() != null && s.getUrl().length() > 1 && s.getUrl().endsWith("/"))
                    .forEach(s -> s.setUrl(s.getUrl().substring(0, s.getUrl().length() - 1)));
        }
        if (documento.getPaths() == null || documento.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem ruta : documento.getPaths().getPathItems().values()) {
            List<Parameter> deLaRuta = ruta.getParameters() == null ? List.of() : ruta.getParameters();
            for (Operation operacion : ruta.getOperations().values()) {
                completar(operacion, deLaRuta, documento.getComponents());
            }
        }
    }

    private static void completar(Operation operacion, List<Parameter> deLaRuta, Components componentes) {
        if (operacion.getResponses() == null) {
            operacion.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses respuestas = operacion.getResponses();
        SIEMPRE.forEach((codigo, descripcion) -> agregar(respuestas, codigo, descripcion));
        List<Parameter> parametros = new java.util.ArrayList<>(deLaRuta);
        if (operacion.getParameters() != null) {
            parametros.addAll(operacion.getParameters());
        }
        boolean conCuerpo = operacion.getRequestBody() != null;
        if (conCuerpo || !parametros.isEmpty()) {
            agregar(respuestas, "400", "Dato inválido (error dato_invalido, json_invalido…): «campo» dice cuál y "
                    + "«mensaje», en español, por qué. Nada cambió");
        }
        Content recibe = conCuerpo ? operacion.getRequestBody().getContent() : null;
        if (recibe != null) {
            archivosBinarios(recibe);
        }
        if (recibe != null && recibe.hasMediaType(JSON)) {
            agregar(respuestas, "413", "El cuerpo pasa de " + LectorCuerpoJson.MAXIMO_BYTES / 1024
                    + " KB (error cuerpo_demasiado_grande)");
        }
        if (recibe != null && recibe.hasMediaType(JSON) && llevaVersion(recibe.getMediaType(JSON).getSchema(),
                componentes, 0)) {
            agregar(respuestas, "409", "Otra persona cambió el registro después de que usted leyó su versión (error "
                    + "conflicto): vuelva a leerlo; nada cambió");
        }
        if (parametros.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            agregar(respuestas, "404", "No existe, o usted no puede verlo (error no_encontrado)");
        }
        for (Map.Entry<String, APIResponse> r : respuestas.getAPIResponses().entrySet()) {
            if (r.getKey().startsWith("4") || r.getKey().startsWith("5")) {
                conEsquemaDeError(r.getValue());
            } else if (r.getValue().getContent() != null && r.getValue().getContent().getMediaTypes() != null) {
                r.getValue().getContent().getMediaTypes().values()
                        .forEach(m -> itemsConReferencia(m.getSchema(), componentes));
            }
        }
    }

    /**
     * Un cuerpo {@code byte[]} (un archivo: adjuntos, evidencias, hojas de cálculo) sale del escáner como un arreglo sin
     * {@code items}; en OpenAPI un archivo es {@code type: string, format: binary}.
     */
    private static void archivosBinarios(Content contenido) {
        contenido.getMediaTypes().forEach((tipo, medio) -> {
            Schema s = medio.getSchema();
            if (!tipo.contains("json") && s != null && s.getType() == Schema.SchemaType.ARRAY && s.getItems() == null) {
                medio.setSchema(OASFactory.createSchema().type(Schema.SchemaType.STRING).format("binary"));
            }
        });
    }

    /**
     * Un arreglo declarado con {@code @Schema(implementation = X[].class)} sale a veces con {@code items} como un objeto
     * vacío: el escáner de Payara copia el esquema de X solo si ya lo había registrado, y eso depende del orden en que
     * recorre las clases. Su modelo guarda la clase pedida ({@code getImplementation}); si X está en components, los
     * items pasan a ser una referencia a X.
     */
    private static void itemsConReferencia(Schema esquema, Components componentes) {
        if (esquema == null || esquema.getType() != Schema.SchemaType.ARRAY || componentes == null
                || componentes.getSchemas() == null) {
            return;
        }
        Schema items = esquema.getItems();
        boolean vacio = items == null || items.getRef() == null
                && (items.getProperties() == null || items.getProperties().isEmpty());
        if (!vacio) {
            return;
        }
        String clase = implementacion(items);
        if (clase == null) {
            clase = implementacion(esquema);
        }
        if (clase == null) {
            return;
        }
        String nombre = clase.replace("[]", "");
        nombre = nombre.substring(Math.max(nombre.lastIndexOf('.'), nombre.lastIndexOf('$')) + 1);
        if (componentes.getSchemas().containsKey(nombre)) {
            esquema.setItems(OASFactory.createSchema().ref(nombre));
        }
    }

    private static String implementacion(Schema esquema) {
        if (esquema == null) {
            return null;
        }
        try {
            Object clase = esquema.getClass().getMethod("getImplementation").invoke(esquema);
            return clase instanceof String texto && !texto.isBlank() ? texto : null;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Si el cuerpo lleva la versión leída del registro (control de edición): su cambio concurrente da 409. */
    private static boolean llevaVersion(Schema esquema, Components componentes, int nivel) {
        if (esquema == null || nivel > 3) {
            return false;
        }
        if (esquema.getRef() != null) {
            String nombre = esquema.getRef().substring(esquema.getRef().lastIndexOf('/') + 1);
            return componentes != null && componentes.getSchemas() != null
                    && llevaVersion(componentes.getSchemas().get(nombre), componentes, nivel + 1);
        }
        return esquema.getProperties() != null && esquema.getProperties().containsKey("version");
    }

    /** Dos recursos con la misma {@code @Tag} (Cortes y su publicación) dan la etiqueta dos veces: queda una. */
    private static void sinEtiquetasRepetidas(OpenAPI documento) {
        if (documento.getTags() == null) {
            return;
        }
        Map<String, Tag> unicas = new java.util.LinkedHashMap<>();
        documento.getTags().forEach(t -> unicas.putIfAbsent(t.getName(), t));
        documento.setTags(new java.util.ArrayList<>(unicas.values()));
    }

    private static void agregar(APIResponses respuestas, String codigo, String descripcion) {
        if (!respuestas.hasAPIResponse(codigo)) {
            respuestas.addAPIResponse(codigo, OASFactory.createAPIResponse().description(descripcion));
        }
    }

    /** La respuesta de error lleva el cuerpo {@link ErrorApi.Cuerpo}, salvo que ya describa su contenido. */
    private static void conEsquemaDeError(APIResponse respuesta) {
        if (respuesta.getContent() == null || respuesta.getContent().getMediaTypes() == null
                || respuesta.getContent().getMediaTypes().isEmpty()) {
            respuesta.setContent(OASFactory.createContent().addMediaType(JSON,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REFERENCIA))));
        }
    }

    /**
     * Payara agrega en la raíz del documento una propiedad {@code endpoints} (las URL de cada aplicación) que el
     * estándar no tiene y que ninguna opción de configuración quita; su modelo no la escribe si está vacía. Si un día
     * la propiedad no existe, no hay nada que hacer.
     */
    private static void quitarEndpoints(OpenAPI documento) {
        try {
            Method poner = documento.getClass().getMethod("setEndpoints", Map.class);
            poner.invoke(documento, new java.util.TreeMap<String, Object>());
        } catch (NoSuchMethodException e) {
            LOG.fine("El documento OpenAPI no tiene la propiedad endpoints");
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.warning(() -> "No se pudo quitar la propiedad endpoints del documento OpenAPI: " + e);
        }
    }
}
