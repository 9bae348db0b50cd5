package co.gov.cartagena.ruta.actividades;

/**
 * Evento CDI: una actividad cambió (se registró, se editó, se anuló, recibió o perdió una evidencia, se le agregaron
 * personas). Se dispara sincrónicamente, en la misma transacción del cambio, para quienes mantienen cifras derivadas.
 */
public record CambioEnActividad(Long actividadId) {
}
