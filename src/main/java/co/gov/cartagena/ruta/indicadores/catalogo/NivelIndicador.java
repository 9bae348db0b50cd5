package co.gov.cartagena.ruta.indicadores.catalogo;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** Nivel del indicador en el plan: meta de resultado (del componente) o indicador de producto (de un programa). */
public enum NivelIndicador {
    RESULTADO("resultado"),
    PRODUCTO("producto");

    private final String codigo;

    NivelIndicador(String codigo) {
        this.codigo = codigo;
    }

    /** Como lo escribe el plan (columna {@code nivel} de indicadores.csv). */
    public String codigo() {
        return codigo;
    }

    public static NivelIndicador deCodigo(String codigo) {
        return Arrays.stream(values()).filter(n -> n.codigo.equals(codigo)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Nivel de indicador desconocido: " + codigo));
    }

    /** Se guarda con el texto del plan. */
    @Converter
    public static class Convertidor implements AttributeConverter<NivelIndicador, String> {
        @Override
        public String convertToDatabaseColumn(NivelIndicador nivel) {
            return nivel == null ? null : nivel.codigo;
        }

        @Override
        public NivelIndicador convertToEntityAttribute(String codigo) {
            return codigo == null ? null : deCodigo(codigo);
        }
    }
}
