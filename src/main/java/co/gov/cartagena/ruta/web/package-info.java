/**
 * Páginas Faces: plantilla, sesión e idioma, inicio por rol y los convertidores únicos de fechas (dd/MM/yyyy,
 * America/Bogota) y de números (coma decimal, punto de miles).
 */
package co.gov.cartagena.ruta.web;
