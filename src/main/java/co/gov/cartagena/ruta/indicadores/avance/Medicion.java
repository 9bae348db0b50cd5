package co.gov.cartagena.ruta.indicadores.avance;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Un indicador medido a una fecha de corte.
 *
 * @param anio      {@code null}: el cuatrienio hasta el corte; si no, ese año
 * @param corte     la fecha de corte efectiva (limitada al final del periodo)
 * @param meta      la meta contra la que se mide el periodo
 * @param metaAnual si {@code meta} sale de las metas anuales del plan indicativo
 * @param valor     el valor a la fecha de corte; {@code null} si no hay
 * @param avance    el avance (o por qué no se calcula)
 * @param esperado  el avance esperado a la fecha de corte; {@code null} si no se puede calcular
 * @param semaforo  el color
 */
public record Medicion(Integer anio, LocalDate corte, BigDecimal meta, boolean metaAnual, Valor valor, Avance avance,
        BigDecimal esperado, Semaforo semaforo) {
}
