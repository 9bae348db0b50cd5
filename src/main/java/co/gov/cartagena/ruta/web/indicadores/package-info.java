/**
 * Páginas de indicadores ({@code app/indicadores/}): el tablero por componente y programa, las metas anuales y textos
 * (administrador) y los reportes manuales y externos con su aprobación (coordinador y supervisor).
 */
package co.gov.cartagena.ruta.web.indicadores;
