package co.gov.cartagena.ruta.indicadores.catalogo;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/**
 * Cómo se mide el avance hacia la meta (columna {@code tipo_meta} del plan). Las fórmulas están en
 * {@code avance.Avance}.
 */
public enum TipoMeta {
    /** Llevar un nivel desde la línea base hasta la meta: (valor − línea base) / (meta − línea base). */
    INCREMENTO("incremento"),
    /** Sumar logros en el cuatrienio: valor / meta. */
    ACUMULADO("acumulado"),
    /** Atender una proporción: valor (porcentaje) / meta. */
    COBERTURA("cobertura"),
    /** Sostener un nivel cada año: min(valor / meta, 1) por año; el cuatrienio es el promedio de los años corridos. */
    MANTENIMIENTO("mantenimiento"),
    /** Bajar un nivel desde la línea base hasta la meta: (línea base − valor) / (línea base − meta). */
    REDUCCION("reduccion"),
    /** Completar una obra o producto único: el porcentaje aprobado. */
    HITO("hito");

    private final String codigo;

    TipoMeta(String codigo) {
        this.codigo = codigo;
    }

    public String codigo() {
        return codigo;
    }

    /** Si la fórmula usa la línea base. */
    public boolean usaLineaBase() {
        return this == INCREMENTO || this == REDUCCION;
    }

    public static TipoMeta deCodigo(String codigo) {
        return Arrays.stream(values()).filter(t -> t.codigo.equals(codigo)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Tipo de meta desconocido: " + codigo));
    }

    /** Se guarda con el texto del plan. */
    @Converter
    public static class Convertidor implements AttributeConverter<TipoMeta, String> {
        @Override
        public String convertToDatabaseColumn(TipoMeta tipo) {
            return tipo == null ? null : tipo.codigo;
        }

        @Override
        public TipoMeta convertToEntityAttribute(String codigo) {
            return codigo == null ? null : deCodigo(codigo);
        }
    }
}
