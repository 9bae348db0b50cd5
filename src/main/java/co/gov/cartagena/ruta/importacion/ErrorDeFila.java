package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.comun.Texto;
import java.io.Serializable;

/**
 * Un error de una fila: su número, el encabezado de la columna culpable (vacío si es de la fila entera) y el motivo,
 * sin idioma todavía ({@link Texto}): la página lo muestra en el de la vista; la API y el archivo de filas con error,
 * en español ({@link #mensaje()}).
 */
public record ErrorDeFila(int fila, String columna, Texto texto) implements Serializable {

    /** El motivo en español. */
    public String mensaje() {
        return texto.enEspanol();
    }
}
