/** Comprobaciones de salud (MicroProfile Health) para orquestadores y balanceadores. */
package co.gov.cartagena.ruta.salud;
