package co.gov.cartagena.ruta.indicadores.catalogo;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;

/** De dónde sale el valor de un indicador (columna {@code fuente} del plan). */
public enum FuenteIndicador {
    /** El equipo responsable reporta el avance con evidencia; cuenta cuando un supervisor lo aprueba. */
    MANUAL("manual"),
    /** Cifra oficial (Policía, Unidad para las Víctimas…) con su fuente y fecha de corte; se aprueba igual. */
    EXTERNO("externo"),
    /** Se calcula de los casos registrados en Ruta. */
    CASOS("casos"),
    /** Se calcula de las actividades registradas en Ruta. */
    ACTIVIDADES("actividades"),
    /** Se calcula del registro de sedes. */
    SEDES("sedes");

    private final String codigo;

    FuenteIndicador(String codigo) {
        this.codigo = codigo;
    }

    public String codigo() {
        return codigo;
    }

    /** Manual y externo se alimentan con reportes que aprueba un supervisor. */
    public boolean seReporta() {
        return this == MANUAL || this == EXTERNO;
    }

    public static FuenteIndicador deCodigo(String codigo) {
        return Arrays.stream(values()).filter(f -> f.codigo.equals(codigo)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Fuente de indicador desconocida: " + codigo));
    }

    /** Se guarda con el texto del plan. */
    @Converter
    public static class Convertidor implements AttributeConverter<FuenteIndicador, String> {
        @Override
        public String convertToDatabaseColumn(FuenteIndicador fuente) {
            return fuente == null ? null : fuente.codigo;
        }

        @Override
        public FuenteIndicador convertToEntityAttribute(String codigo) {
            return codigo == null ? null : deCodigo(codigo);
        }
    }
}
