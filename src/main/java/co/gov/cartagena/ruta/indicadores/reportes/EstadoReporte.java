package co.gov.cartagena.ruta.indicadores.reportes;

/** Estado de un reporte de valor: solo los aprobados cuentan para el indicador. */
public enum EstadoReporte {
    PENDIENTE, APROBADO, RECHAZADO
}
