package co.gov.cartagena.ruta.importacion;

import java.io.Serializable;
import java.util.List;
import java.util.function.Function;

/**
 * Una columna de la plantilla de importación: su clave (el nombre del campo en Ruta), el encabezado en español que
 * lleva la hoja, la descripción que va en el comentario del encabezado, las opciones de una lista cerrada tal como
 * las ve quien llena la hoja (vacía si es libre: «Mujer», «Cédula de ciudadanía»), si es obligatoria, el valor de la
 * fila de ejemplo y el código de Ruta de cada opción, en el mismo orden ({@code MUJER}, {@code CC}).
 */
public record Columna(String clave, String encabezado, String descripcion, List<String> opciones,
        boolean obligatoria, String ejemplo, List<String> codigos) implements Serializable {

    public Columna {
        opciones = List.copyOf(opciones);
        codigos = List.copyOf(codigos);
        if (codigos.size() != opciones.size()) {
            throw new IllegalArgumentException("Cada opción de " + clave + " lleva su código");
        }
    }

    /** Una columna cuyas opciones son sus propios códigos (SI/NO, localidades, sedes) o libre. */
    public Columna(String clave, String encabezado, String descripcion, List<String> opciones, boolean obligatoria,
            String ejemplo) {
        this(clave, encabezado, descripcion, opciones, obligatoria, ejemplo, opciones);
    }

    /** Una lista cerrada de códigos que la hoja muestra por su etiqueta ({@code etiqueta}: código → texto). */
    static Columna conEtiquetas(String clave, String encabezado, String descripcion, List<String> codigos,
            Function<String, String> etiqueta, boolean obligatoria, String ejemploCodigo) {
        return new Columna(clave, encabezado, descripcion, codigos.stream().map(etiqueta).toList(), obligatoria,
                ejemploCodigo == null || ejemploCodigo.isEmpty() ? "" : etiqueta.apply(ejemploCodigo), codigos);
    }

    public boolean cerrada() {
        return !opciones.isEmpty();
    }

    /**
     * El código de Ruta de un valor escrito en la hoja: la etiqueta o el código, sin importar mayúsculas, tildes ni
     * espacios por guiones bajos; null si no es de la lista (o la columna es libre).
     */
    public String codigo(String valor) {
        if (valor == null) {
            return null;
        }
        String buscado = LectorDeArchivo.comparable(valor);
        for (int i = 0; i < opciones.size(); i++) {
            if (LectorDeArchivo.comparable(opciones.get(i)).equals(buscado)
                    || LectorDeArchivo.comparable(codigos.get(i)).equals(buscado.replace(' ', '_'))) {
                return codigos.get(i);
            }
        }
        return null;
    }
}
