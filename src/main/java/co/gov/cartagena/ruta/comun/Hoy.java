package co.gov.cartagena.ruta.comun;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * La fecha de hoy en Colombia. El servidor corre en UTC; entre las 19:00 y la medianoche de Cartagena ya es
 * «mañana» en UTC, así que toda regla de «no puede ser futura» se mide contra esta fecha.
 */
public final class Hoy {

    /** El nombre de la zona, para las anotaciones que piden una constante (p. ej. {@code @Schedule(timezone)}). */
    public static final String ZONA_COLOMBIA = "America/Bogota";
    public static final ZoneId COLOMBIA = ZoneId.of(ZONA_COLOMBIA);

    private Hoy() {
    }

    public static LocalDate enColombia() {
        return LocalDate.now(COLOMBIA);
    }
}
