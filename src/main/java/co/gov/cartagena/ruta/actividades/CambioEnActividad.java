package co.gov.cartagena.ruta.actividades;

/**
 * Evento CDI: una actividad colectiva cambió (se registró, editó o anuló, o ganó o perdió soporte). Lo escuchan, en
 * la misma transacción, quienes mantienen cifras derivadas (indicadores).
 */
public record CambioEnActividad(Long actividadId) {
}
