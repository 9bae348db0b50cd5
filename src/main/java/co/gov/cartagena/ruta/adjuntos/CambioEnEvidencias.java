package co.gov.cartagena.ruta.adjuntos;

/**
 * Evento CDI: una actividad ganó o perdió una evidencia (un {@link Adjunto} suyo se guardó o se anuló). Lo da el
 * adjunto al guardarse ({@link Adjunto#aviso()}), sincrónicamente y en la misma transacción, para quienes mantienen
 * cifras derivadas (una actividad solo cuenta con soporte). Es de este paquete, y no un {@code CambioEnActividad},
 * para que los adjuntos no dependan de las actividades.
 */
public record CambioEnEvidencias(Long actividadId) {
}
