package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.indicadores.avance.Valor;
import co.gov.cartagena.ruta.indicadores.calculo.LecturasDelAlmacen;
import co.gov.cartagena.ruta.indicadores.catalogo.FuenteIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.calculo.Conteo;
import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import co.gov.cartagena.ruta.indicadores.calculo.ReglasDelPlan;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Valores de los indicadores de fuente {@code casos} y {@code actividades}, leídos del almacén incremental
 * ({@link co.gov.cartagena.ruta.indicadores.calculo.Almacen}), según el tipo de meta:
 *
 * <ul>
 * <li>acumulado: claves cuyo primer registro del cuatrienio cae en el periodo (una persona cuenta una vez, en el
 * año de su primera vinculación);</li>
 * <li>mantenimiento: claves con registro en el periodo (convenios, jornadas del año);</li>
 * <li>cobertura: numerador / denominador × 100, ambos con claves distintas del periodo; sin denominador no hay
 * valor;</li>
 * <li>incremento (GE.R1): personas atendidas en el periodo / cifra externa del año × 100 (para el cuatrienio, la
 * cifra del año de la fecha de corte).</li>
 * </ul>
 */
@ApplicationScoped
public class ValoresCalculados implements FuenteDeValores {

    static final int DECIMALES = 2;

    @Inject
    LecturasDelAlmacen lecturas;

    @Inject
    DatosExternos externos;

    @Override
    public boolean atiende(FuenteIndicador fuente) {
        return fuente == FuenteIndicador.CASOS || fuente == FuenteIndicador.ACTIVIDADES;
    }

    @Override
    public Optional<Valor> valor(Indicador indicador, Integer anio, LocalDate corte, Long sede) {
        String codigo = indicador.getCodigoTexto();
        if (!ReglasDelPlan.indicadores().contains(codigo)) {
            return Optional.empty();
        }
        Conteo conteo = lecturas.conteo(codigo, anio, corte, sede);
        String fuente = "Ruta: " + indicador.getFuente().codigo();
        return switch (indicador.getTipoMeta()) {
            case ACUMULADO -> Optional.of(
                    Valor.de(BigDecimal.valueOf(conteo.nuevas(ParteDeLaCifra.VAL)), corte, fuente));
            case MANTENIMIENTO -> Optional.of(
                    Valor.de(BigDecimal.valueOf(conteo.enPeriodo(ParteDeLaCifra.VAL)), corte, fuente));
            case COBERTURA -> porcentaje(BigDecimal.valueOf(conteo.enPeriodo(ParteDeLaCifra.NUM)),
                    BigDecimal.valueOf(conteo.enPeriodo(ParteDeLaCifra.DEN)), corte, fuente);
            case INCREMENTO -> sede != null ? Optional.empty() : externos.vigente(codigo, anio == null ? corte.getYear() : anio)
                    .flatMap(d -> porcentaje(BigDecimal.valueOf(conteo.enPeriodo(ParteDeLaCifra.NUM)), d.getValor(),
                            corte, fuente + " / " + d.getFuente()));
            default -> Optional.empty();
        };
    }

    private static Optional<Valor> porcentaje(BigDecimal numerador, BigDecimal denominador, LocalDate corte,
            String fuente) {
        if (denominador.signum() == 0) {
            return Optional.empty();
        }
        BigDecimal valor = numerador.multiply(BigDecimal.valueOf(100)).divide(denominador, DECIMALES,
                RoundingMode.HALF_UP);
        return Optional.of(new Valor(valor, numerador, denominador, corte, fuente));
    }
}
