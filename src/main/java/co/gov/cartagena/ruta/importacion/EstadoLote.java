package co.gov.cartagena.ruta.importacion;

/** Un lote se escribe (EN_CURSO: se puede retomar con el mismo archivo), queda IMPORTADO o se ANULA entero. */
public enum EstadoLote { EN_CURSO, IMPORTADO, ANULADO }
