/** Los reportes de valores manuales y externos, sus estados de aprobación y la lectura de las cifras oficiales en CSV. */
package co.gov.cartagena.ruta.indicadores.reportes;
