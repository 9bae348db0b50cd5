package co.gov.cartagena.ruta.indicadores.avance;

import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * La meta de un indicador repartida en el tiempo: la meta del cuatrienio y, si el administrador las fijó, las metas
 * anuales del plan indicativo. De aquí salen la meta contra la que se mide un periodo y el avance esperado a una
 * fecha de corte, que decide el {@link Semaforo}.
 *
 * <p>Las metas anuales se leen según el tipo de meta: en acumulado, lo que se logra en el año (suman la meta del
 * cuatrienio); en hito, el porcentaje del hito al cierre del año; en los demás, el nivel esperado al cierre del año.
 */
public final class Programacion {

    private final TipoMeta tipo;
    private final BigDecimal lineaBase;
    private final BigDecimal meta;
    private final SortedMap<Integer, BigDecimal> anuales;

    public Programacion(TipoMeta tipo, BigDecimal lineaBase, BigDecimal meta, Map<Integer, BigDecimal> metasAnuales) {
        this.tipo = Objects.requireNonNull(tipo);
        this.lineaBase = lineaBase;
        this.meta = Objects.requireNonNull(meta);
        this.anuales = Collections.unmodifiableSortedMap(new TreeMap<>(metasAnuales));
    }

    public TipoMeta getTipo() {
        return tipo;
    }

    public BigDecimal getLineaBase() {
        return lineaBase;
    }

    public BigDecimal getMeta() {
        return meta;
    }

    public SortedMap<Integer, BigDecimal> getMetasAnuales() {
        return anuales;
    }

    /** Si están las metas anuales desde 2024 hasta ese año, inclusive. */
    public boolean tieneMetasHasta(int anio) {
        for (int y = Cuatrienio.PRIMER_ANIO; y <= Math.min(anio, Cuatrienio.ULTIMO_ANIO); y++) {
            if (!anuales.containsKey(y)) {
                return false;
            }
        }
        return true;
    }

    /**
     * La meta anual con que se mide el año, si la hay: en acumulado, la suma de las metas anuales hasta ese año
     * (los reportes traen lo acumulado en el cuatrienio); en los demás, la de ese año. En hito la meta es siempre la
     * del plan (su avance es el porcentaje aprobado), así que no hay meta anual de referencia.
     */
    public Optional<BigDecimal> metaAnualDeReferencia(int anio) {
        return switch (tipo) {
            case HITO -> Optional.empty();
            case ACUMULADO -> tieneMetasHasta(anio)
                    ? Optional.of(anuales.headMap(anio + 1).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                    : Optional.empty();
            default -> Optional.ofNullable(anuales.get(anio));
        };
    }

    /** La meta contra la que se mide el periodo: la del plan para el cuatrienio ({@code anio} nulo) o la del año. */
    public BigDecimal metaDeReferencia(Integer anio) {
        return anio == null ? meta : metaAnualDeReferencia(anio).orElse(meta);
    }

    /**
     * El avance esperado a la fecha de corte para el periodo, como razón (1 = toda la meta del periodo):
     * <ul>
     * <li>mantenimiento: 1 (el nivel se sostiene todo el tiempo);</li>
     * <li>cobertura: la meta anual del año del corte sobre la meta del periodo, o 1 sin meta anual;</li>
     * <li>los demás, con metas anuales hasta el año del corte: la fórmula del avance aplicada al valor programado a
     * la fecha ({@link #programadoAl}); sin ellas, la fracción del cuatrienio corrida.</li>
     * </ul>
     * {@code null} si no se puede calcular (faltan línea base o la meta del periodo la iguala).
     *
     * @param anio  {@code null} para el cuatrienio
     * @param corte se limita al final del periodo
     */
    public BigDecimal esperado(Integer anio, LocalDate corte) {
        LocalDate fin = anio == null ? Cuatrienio.FIN : Cuatrienio.finDe(anio);
        LocalDate c = corte.isAfter(fin) ? fin : corte;
        BigDecimal referencia = metaDeReferencia(anio);
        int anioCorte = Math.max(Cuatrienio.PRIMER_ANIO, Math.min(Cuatrienio.ULTIMO_ANIO, c.getYear()));
        switch (tipo) {
            case MANTENIMIENTO:
                return BigDecimal.ONE;
            case COBERTURA: {
                BigDecimal delAnio = anuales.get(anioCorte);
                if (delAnio == null) {
                    return BigDecimal.ONE;
                }
                return referencia.signum() == 0 ? null : Cuatrienio.razon(delAnio, referencia);
            }
            default: {
                Optional<BigDecimal> programado = programadoAl(c);
                if (programado.isEmpty()) {
                    return Cuatrienio.fraccionTranscurrida(c).setScale(Cuatrienio.ESCALA, RoundingMode.HALF_EVEN);
                }
                Avance a = Avance.de(tipo, lineaBase, referencia, programado.get());
                return a.calculado() ? a.getRazon() : null;
            }
        }
    }

    /**
     * El valor que el plan indicativo espera a la fecha, si están las metas anuales hasta el año del corte. Dentro
     * del año en curso avanza en línea recta, por días, desde lo esperado al cierre del año anterior (al empezar el
     * cuatrienio: la línea base; 0 en acumulado y en hito) hasta la meta del año. En cobertura y mantenimiento es la
     * meta del año.
     */
    public Optional<BigDecimal> programadoAl(LocalDate corte) {
        LocalDate c = corte.isAfter(Cuatrienio.FIN) ? Cuatrienio.FIN
                : corte.isBefore(Cuatrienio.INICIO) ? Cuatrienio.INICIO : corte;
        int anio = c.getYear();
        if (!tieneMetasHasta(anio)) {
            return Optional.empty();
        }
        BigDecimal delAnio = anuales.get(anio);
        BigDecimal fraccion = Cuatrienio.fraccionDelAnio(anio, c);
        BigDecimal anterior;
        switch (tipo) {
            case COBERTURA, MANTENIMIENTO -> {
                return Optional.of(delAnio);
            }
            case ACUMULADO -> {
                BigDecimal previos = anuales.headMap(anio).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                return Optional.of(previos.add(delAnio.multiply(fraccion)));
            }
            case HITO -> anterior = anio == Cuatrienio.PRIMER_ANIO ? BigDecimal.ZERO : anuales.get(anio - 1);
            default -> {
                if (anio == Cuatrienio.PRIMER_ANIO && lineaBase == null) {
                    return Optional.empty();
                }
                anterior = anio == Cuatrienio.PRIMER_ANIO ? lineaBase : anuales.get(anio - 1);
            }
        }
        return Optional.of(anterior.add(delAnio.subtract(anterior).multiply(fraccion)));
    }
}
