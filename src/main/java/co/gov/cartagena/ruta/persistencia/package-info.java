/**
 * Infraestructura de persistencia: la fuente de datos MariaDB, las migraciones Flyway (única fuente del esquema) y el
 * reintento acotado de la transacción entera ante un choque
 * ({@link co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo}).
 */
package co.gov.cartagena.ruta.persistencia;
