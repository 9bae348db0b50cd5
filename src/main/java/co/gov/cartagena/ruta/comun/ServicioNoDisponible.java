package co.gov.cartagena.ruta.comun;

/**
 * La operación no se pudo hacer por una falla pasajera que no es culpa de quien la pidió: la base de datos no
 * responde, o muchas personas guardaban lo mismo a la vez y los reintentos automáticos no alcanzaron. Nada cambió;
 * lo que la persona escribió sigue en el formulario y puede repetirlo en unos segundos. La API responde 503 con
 * {@code Retry-After}; las páginas muestran el mensaje junto al formulario.
 */
public class ServicioNoDisponible extends RuntimeException {

    /** Segundos que se sugiere esperar antes de repetir. */
    public static final int ESPERA_SUGERIDA = 5;

    private ServicioNoDisponible(String mensaje, Throwable causa) {
        super(mensaje, causa);
    }

    /** La base de datos no responde (caída, reiniciándose o sin conexiones libres). */
    public static ServicioNoDisponible baseDeDatos(Throwable causa) {
        return new ServicioNoDisponible("El sistema no puede guardar ni consultar en este momento: la base de datos "
                + "no responde. Nada se perdió ni se guardó a medias; intente de nuevo en unos segundos.", causa);
    }

    /** Choques repetidos con otras transacciones que los reintentos automáticos no resolvieron. */
    public static ServicioNoDisponible congestion(Throwable causa) {
        return new ServicioNoDisponible("Muchas personas están guardando a la vez y no se alcanzó a guardar. Nada se "
                + "guardó a medias; lo que escribió sigue en el formulario. Intente de nuevo en unos segundos.", causa);
    }
}
