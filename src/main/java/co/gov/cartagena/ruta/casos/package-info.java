/**
 * Casos: las rutas del plan (con sus campos, estados y atenciones explícitos en {@link co.gov.cartagena.ruta.casos.Rutas}),
 * el ciclo de vida de cada caso y lo que se hace en él (atenciones, remisiones, seguimientos), quién lo ve
 * ({@link co.gov.cartagena.ruta.casos.PoliticaAcceso}) y el tiempo de cada paso en la Comisaría de Familia.
 */
package co.gov.cartagena.ruta.casos;
