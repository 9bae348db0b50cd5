package co.gov.cartagena.ruta.importacion;

import java.io.Serializable;
import co.gov.cartagena.ruta.casos.Ruta;
import java.util.List;

/**
 * La revisión de un archivo completo (sin escribir nada): cada fila y el resumen. {@code ruta} es null en un archivo
 * de actividades colectivas.
 */
public record Revision(Ruta ruta, String sede, String archivo, String huella, List<Columna> columnas,
        List<RevisionDeFila> filas) implements Serializable {

    public Revision {
        columnas = List.copyOf(columnas);
        filas = List.copyOf(filas);
    }

    public long validas() {
        return contar(EstadoFila.VALIDA);
    }

    public long conErrores() {
        return contar(EstadoFila.CON_ERRORES);
    }

    public long porDecidir() {
        return contar(EstadoFila.POR_DECIDIR);
    }

    public long yaImportadas() {
        return contar(EstadoFila.YA_IMPORTADA);
    }

    /** Personas que se crearán (filas válidas cuya persona no coincide por documento). */
    public long personasNuevas() {
        return filas.stream().filter(f -> f.estado() == EstadoFila.VALIDA && f.personaNueva()).count();
    }

    /** Filas válidas o por decidir cuya persona coincide por documento con una ya registrada. */
    public long personasPorDocumento() {
        return filas.stream().filter(f -> f.estado() != EstadoFila.CON_ERRORES && f.personaPorDocumento() != null)
                .count();
    }

    /** El resumen para el rastro de auditoría. */
    public String resumen() {
        return filas.size() + " filas, " + validas() + " válidas, " + conErrores() + " con errores, " + porDecidir()
                + " por decidir, " + yaImportadas() + " ya importadas";
    }

    public List<ErrorDeFila> errores() {
        return filas.stream().flatMap(f -> f.errores().stream()).toList();
    }

    private long contar(EstadoFila e) {
        return filas.stream().filter(f -> f.estado() == e).count();
    }
}
