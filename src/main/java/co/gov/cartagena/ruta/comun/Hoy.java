package co.gov.cartagena.ruta.comun;

import java.time.ZoneId;

/**
 * La zona de Colombia, la única de Ruta. El servidor corre en UTC; entre las 19:00 y la medianoche de Cartagena ya es
 * «mañana» en UTC, así que «hoy» se lee siempre en esta zona: con el reloj que da {@link Reloj}
 * ({@code LocalDate.now(reloj)}).
 */
public final class Hoy {

    /** El nombre de la zona, para las anotaciones que piden una constante (p. ej. {@code @Schedule(timezone)}). */
    public static final String ZONA_COLOMBIA = "America/Bogota";
    public static final ZoneId COLOMBIA = ZoneId.of(ZONA_COLOMBIA);

    private Hoy() {
    }
}
