/**
 * Indicadores del Plan de Desarrollo 2024–2027 (línea Seguridad Humana), en subpaquetes por asunto, de abajo arriba:
 * {@code catalogo} (catálogo y metas), {@code avance} (cálculo puro), {@code reportes} (reportes e importación),
 * {@code calculo} (el almacén de los calculados), {@code seguimiento} (casos de uso y repositorio), {@code cortes},
 * {@code informes} y {@code publicacion}. Ninguno usa a uno de más arriba. Ver docs/indicadores.md.
 */
package co.gov.cartagena.ruta.indicadores;
