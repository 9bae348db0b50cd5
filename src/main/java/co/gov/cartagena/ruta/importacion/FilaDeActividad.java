package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.actividades.DatosActividad;
import co.gov.cartagena.ruta.personas.DatosPersona;

/**
 * Una fila de actividades que pasó la revisión, lista para escribir: la clave de la fila, la del grupo (la actividad
 * de su «Clave de la actividad» en la sede), los datos de la actividad y, si trae asistente, su persona, lo que se
 * guarda de ella y, si pedía decisión, la persona elegida (null: una nueva).
 */
record FilaDeActividad(int fila, String clave, String grupo, DatosActividad actividad, PersonaInterpretada persona,
        DatosPersona aGuardar, Long personaElegida) {

    FilaDeActividad conPersonaElegida(Long id) {
        return new FilaDeActividad(fila, clave, grupo, actividad, persona, aGuardar, id);
    }
}
