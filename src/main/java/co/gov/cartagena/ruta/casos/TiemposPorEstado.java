package co.gov.cartagena.ruta.casos;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * El reporte agregado del tiempo de cada paso de una ruta (la Comisaría de Familia): por sede, periodo y estado,
 * cuántas estancias terminaron, su promedio y su mediana en días, y cuántas siguen en curso. Cálculo puro sobre
 * las estancias que entrega la consulta; no lleva datos de personas ni de casos.
 *
 * <p>Criterios: una estancia empieza cuando el caso entra al estado (evento de su historia) y termina con el evento
 * siguiente (otro estado o el cierre); el estado CERRADO no es un paso y no se cuenta. El periodo es el del día
 * (hora de Colombia) en que el caso <em>entró</em> al estado. Los días son exactos (segundos / 86 400) y se
 * redondean a dos decimales al final. Las estancias sin terminar no entran al promedio ni a la mediana: se
 * cuentan aparte como «en curso». Cada sede es la dueña actual del caso; además se da, por periodo y estado, el
 * total de todas las sedes consultadas (fila sin sede).
 */
public final class TiemposPorEstado {

    private static final BigDecimal SEGUNDOS_POR_DIA = BigDecimal.valueOf(86_400);

    /** Un caso en un estado: desde cuándo y hasta cuándo ({@code null} si sigue en él). */
    public record Estancia(String sede, String nombreSede, String estado, Instant desde, Instant hasta) {
    }

    /** Una fila del reporte. {@code sede} nula: total de las sedes consultadas. Promedio y mediana nulos sin datos. */
    public record Fila(String sede, String nombreSede, String periodo, String estado, int cantidad,
            BigDecimal promedioDias, BigDecimal medianaDias, int enCurso) {

        public boolean isTotal() {
            return sede == null;
        }
    }

    private TiemposPorEstado() {
    }

    /**
     * Agrupa las estancias. {@code ordenEstados} da el orden de los estados en el reporte (los demás van al final,
     * por nombre).
     */
    public static List<Fila> agregar(List<Estancia> estancias, Periodicidad periodicidad, ZoneId zona,
            List<String> ordenEstados) {
        Map<List<String>, Acumulado> grupos = new LinkedHashMap<>();
        Map<String, String> nombres = new LinkedHashMap<>();
        for (Estancia e : estancias) {
            if (DefinicionRuta.CERRADO.equals(e.estado())) {
                continue;
            }
            String periodo = periodicidad.periodoDe(e.desde().atZone(zona).toLocalDate());
            nombres.put(e.sede(), e.nombreSede());
            grupos.computeIfAbsent(clave(e.sede(), periodo, e.estado()), k -> new Acumulado()).sumar(e);
            grupos.computeIfAbsent(clave(null, periodo, e.estado()), k -> new Acumulado()).sumar(e);
        }
        List<Fila> filas = new ArrayList<>();
        grupos.forEach((k, a) -> filas.add(a.fila(k.get(0), nombres.get(k.get(0)), k.get(1), k.get(2))));
        Comparator<Fila> orden = Comparator.comparing(Fila::periodo)
                .thenComparing(Fila::isTotal)
                .thenComparing(f -> f.sede() == null ? "" : f.sede())
                .thenComparingInt(f -> posicion(ordenEstados, f.estado()))
                .thenComparing(Fila::estado);
        filas.sort(orden);
        return filas;
    }

    private static int posicion(List<String> orden, String estado) {
        int i = orden.indexOf(estado);
        return i < 0 ? Integer.MAX_VALUE : i;
    }

    private static List<String> clave(String sede, String periodo, String estado) {
        List<String> k = new ArrayList<>(3);
        k.add(sede);
        k.add(periodo);
        k.add(estado);
        return k;
    }

    private static final class Acumulado {
        private final List<Long> segundos = new ArrayList<>();
        private int enCurso;

        void sumar(Estancia e) {
            if (e.hasta() == null) {
                enCurso++;
            } else {
                segundos.add(Math.max(0, Duration.between(e.desde(), e.hasta()).getSeconds()));
            }
        }

        Fila fila(String sede, String nombre, String periodo, String estado) {
            BigDecimal promedio = null;
            BigDecimal mediana = null;
            int n = segundos.size();
            if (n > 0) {
                long suma = segundos.stream().mapToLong(Long::longValue).sum();
                promedio = dias(BigDecimal.valueOf(suma), n);
                List<Long> ordenados = segundos.stream().sorted().toList();
                BigDecimal medio = n % 2 == 1 ? BigDecimal.valueOf(ordenados.get(n / 2))
                        : BigDecimal.valueOf(ordenados.get(n / 2 - 1) + ordenados.get(n / 2));
                mediana = dias(medio, n % 2 == 1 ? 1 : 2);
            }
            return new Fila(sede, nombre, periodo, estado, n, promedio, mediana, enCurso);
        }

        private static BigDecimal dias(BigDecimal segundosTotales, int entre) {
            return segundosTotales.divide(SEGUNDOS_POR_DIA.multiply(BigDecimal.valueOf(entre)), 2,
                    RoundingMode.HALF_UP);
        }
    }

}
