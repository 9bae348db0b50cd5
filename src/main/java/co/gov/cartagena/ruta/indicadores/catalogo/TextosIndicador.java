package co.gov.cartagena.ruta.indicadores.catalogo;

/**
 * Textos corregibles de un indicador. Un campo {@code null} no cambia. El código, el nivel, la jerarquía, la línea
 * base, la meta, el tipo de meta y la fuente son los del plan y no se corrigen aquí.
 */
public record TextosIndicador(String nombre, String lineaBaseTexto, String metaTexto, String unidad, String regla) {
}
