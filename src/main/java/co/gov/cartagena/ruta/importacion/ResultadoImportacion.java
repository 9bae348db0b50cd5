package co.gov.cartagena.ruta.importacion;

import java.io.Serializable;
import java.util.List;

/**
 * Lo que dejó una importación: el lote (null si no se creó nada nuevo porque todas las filas ya estaban importadas
 * o tenían errores), las filas creadas, las que ya estaban, las que fallaron con sus errores y las personas nuevas.
 */
public record ResultadoImportacion(Long lote, int creadas, int yaImportadas, int personasNuevas,
        List<ErrorDeFila> errores) implements Serializable {

    public ResultadoImportacion {
        errores = List.copyOf(errores);
    }

    public long filasConError() {
        return errores.stream().mapToInt(ErrorDeFila::fila).distinct().count();
    }

    /** Si volver a importar no creó nada: todas sus filas ya estaban importadas. */
    public boolean nadaNuevo() {
        return creadas == 0;
    }
}
