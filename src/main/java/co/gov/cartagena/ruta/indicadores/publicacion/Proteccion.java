package co.gov.cartagena.ruta.indicadores.publicacion;

import co.gov.cartagena.ruta.indicadores.seguimiento.DesgloseIndicadores;
import co.gov.cartagena.ruta.indicadores.calculo.Regla;
import co.gov.cartagena.ruta.indicadores.calculo.ReglasDelPlan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Lo que protege a las personas detrás de las cifras publicadas. Una desagregación publicada es una tabla categoría ×
 * componente (valor, o numerador y denominador) de conteos de personas:
 * <ul>
 * <li>una celda de 1 a 4 personas se suprime (la regla del tablero para quien no ve datos personales,
 * {@link DesgloseIndicadores#MINIMO_PUBLICABLE});</li>
 * <li>supresión complementaria: si en una columna queda una sola celda suprimida, se suprime también la más pequeña de
 * las demás de esa columna, para que no se despeje restando del total publicado;</li>
 * <li>en las rutas sensibles (trata, violencia intrafamiliar, protección preventiva) no se publica la desagregación
 * si alguna celda tiene menos de 5 personas: ni siquiera suprimida.</li>
 * </ul>
 */
public final class Proteccion {

    /** Celdas con menos personas no se publican. */
    public static final int UMBRAL = DesgloseIndicadores.MINIMO_PUBLICABLE;

    /** Las rutas cuyos indicadores solo se desagregan si cada celda llega al umbral. */
    static final Set<String> RUTAS_SENSIBLES = Set.of("TRATA_DE_PERSONAS", "VIOLENCIA_INTRAFAMILIAR",
            "PROTECCION_PREVENTIVA");

    /** Una fila publicada: la categoría y su conteo por componente; {@code null} en un componente: suprimida. */
    public record Fila(String categoria, Map<String, Long> conteos) {
        public boolean suprimida(String componente) {
            return conteos.containsKey(componente) && conteos.get(componente) == null;
        }
    }

    private Proteccion() {
    }

    /** Si el indicador cuenta casos o personas de una ruta sensible (lo dice su regla de conteo). */
    public static boolean sensible(String codigo) {
        for (Regla r : ReglasDelPlan.delIndicador(codigo)) {
            for (String ruta : RUTAS_SENSIBLES) {
                if (r.consulta().contains("'" + ruta + "'")) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * La tabla que se puede publicar a partir de los conteos crudos (categoría → componente → personas), o vacío si
     * en una ruta sensible no se publica.
     *
     * @param componentes las columnas, en orden (una categoría sin conteo en una columna tiene 0 allí)
     */
    public static Optional<List<Fila>> proteger(Map<String, Map<String, Long>> crudos, List<String> componentes,
            boolean sensible) {
        boolean alguna = crudos.values().stream().flatMap(m -> m.values().stream()).anyMatch(Proteccion::pequena);
        if (sensible && alguna) {
            return Optional.empty();
        }
        Map<String, Map<String, Long>> r = new LinkedHashMap<>();
        crudos.forEach((categoria, conteos) -> {
            Map<String, Long> fila = new LinkedHashMap<>();
            for (String c : componentes) {
                long n = conteos.getOrDefault(c, 0L);
                fila.put(c, pequena(n) ? null : n);
            }
            r.put(categoria, fila);
        });
        for (String c : componentes) {
            long suprimidas = r.values().stream().filter(f -> f.get(c) == null).count();
            if (suprimidas == 1) {
                r.values().stream().filter(f -> f.get(c) != null && f.get(c) > 0)
                        .min(Comparator.comparingLong(f -> f.get(c))).ifPresent(f -> f.put(c, null));
            }
        }
        List<Fila> filas = new ArrayList<>();
        r.forEach((categoria, conteos) -> filas.add(new Fila(categoria, conteos)));
        return Optional.of(filas);
    }

    /** Una celda que no se publica: de 1 a 4 personas (0 no dice nada de nadie). */
    public static boolean pequena(long n) {
        return n > 0 && n < UMBRAL;
    }
}
