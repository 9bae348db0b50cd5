/** Los cortes: las cifras congeladas a una fecha, revisadas y cerradas por un supervisor. */
package co.gov.cartagena.ruta.indicadores.cortes;
