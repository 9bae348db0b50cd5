/** El cálculo puro del avance: valor a una fecha de corte, valor programado, avance, avance esperado y semáforo. */
package co.gov.cartagena.ruta.indicadores.avance;
