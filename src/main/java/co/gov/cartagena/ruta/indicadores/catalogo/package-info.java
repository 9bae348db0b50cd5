/** El catálogo del plan (línea → componente → programa → indicador), sus textos, sus metas anuales y el cuatrienio 2024–2027. */
package co.gov.cartagena.ruta.indicadores.catalogo;
