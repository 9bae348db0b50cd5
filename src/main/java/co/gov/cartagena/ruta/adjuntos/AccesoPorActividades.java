package co.gov.cartagena.ruta.adjuntos;

import co.gov.cartagena.ruta.seguridad.Usuario;

/**
 * Lo que los adjuntos necesitan saber de una actividad para guardar, anular y entregar sus evidencias. Lo responde el
 * paquete de actividades (con sus reglas, {@code actividades/PoliticaActividades}), de modo que adjuntos no dependa
 * de él; una actividad que no existe no deja hacer nada.
 */
public interface AccesoPorActividades {

    /** Si el usuario puede agregar o anular evidencias de la actividad. */
    boolean puedeCambiar(Usuario u, Long actividadId);

    /** Si el usuario puede descargar las evidencias de la actividad (que pueden traer datos personales). */
    boolean puedeVerEvidencias(Usuario u, Long actividadId);
}
