package co.gov.cartagena.ruta.importacion;

import java.io.Serializable;
import java.util.List;

/**
 * Una columna de la plantilla de importación: su clave (el nombre del campo en Ruta), el encabezado en español que
 * lleva la hoja, la descripción que va en el comentario del encabezado, las opciones de una lista cerrada (vacía si
 * es libre), si es obligatoria y el valor de la fila de ejemplo.
 */
public record Columna(String clave, String encabezado, String descripcion, List<String> opciones,
        boolean obligatoria, String ejemplo) implements Serializable {

    public Columna {
        opciones = List.copyOf(opciones);
    }

    public boolean cerrada() {
        return !opciones.isEmpty();
    }
}
