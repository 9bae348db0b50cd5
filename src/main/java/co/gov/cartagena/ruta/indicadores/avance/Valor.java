package co.gov.cartagena.ruta.indicadores.avance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * El valor de un indicador a una fecha de corte, con su numerador y denominador cuando el indicador es una
 * proporción, la fecha a la que corresponde y de dónde sale (fuente oficial, soporte o «Ruta»).
 *
 * @param valor       el valor, en la unidad del indicador (para porcentajes, 0–100)
 * @param numerador   opcional, con {@code denominador}
 * @param denominador opcional, con {@code numerador}
 * @param fechaCorte  la fecha a la que corresponde el valor
 * @param fuente      de dónde sale
 */
public record Valor(BigDecimal valor, BigDecimal numerador, BigDecimal denominador, LocalDate fechaCorte,
        String fuente) {

    public Valor {
        Objects.requireNonNull(valor, "valor");
        Objects.requireNonNull(fechaCorte, "fechaCorte");
        if ((numerador == null) != (denominador == null)) {
            throw new IllegalArgumentException("Numerador y denominador van juntos");
        }
    }

    public static Valor de(BigDecimal valor, LocalDate fechaCorte, String fuente) {
        return new Valor(valor, null, null, fechaCorte, fuente);
    }
}
