/**
 * Comprobaciones de salud (MicroProfile Health) para orquestadores y balanceadores: lista cuando MariaDB responde y
 * las exportaciones y consultas del tablero ya se calentaron al arrancar.
 */
package co.gov.cartagena.ruta.salud;
