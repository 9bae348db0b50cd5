package co.gov.cartagena.ruta.importacion;

/**
 * Lo que la revisión dice de una fila: se puede importar; tiene errores; su persona se parece a otra ya registrada
 * y alguien debe decidir si es la misma o una nueva; o ya se importó en un lote vigente (no se crea nada).
 */
public enum EstadoFila { VALIDA, CON_ERRORES, POR_DECIDIR, YA_IMPORTADA }
