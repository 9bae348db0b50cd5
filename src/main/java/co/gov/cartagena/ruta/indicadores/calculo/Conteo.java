package co.gov.cartagena.ruta.indicadores.calculo;

import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import java.util.EnumMap;
import java.util.Map;

/**
 * Lo contado para un indicador en un periodo (un año o el cuatrienio) hasta una fecha de corte, por componente.
 *
 * <ul>
 * <li>{@code enPeriodo}: claves distintas con algún registro en el periodo (coberturas, mantenimiento, GE.R1).</li>
 * <li>{@code nuevas}: claves cuyo primer registro del cuatrienio cae en el periodo (acumulados: «en cada año
 * cuentan las que se vinculan por primera vez en el cuatrienio»). Para el cuatrienio, ambas coinciden.</li>
 * </ul>
 */
public final class Conteo {

    private final Map<ParteDeLaCifra, Long> enPeriodo = new EnumMap<>(ParteDeLaCifra.class);
    private final Map<ParteDeLaCifra, Long> nuevas = new EnumMap<>(ParteDeLaCifra.class);

    public long enPeriodo(ParteDeLaCifra c) {
        return enPeriodo.getOrDefault(c, 0L);
    }

    public long nuevas(ParteDeLaCifra c) {
        return nuevas.getOrDefault(c, 0L);
    }

    void sumarEnPeriodo(ParteDeLaCifra c, long n) {
        enPeriodo.merge(c, n, Long::sum);
    }

    void sumarNuevas(ParteDeLaCifra c, long n) {
        nuevas.merge(c, n, Long::sum);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Conteo otro && normal(enPeriodo).equals(normal(otro.enPeriodo))
                && normal(nuevas).equals(normal(otro.nuevas));
    }

    @Override
    public int hashCode() {
        return normal(enPeriodo).hashCode() * 31 + normal(nuevas).hashCode();
    }

    private static Map<ParteDeLaCifra, Long> normal(Map<ParteDeLaCifra, Long> m) {
        Map<ParteDeLaCifra, Long> r = new EnumMap<>(ParteDeLaCifra.class);
        m.forEach((k, v) -> {
            if (v != 0) {
                r.put(k, v);
            }
        });
        return r;
    }

    @Override
    public String toString() {
        return "enPeriodo=" + normal(enPeriodo) + ", nuevas=" + normal(nuevas);
    }
}
