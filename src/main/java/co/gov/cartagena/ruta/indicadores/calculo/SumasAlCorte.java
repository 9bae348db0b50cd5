package co.gov.cartagena.ruta.indicadores.calculo;

import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Los conteos del almacén sumados desde el inicio del cuatrienio hasta una fecha ({@link Almacen#sumas}), por
 * indicador, componente, ámbito (0: el cuatrienio; un año) y año de la fecha. De ahí salen las cifras del cuatrienio
 * hasta esa fecha y las de cada año hasta el mismo día o hasta su 31/12 si ya terminó: todo lo que el tablero pide para
 * un corte, en una sola lectura.
 */
public final class SumasAlCorte {

    private record Clave(String indicador, ParteDeLaCifra componente, int ambito, int anio) {
    }

    private final long sede;
    private final LocalDate hasta;
    private final Map<Clave, Long> sumas = new HashMap<>();

    SumasAlCorte(long sede, LocalDate hasta) {
        this.sede = sede;
        this.hasta = hasta;
    }

    void sumar(String indicador, ParteDeLaCifra componente, int ambito, int anio, long cantidad) {
        sumas.merge(new Clave(indicador, componente, ambito, anio), cantidad, Long::sum);
    }

    /** La sede de estas sumas ({@code 0}: todas). */
    public long sede() {
        return sede;
    }

    /** El último día sumado. */
    public LocalDate hasta() {
        return hasta;
    }

    /**
     * Si estas sumas dan las cifras del periodo (el cuatrienio o un año) hasta ese corte: el cuatrienio, solo si
     * termina el mismo día; un año, si termina el mismo día o si el año ya había terminado.
     */
    public boolean responde(Integer anio, LocalDate corte) {
        LocalDate fin = Almacen.Periodo.de(anio, corte).hasta();
        if (fin.equals(hasta)) {
            return true;
        }
        return anio != null && fin.equals(Cuatrienio.finDe(anio)) && hasta.isAfter(fin);
    }

    /**
     * Por indicador calculado, lo contado en el periodo hasta el corte (ver {@link Conteo}).
     *
     * @throws IllegalArgumentException si estas sumas no {@link #responde responden} a ese periodo
     */
    public Map<String, Conteo> conteos(Integer anio, LocalDate corte) {
        if (!responde(anio, corte)) {
            throw new IllegalArgumentException("Las sumas hasta el " + hasta + " no dan el periodo "
                    + (anio == null ? "del cuatrienio" : anio) + " al " + corte);
        }
        Map<String, Conteo> r = new HashMap<>();
        ReglasDelPlan.indicadores().forEach(i -> r.put(i, new Conteo()));
        sumas.forEach((k, n) -> {
            Conteo conteo = r.computeIfAbsent(k.indicador(), x -> new Conteo());
            if (anio == null) {
                if (k.ambito() == 0) {
                    conteo.sumarEnPeriodo(k.componente(), n);
                    conteo.sumarNuevas(k.componente(), n);
                }
            } else {
                if (k.ambito() == anio) {
                    conteo.sumarEnPeriodo(k.componente(), n);
                }
                if (k.ambito() == 0 && k.anio() == anio) {
                    conteo.sumarNuevas(k.componente(), n);
                }
            }
        });
        return r;
    }
}
