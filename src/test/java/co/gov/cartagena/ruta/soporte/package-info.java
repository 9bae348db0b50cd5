/** Ayudas compartidas por las pruebas de integración: el despliegue, tokens de Keycloak y el navegador. */
package co.gov.cartagena.ruta.soporte;
