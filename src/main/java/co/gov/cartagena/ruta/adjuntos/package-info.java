/**
 * Adjuntos de casos y personas (soportes, formatos de autorización firmados): tamaño y tipo verificados por su
 * contenido, guardados aparte de sus datos y entregados solo como descarga, nunca para mostrarse en el navegador.
 */
package co.gov.cartagena.ruta.adjuntos;
