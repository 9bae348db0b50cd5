package co.gov.cartagena.ruta.web;

import static co.gov.cartagena.ruta.comun.FormatoFecha.FECHA;
import static co.gov.cartagena.ruta.comun.FormatoFecha.FECHA_HORA;

import co.gov.cartagena.ruta.comun.FormatoFecha;
import co.gov.cartagena.ruta.comun.Hoy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Las fechas en las páginas: el formato único de Ruta ({@link FormatoFecha}: dd/MM/yyyy, y HH:mm para momentos),
 * siempre en la hora de Colombia.
 */
public final class Fechas {

    /** La zona de Colombia ({@link Hoy#COLOMBIA}), con el nombre que usan las páginas. */
    public static final ZoneId ZONA = Hoy.COLOMBIA;

    private Fechas() {
    }

    public static String formatear(Object valor) {
        if (valor == null) {
            return "";
        }
        if (valor instanceof LocalDate d) {
            return FECHA.format(d);
        }
        if (valor instanceof LocalDateTime dt) {
            return FECHA_HORA.format(dt);
        }
        if (valor instanceof Instant i) {
            return FECHA_HORA.format(i.atZone(ZONA));
        }
        if (valor instanceof ZonedDateTime z) {
            return FECHA_HORA.format(z.withZoneSameInstant(ZONA));
        }
        throw new IllegalArgumentException("No es una fecha: " + valor.getClass().getName());
    }

    /** Lee dd/MM/yyyy; vacío si el texto no es una fecha válida (p. ej. 31/02/2025). */
    public static Optional<LocalDate> leer(String texto) {
        if (texto == null || texto.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(texto.trim(), FECHA));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Por qué un texto no es una fecha: mal escrito (no dd/mm/aaaa) o bien escrito pero inexistente (31/02/2025). */
    public enum Problema {
        FORMATO, INEXISTENTE
    }

    private static final java.util.regex.Pattern FORMA = java.util.regex.Pattern.compile("\\d{2}/\\d{2}/\\d{4}");

    /**
     * Qué tiene de malo {@code texto} como fecha; vacío si es una fecha válida o si está en blanco. Un texto con la
     * forma dd/mm/aaaa que no da una fecha del calendario (31/02/2025, 10/13/2025) no existe; cualquier otro está mal
     * escrito.
     */
    public static Optional<Problema> problema(String texto) {
        if (texto == null || texto.isBlank() || leer(texto).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(FORMA.matcher(texto.trim()).matches() ? Problema.INEXISTENTE : Problema.FORMATO);
    }

    /**
     * El mensaje para una fecha mala en el idioma de la vista: «La fecha 31/02/2025 no existe.» o «Escriba la fecha
     * como dd/mm/aaaa…»; vacío si la fecha está bien o en blanco.
     */
    public static Optional<String> mensaje(String texto) {
        return mensaje(texto, Mensajes.idioma());
    }

    /** {@link #mensaje(String)} en un idioma dado. */
    public static Optional<String> mensaje(String texto, java.util.Locale idioma) {
        return problema(texto).map(p -> p == Problema.INEXISTENTE
                ? java.text.MessageFormat.format(Mensajes.texto(idioma, "validacion.fecha.inexistente",
                        "La fecha {0} no existe."), texto.trim())
                : Mensajes.texto(idioma, "validacion.fecha", "Escriba la fecha como dd/mm/aaaa, por ejemplo 24/11/2026."));
    }
}
