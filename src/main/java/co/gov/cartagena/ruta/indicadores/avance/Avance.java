package co.gov.cartagena.ruta.indicadores.avance;

import co.gov.cartagena.ruta.indicadores.catalogo.Cifras;
import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * El avance de un indicador hacia su meta, como razón sin recortar (1 = meta cumplida; más de 1 = sobrecumplida),
 * o el motivo por el que no se puede calcular. Fórmulas por tipo de meta, con V el valor, LB la línea base y M la
 * meta del periodo:
 * <ul>
 * <li>incremento: (V − LB) / (M − LB)</li>
 * <li>reducción: (LB − V) / (LB − M)</li>
 * <li>acumulado: V / M</li>
 * <li>cobertura: V / M, con V el porcentaje</li>
 * <li>mantenimiento: cada año min(V / M, 1); el cuatrienio es el promedio de los años corridos
 * ({@link #mantenimiento})</li>
 * <li>hito: V / 100, con V el porcentaje aprobado</li>
 * </ul>
 * Sin línea base en incremento o reducción, o con una división por cero (M = LB; M = 0), el avance no se calcula y
 * lo dice: no es una excepción ni una cifra inventada.
 */
public final class Avance {

    private final EstadoAvance estado;
    private final BigDecimal razon;
    private final String motivo;

    private Avance(EstadoAvance estado, BigDecimal razon, String motivo) {
        this.estado = estado;
        this.razon = razon;
        this.motivo = motivo;
    }

    public static Avance calculado(BigDecimal razon) {
        return new Avance(EstadoAvance.CALCULADO, Objects.requireNonNull(razon), null);
    }

    public static Avance sinCalculo() {
        return new Avance(EstadoAvance.SIN_CALCULO, null, EstadoAvance.SIN_CALCULO.descripcion());
    }

    public static Avance sinDatos() {
        return new Avance(EstadoAvance.SIN_DATOS, null, EstadoAvance.SIN_DATOS.descripcion());
    }

    public static Avance sinLineaBase() {
        return new Avance(EstadoAvance.SIN_LINEA_BASE, null, EstadoAvance.SIN_LINEA_BASE.descripcion());
    }

    public static Avance noCalculable(String motivo) {
        return new Avance(EstadoAvance.NO_CALCULABLE, null, "No calculable: " + motivo);
    }

    /**
     * El avance de un valor contra la meta del periodo.
     *
     * @param lineaBase {@code null} si el plan no la trae
     * @param meta      la meta del periodo (del cuatrienio o la del año)
     * @param valor     {@code null} si no hay valor: el resultado es «sin datos»
     */
    public static Avance de(TipoMeta tipo, BigDecimal lineaBase, BigDecimal meta, BigDecimal valor) {
        if (valor == null) {
            return sinDatos();
        }
        switch (tipo) {
            case INCREMENTO, REDUCCION -> {
                if (lineaBase == null) {
                    return sinLineaBase();
                }
                if (meta.compareTo(lineaBase) == 0) {
                    return noCalculable("la meta es igual a la línea base");
                }
                return tipo == TipoMeta.INCREMENTO
                        ? calculado(Cuatrienio.razon(valor.subtract(lineaBase), meta.subtract(lineaBase)))
                        : calculado(Cuatrienio.razon(lineaBase.subtract(valor), lineaBase.subtract(meta)));
            }
            case ACUMULADO, COBERTURA -> {
                if (meta.signum() == 0) {
                    return noCalculable("la meta es cero");
                }
                return calculado(Cuatrienio.razon(valor, meta));
            }
            case MANTENIMIENTO -> {
                if (meta.signum() == 0) {
                    return noCalculable("la meta es cero");
                }
                return calculado(Cuatrienio.razon(valor, meta).min(BigDecimal.ONE.setScale(Cuatrienio.ESCALA)));
            }
            case HITO -> {
                return calculado(Cuatrienio.razon(valor, Cifras.CIEN));
            }
            default -> throw new IllegalStateException("Tipo de meta sin fórmula: " + tipo);
        }
    }

    /** Un año del cuatrienio para el avance de un indicador de mantenimiento. */
    public record AnioMantenimiento(int anio, BigDecimal meta, BigDecimal valor, boolean cerrado) {
    }

    /**
     * Mantenimiento en el cuatrienio: el promedio de min(V / M, 1) de los años corridos hasta el corte. Un año ya
     * cerrado sin valor aprobado cuenta 0 (no se mostró que se mantuvo); el año en curso cuenta solo cuando tiene
     * valor. Sin ningún año con valor, «sin datos».
     */
    public static Avance mantenimiento(List<AnioMantenimiento> anios) {
        BigDecimal suma = BigDecimal.ZERO;
        int contados = 0;
        boolean algunValor = false;
        for (AnioMantenimiento a : anios) {
            if (a.valor() == null) {
                if (a.cerrado()) {
                    contados++;
                }
                continue;
            }
            Avance delAnio = de(TipoMeta.MANTENIMIENTO, null, a.meta(), a.valor());
            if (!delAnio.calculado()) {
                return delAnio;
            }
            algunValor = true;
            suma = suma.add(delAnio.razon);
            contados++;
        }
        if (!algunValor) {
            return sinDatos();
        }
        return calculado(Cuatrienio.razon(suma, BigDecimal.valueOf(contados)));
    }

    public boolean calculado() {
        return estado == EstadoAvance.CALCULADO;
    }

    public EstadoAvance getEstado() {
        return estado;
    }

    /** La razón sin recortar; {@code null} si no se calculó. */
    public BigDecimal getRazon() {
        return razon;
    }

    /** Por qué no se calculó; {@code null} si se calculó. */
    public String getMotivo() {
        return motivo;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Avance a && a.estado == estado && Objects.equals(a.razon, razon)
                && Objects.equals(a.motivo, motivo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(estado, razon, motivo);
    }

    @Override
    public String toString() {
        return calculado() ? razon.toPlainString() : motivo;
    }
}
