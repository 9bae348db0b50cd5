package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Lectura estricta de un cuerpo JSON: cada error nombra el campo y se responde 400 con un mensaje en español,
 * nunca 500.
 */
final class Entrada {

    private final JsonObject json;

    Entrada(JsonObject json) {
        ReglaIncumplida.exigir(json != null, null, "La petición necesita un cuerpo JSON.");
        this.json = json;
    }

    String texto(String campo) {
        JsonValue v = json.get(campo);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        ReglaIncumplida.exigir(v instanceof JsonString, campo, "El campo «" + campo + "» debe ser texto.");
        return ((JsonString) v).getString();
    }

    String textoObligatorio(String campo) {
        String t = texto(campo);
        ReglaIncumplida.exigir(t != null && !t.isBlank(), campo, "Falta el campo «" + campo + "».");
        return t;
    }

    LocalDate fecha(String campo) {
        String t = texto(campo);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            throw new ReglaIncumplida(campo, "El campo «" + campo + "» debe ser una fecha AAAA-MM-DD.");
        }
    }

    Long numero(String campo) {
        JsonValue v = json.get(campo);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        ReglaIncumplida.exigir(v.getValueType() == JsonValue.ValueType.NUMBER, campo,
                "El campo «" + campo + "» debe ser un número.");
        return json.getJsonNumber(campo).longValue();
    }

    Integer entero(String campo) {
        Long n = numero(campo);
        return n == null ? null : n.intValue();
    }

    int enteroObligatorio(String campo) {
        Integer n = entero(campo);
        ReglaIncumplida.exigir(n != null, campo, "Falta el campo «" + campo + "».");
        return n;
    }

    boolean siNo(String campo) {
        JsonValue v = json.get(campo);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        ReglaIncumplida.exigir(v == JsonValue.TRUE || v == JsonValue.FALSE, campo,
                "El campo «" + campo + "» debe ser true o false.");
        return v == JsonValue.TRUE;
    }

    <E extends Enum<E>> E opcion(String campo, Class<E> tipo) {
        String t = texto(campo);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(tipo, t.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            StringBuilder validas = new StringBuilder();
            for (E c : tipo.getEnumConstants()) {
                validas.append(validas.length() == 0 ? "" : ", ").append(c.name());
            }
            throw new ReglaIncumplida(campo, "Valor no válido para «" + campo + "». Use uno de: " + validas + ".");
        }
    }

    /** Un objeto de textos (los campos propios de la ruta); fechas y sí/no también llegan como texto. */
    Map<String, String> textos(String campo) {
        JsonValue v = json.get(campo);
        Map<String, String> m = new LinkedHashMap<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return m;
        }
        ReglaIncumplida.exigir(v.getValueType() == JsonValue.ValueType.OBJECT, campo,
                "El campo «" + campo + "» debe ser un objeto.");
        for (Map.Entry<String, JsonValue> e : v.asJsonObject().entrySet()) {
            JsonValue x = e.getValue();
            switch (x.getValueType()) {
                case STRING -> m.put(e.getKey(), ((JsonString) x).getString());
                case TRUE -> m.put(e.getKey(), "true");
                case FALSE -> m.put(e.getKey(), "false");
                case NULL -> m.put(e.getKey(), null);
                default -> throw new ReglaIncumplida(e.getKey(), "El campo «" + e.getKey() + "» debe ser texto.");
            }
        }
        return m;
    }
}
