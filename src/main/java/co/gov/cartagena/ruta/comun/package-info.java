/**
 * Piezas comunes del dominio: las excepciones con mensaje para el usuario (clave y argumentos, {@link
 * co.gov.cartagena.ruta.comun.Texto}), la normalización de textos, la fecha de hoy en Colombia
 * ({@link co.gov.cartagena.ruta.comun.Hoy}) y el proveedor JSON-P buscado una sola vez
 * ({@link co.gov.cartagena.ruta.comun.Json}).
 */
package co.gov.cartagena.ruta.comun;
