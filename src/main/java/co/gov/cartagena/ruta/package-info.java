/**
 * Ruta: gestión de casos de la línea Seguridad Humana del Plan de Desarrollo 2024–2027 de Cartagena.
 * Los paquetes van por funcionalidad: cada uno reúne sus entidades, servicio, API y páginas.
 */
package co.gov.cartagena.ruta;
