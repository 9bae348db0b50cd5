/** Páginas Faces: plantilla, sesión e idioma, inicio por rol y convertidores de fecha (dd/MM/yyyy, America/Bogota). */
package co.gov.cartagena.ruta.web;
