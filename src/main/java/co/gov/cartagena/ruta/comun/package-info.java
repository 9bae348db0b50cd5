/**
 * Piezas comunes del dominio: las excepciones con mensaje para el usuario (clave y argumentos, {@link
 * co.gov.cartagena.ruta.comun.Texto}) y la normalización de textos.
 */
package co.gov.cartagena.ruta.comun;
