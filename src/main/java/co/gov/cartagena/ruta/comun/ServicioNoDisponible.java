package co.gov.cartagena.ruta.comun;

/**
 * La operación no se pudo hacer por una falla pasajera que no es culpa de quien la pidió: la base de datos no
 * responde, muchas personas guardaban lo mismo a la vez y los reintentos automáticos no alcanzaron, o una consulta
 * pasó el tope de tiempo por sentencia. Nada cambió;
 * lo que la persona escribió sigue en el formulario y puede repetirlo en unos segundos. La API responde 503 con
 * {@code Retry-After}; las páginas muestran el mensaje junto al formulario.
 */
public class ServicioNoDisponible extends ErrorDelDominio {

    /** Segundos que se sugiere esperar antes de repetir. */
    public static final int ESPERA_SUGERIDA = 5;

    private ServicioNoDisponible(Texto texto, Throwable causa) {
        super(texto, causa);
    }

    /** La base de datos no responde (caída, reiniciándose o sin conexiones libres). */
    public static ServicioNoDisponible baseDeDatos(Throwable causa) {
        return new ServicioNoDisponible(Texto.de("comun.noDisponible.baseDeDatos"), causa);
    }

    /** Una consulta que pasó el tope de tiempo por sentencia y la base de datos detuvo. */
    public static ServicioNoDisponible consultaLarga(int segundos, Throwable causa) {
        return new ServicioNoDisponible(Texto.de("comun.noDisponible.consultaLarga", segundos), causa);
    }

    /** Choques repetidos con otras transacciones que los reintentos automáticos no resolvieron. */
    public static ServicioNoDisponible congestion(Throwable causa) {
        return new ServicioNoDisponible(Texto.de("comun.noDisponible.congestion"), causa);
    }
}
