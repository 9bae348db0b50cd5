/**
 * Importación de los registros del cuatrienio desde hojas de cálculo: plantillas armadas con la definición de cada
 * ruta y con el catálogo de actividades colectivas, revisión fila por fila sin escribir nada, lotes que se escriben
 * por tramos a través de los servicios de personas, casos y actividades (las mismas reglas y el mismo almacén de
 * indicadores que un registro hecho a mano), reimportación sin duplicar y anulación de un lote completo.
 */
package co.gov.cartagena.ruta.importacion;
