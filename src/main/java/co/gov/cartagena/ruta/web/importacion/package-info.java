/** Las páginas de la importación de registros: subir y revisar un archivo, decidir duplicados, importar y el historial. */
package co.gov.cartagena.ruta.web.importacion;
