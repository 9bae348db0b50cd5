package co.gov.cartagena.ruta.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** El formato de fecha de Ruta: dd/MM/yyyy (y HH:mm para momentos), siempre en la hora de Colombia. */
public final class Fechas {

    public static final ZoneId ZONA = ZoneId.of("America/Bogota");
    public static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

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

    public static LocalDate hoy() {
        return co.gov.cartagena.ruta.comun.Hoy.enColombia();
    }
}
