package co.gov.cartagena.ruta.importacion;

import java.io.Serializable;
import java.util.Map;

/** Una fila del archivo: su número (como lo ve quien abre la hoja: el encabezado es la fila 1) y sus valores por clave. */
public record FilaLeida(int numero, Map<String, String> valores) implements Serializable {

    public FilaLeida {
        valores = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(valores));
    }

    /** El valor sin espacios de más; null si la celda está vacía. */
    public String valor(String clave) {
        String v = valores.get(clave);
        return v == null || v.isBlank() ? null : v.trim();
    }

    public boolean vacia() {
        return valores.values().stream().allMatch(v -> v == null || v.isBlank());
    }
}
