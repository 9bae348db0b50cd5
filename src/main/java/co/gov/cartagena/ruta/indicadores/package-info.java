/**
 * Indicadores del Plan de Desarrollo 2024–2027 (línea Seguridad Humana): el catálogo (línea → componente → programa
 * → indicador), las metas anuales del plan indicativo, los reportes manuales y externos con su aprobación, y el
 * cálculo del avance y del semáforo a una fecha de corte.
 */
package co.gov.cartagena.ruta.indicadores;
