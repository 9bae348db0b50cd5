package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.Json;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Lee el cuerpo JSON de toda operación de la API, que recibe una {@link Peticion} (un record que describe el cuerpo),
 * antes que los lectores del servidor: a lo sumo {@link #MAXIMO_BYTES} bytes (413), UTF-8, JSON bien formado, a lo sumo {@link #MAXIMA_PROFUNDIDAD}
 * niveles de anidamiento (medidos antes de analizar, sin recursión) y un objeto {@code {…}} en la raíz; si no, 400 con
 * el campo {@code cuerpo}. Un cuerpo vacío llega como {@code null} y {@link Entrada} lo rechaza. Del objeto sale el
 * record con {@link Peticion#leer}.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json"})
public class LectorCuerpoJson implements MessageBodyReader<Peticion> {

    /** El cuerpo más grande que se lee: holgado para un relato de {@link Entrada#TEXTO_LIBRE} caracteres escapados. */
    static final int MAXIMO_BYTES = 256 * 1024;
    static final int MAXIMA_PROFUNDIDAD = 20;

    @Override
    public boolean isReadable(Class<?> tipo, Type generico, Annotation[] anotaciones, MediaType medio) {
        return Peticion.class.isAssignableFrom(tipo);
    }

    @Override
    public Peticion readFrom(Class<Peticion> tipo, Type generico, Annotation[] anotaciones, MediaType medio,
            MultivaluedMap<String, String> cabeceras, InputStream entrada) throws IOException {
        return Peticion.leer(tipo, objeto(entrada));
    }

    /** El objeto JSON del cuerpo, o null si vino vacío. */
    static JsonObject objeto(InputStream entrada) throws IOException {
        byte[] bytes = entrada.readNBytes(MAXIMO_BYTES + 1);
        if (bytes.length > MAXIMO_BYTES) {
            throw new PeticionRechazada(Response.Status.REQUEST_ENTITY_TOO_LARGE, "cuerpo_demasiado_grande", "cuerpo",
                    Texto.de("api.cuerpoPeticionPasaKb", MAXIMO_BYTES / 1024));
        }
        String texto = utf8(bytes);
        if (texto.isBlank()) {
            return null;
        }
        revisarProfundidad(texto);
        JsonValue valor;
        try (JsonReader lector = Json.createReader(new StringReader(texto))) {
            valor = lector.readValue();
        } catch (JsonParsingException e) {
            throw new PeticionRechazada(Response.Status.BAD_REQUEST, "json_invalido", "cuerpo",
                    Texto.de("api.cuerpoNoJsonEnLinea", e.getLocation().getLineNumber(),
                            e.getLocation().getColumnNumber()));
        } catch (JsonException e) {
            throw new PeticionRechazada(Response.Status.BAD_REQUEST, "json_invalido", "cuerpo",
                    Texto.de("api.cuerpoNoJson"));
        }
        if (valor.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new PeticionRechazada(Response.Status.BAD_REQUEST, "dato_invalido", "cuerpo",
                    Texto.de("api.cuerpoPeticionDebeSer", nombre(valor.getValueType())));
        }
        return valor.asJsonObject();
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new PeticionRechazada(Response.Status.BAD_REQUEST, "json_invalido", "cuerpo",
                    Texto.de("api.cuerpoPeticionDebeEstar"));
        }
    }

    /** Cuenta corchetes y llaves fuera de las cadenas: un documento muy anidado se rechaza sin analizarlo. */
    static void revisarProfundidad(String texto) {
        int nivel = 0;
        boolean enCadena = false;
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            if (enCadena) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    enCadena = false;
                }
            } else if (c == '"') {
                enCadena = true;
            } else if (c == '{' || c == '[') {
                if (++nivel > MAXIMA_PROFUNDIDAD) {
                    throw new PeticionRechazada(Response.Status.BAD_REQUEST, "json_invalido", "cuerpo",
                            Texto.de("api.cuerpoPeticionAnidaMas", MAXIMA_PROFUNDIDAD));
                }
            } else if (c == '}' || c == ']') {
                nivel--;
            }
        }
    }

    private static Texto nombre(JsonValue.ValueType tipo) {
        return switch (tipo) {
            case ARRAY -> Texto.de("api.tipo.lista");
            case STRING -> Texto.de("api.tipo.texto");
            case NUMBER -> Texto.de("api.tipo.numero");
            case TRUE, FALSE -> Texto.de("api.tipo.booleano");
            default -> Texto.de("api.tipo.nulo");
        };
    }
}
