package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.personas.DatosPersona;

/**
 * Una fila que pasó la revisión, lista para escribir: sus datos, los de la persona que se guardan (sin lo que su
 * autorización no cubre), si la fila pedía decisión, la persona elegida (null: una nueva) y, si la fila tiene clave
 * del caso, su grupo y la fila que abre el caso (null si la abre ella).
 */
record FilaPreparada(int fila, String clave, FilaInterpretada datos, DatosPersona aGuardar, Long personaElegida,
        String grupo, Integer continuaLaFila) {

    FilaPreparada conPersonaElegida(Long id) {
        return new FilaPreparada(fila, clave, datos, aGuardar, id, grupo, continuaLaFila);
    }
}
