/**
 * Indicadores del Plan de Desarrollo 2024–2027 (línea Seguridad Humana): el catálogo (línea → componente → programa
 * → indicador), las metas anuales del plan indicativo, los reportes manuales y externos con su aprobación, el
 * cálculo del avance y del semáforo a una fecha de corte, los cortes congelados, los informes exportados (Excel, PDF,
 * CSV) y el mantenimiento del almacén de los calculados ({@code calculo}). Ver docs/indicadores.md.
 */
package co.gov.cartagena.ruta.indicadores;
