package co.gov.cartagena.ruta.indicadores.avance;

import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Mide un indicador a una fecha de corte: valor, avance, avance esperado y semáforo. Lógica pura, sin base de datos. */
public final class Medidor {

    /** Los valores de un indicador: para el cuatrienio ({@code anio} nulo) o un año, hasta la fecha de corte. */
    @FunctionalInterface
    public interface Valores {
        Optional<Valor> valor(Integer anio, LocalDate corte);
    }

    private Medidor() {
    }

    /**
     * @param valores {@code null} si la fuente del indicador aún no se calcula: el resultado dice «sin cálculo
     *                todavía», sin valor ni avance
     * @param anio    {@code null} para el cuatrienio; si no, un año del plan
     * @param corte   la fecha de corte; se limita al final del periodo
     */
    public static Medicion medir(Programacion programacion, Valores valores, Integer anio, LocalDate corte) {
        LocalDate fin = anio == null ? Cuatrienio.FIN : Cuatrienio.finDe(anio);
        LocalDate c = corte.isAfter(fin) ? fin : corte;
        BigDecimal meta = programacion.metaDeReferencia(anio);
        boolean metaAnual = anio != null && programacion.metaAnualDeReferencia(anio).isPresent();
        BigDecimal esperado = programacion.esperado(anio, c);
        if (valores == null) {
            return new Medicion(anio, c, meta, metaAnual, null, Avance.sinCalculo(), esperado, Semaforo.SIN_DATOS);
        }
        Valor valor = valores.valor(anio, c).orElse(null);
        Avance avance;
        if (programacion.getTipo() == TipoMeta.MANTENIMIENTO && anio == null) {
            avance = Avance.mantenimiento(aniosCorridos(programacion, valores, c));
        } else {
            avance = Avance.de(programacion.getTipo(), programacion.getLineaBase(), meta,
                    valor == null ? null : valor.valor());
        }
        return new Medicion(anio, c, meta, metaAnual, valor, avance, esperado, Semaforo.de(avance, esperado));
    }

    private static List<Avance.AnioMantenimiento> aniosCorridos(Programacion programacion, Valores valores,
            LocalDate corte) {
        List<Avance.AnioMantenimiento> anios = new ArrayList<>();
        for (int y = Cuatrienio.PRIMER_ANIO; y <= Math.min(corte.getYear(), Cuatrienio.ULTIMO_ANIO); y++) {
            LocalDate finAnio = Cuatrienio.finDe(y);
            LocalDate corteAnio = corte.isBefore(finAnio) ? corte : finAnio;
            BigDecimal valor = valores.valor(y, corteAnio).map(Valor::valor).orElse(null);
            anios.add(new Avance.AnioMantenimiento(y, programacion.metaDeReferencia(y), valor,
                    !corte.isBefore(finAnio)));
        }
        return anios;
    }
}
