package co.gov.cartagena.ruta.indicadores.reportes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Lo que trae un reporte de valor de un indicador manual o externo.
 *
 * @param fechaCorte  la fecha a la que corresponde el valor (dentro del cuatrienio, no futura)
 * @param valor       en la unidad del indicador; en un hito, el porcentaje de avance (0–100). Puede faltar si
 *                    vienen numerador y denominador: entonces es numerador / denominador × 100
 * @param numerador   opcional, solo en indicadores de porcentaje y con denominador
 * @param denominador opcional, mayor que cero
 * @param fuente      fuente oficial (externo) o soporte (manual), obligatoria
 * @param evidencia   descripción de la evidencia; obligatoria en los manuales
 */
public record NuevoReporte(LocalDate fechaCorte, BigDecimal valor, BigDecimal numerador, BigDecimal denominador,
        String fuente, String evidencia) {
}
