/** Los informes exportados del avance (Excel, PDF, CSV) y su calentamiento al arrancar. */
package co.gov.cartagena.ruta.indicadores.informes;
