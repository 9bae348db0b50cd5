/**
 * Páginas de indicadores ({@code app/indicadores/}): el tablero por componente y programa, la página de un indicador
 * con su serie anual, desagregaciones y detalle, las metas anuales y textos (administrador), los reportes manuales y
 * externos con su aprobación (coordinador y supervisor) y los cortes, con su publicación (supervisor).
 */
package co.gov.cartagena.ruta.web.indicadores;
