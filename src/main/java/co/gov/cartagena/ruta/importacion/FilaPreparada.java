package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.personas.DatosPersona;

/**
 * Una fila que pasó la revisión, lista para escribir: sus datos, los de la persona que se guardan (sin lo que su
 * autorización no cubre) y, si la fila pedía decisión, la persona elegida (null: una nueva).
 */
record FilaPreparada(int fila, String clave, FilaInterpretada datos, DatosPersona aGuardar, Long personaElegida) {

    FilaPreparada conPersonaElegida(Long id) {
        return new FilaPreparada(fila, clave, datos, aGuardar, id);
    }
}
