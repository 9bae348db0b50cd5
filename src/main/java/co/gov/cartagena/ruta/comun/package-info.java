/** Piezas comunes del dominio: las excepciones con mensaje para el usuario y la normalización de textos. */
package co.gov.cartagena.ruta.comun;
