/**
 * Lo que se ve sin ingresar: la página pública de avance de los cortes publicados ({@code publico/avance.xhtml}) y los
 * datos abiertos ({@code /datos-abiertos/}, {@link co.gov.cartagena.ruta.web.publico.DatosAbiertosServlet}), armados
 * una vez por corte publicado e idioma. Ver docs/rendicion-de-cuentas.md.
 */
package co.gov.cartagena.ruta.web.publico;
