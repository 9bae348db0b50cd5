/** La descarga de adjuntos desde las páginas ({@code /app/adjuntos/descargar}): solo como archivo, nunca en la página. */
package co.gov.cartagena.ruta.web.adjuntos;
