/**
 * Prueba de carga del perfil benchmark: gestores y supervisores simulados con Gatling contra la API de Ruta sobre la
 * base generada, con su informe en {@code target/benchmark/carga.md} (ver {@code docs/carga.md}).
 */
package co.gov.cartagena.ruta.carga;
