/**
 * Ruta: gestión de casos de la línea Seguridad Humana del Plan de Desarrollo 2024–2027 de Cartagena.
 * Los paquetes van por funcionalidad ({@code casos}, {@code personas}, {@code indicadores}…): cada uno reúne sus
 * entidades, su servicio (la frontera de la transacción) y su repositorio. Las páginas no están en ellos: sus beans
 * viven en {@code web} y {@code web/<área>} (un bean por página, en el paquete que refleja su URL) y sus {@code .xhtml}
 * en {@code src/main/webapp} ({@code app/<área>/} exige ingreso; {@code index.xhtml}, {@code error/} y
 * {@code publico/} no). La API REST {@code /api/v1} vive toda en {@code api}, un recurso por área. El mapa está en
 * el README y el detalle en docs/arquitectura.md.
 */
package co.gov.cartagena.ruta;
