package co.gov.cartagena.ruta.comun;

import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * El único formato de fecha de Ruta, en páginas, mensajes del dominio, informes y archivos: dd/MM/aaaa, y
 * dd/MM/aaaa HH:mm para un momento (en la hora de Colombia, {@link Hoy#COLOMBIA}). Estricto al leer: 31/02/2025 no
 * es una fecha.
 */
public final class FormatoFecha {

    public static final DateTimeFormatter FECHA = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    public static final DateTimeFormatter FECHA_HORA = DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);

    private FormatoFecha() {
    }
}
