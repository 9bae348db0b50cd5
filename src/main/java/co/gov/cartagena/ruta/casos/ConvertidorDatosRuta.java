package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Los campos propios de la ruta de un caso ({@code caso.datos_ruta}, decisión 0006) en su columna: un objeto JSON de
 * textos, en el orden de la definición de la ruta. Vacío se guarda {@code {}}; una columna nula (un caso depurado por
 * la retención) se lee como un mapa vacío. Lo leído no se puede modificar: el caso lo cambia reemplazándolo entero.
 */
@Converter
public class ConvertidorDatosRuta implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> datos) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (datos != null) {
            datos.forEach(b::add);
        }
        return b.build().toString();
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String columna) {
        Map<String, String> m = new LinkedHashMap<>();
        if (columna != null && !columna.isBlank()) {
            try (JsonReader r = Json.createReader(new StringReader(columna))) {
                JsonObject o = r.readObject();
                for (Map.Entry<String, JsonValue> e : o.entrySet()) {
                    m.put(e.getKey(), o.getString(e.getKey()));
                }
            }
        }
        return Collections.unmodifiableMap(m);
    }
}
