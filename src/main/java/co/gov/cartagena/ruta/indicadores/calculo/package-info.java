/**
 * Los indicadores calculados desde los registros: las reglas del plan escritas una sola vez en SQL
 * ({@link co.gov.cartagena.ruta.indicadores.calculo.ReglasDelPlan}) y el almacén incremental que las mantiene al día
 * en la misma transacción que cada cambio ({@link co.gov.cartagena.ruta.indicadores.calculo.Almacen}), con su lectura a
 * una fecha de corte y el cálculo en vivo con que se compara. Ver docs/arquitectura.md.
 */
package co.gov.cartagena.ruta.indicadores.calculo;
