/** Infraestructura de persistencia: la fuente de datos MariaDB y las migraciones Flyway, única fuente del esquema. */
package co.gov.cartagena.ruta.persistencia;
