package co.gov.cartagena.ruta.comun;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.Reader;

/**
 * Lo que Ruta usa de {@link jakarta.json.Json}, con el proveedor de JSON-P buscado una sola vez. Cada llamada a
 * {@code jakarta.json.Json.create…} busca el proveedor con {@code ServiceLoader}, que en el servidor recorre los JAR
 * de la aplicación: medido con JFR en el benchmark, era la mitad del tiempo de la petición del tablero (63 objetos por
 * respuesta). La especificación recomienda guardar el proveedor.
 */
public final class Json {

    private static final JsonProvider PROVEEDOR = JsonProvider.provider();

    private Json() {
    }

    public static JsonObjectBuilder createObjectBuilder() {
        return PROVEEDOR.createObjectBuilder();
    }

    public static JsonObjectBuilder createObjectBuilder(JsonObject objeto) {
        return PROVEEDOR.createObjectBuilder(objeto);
    }

    public static JsonArrayBuilder createArrayBuilder() {
        return PROVEEDOR.createArrayBuilder();
    }

    public static JsonReader createReader(Reader lector) {
        return PROVEEDOR.createReader(lector);
    }
}
