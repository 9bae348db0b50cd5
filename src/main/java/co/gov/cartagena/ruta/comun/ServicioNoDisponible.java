package co.gov.cartagena.ruta.comun;

/**
 * La operación no se pudo hacer por una falla pasajera que no es culpa de quien la pidió: la base de datos no
 * responde, muchas personas guardaban lo mismo a la vez y los reintentos automáticos no alcanzaron, o una consulta
 * pasó el tope de tiempo por sentencia. Nada cambió;
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

    /** Una consulta que pasó el tope de tiempo por sentencia y la base de datos detuvo. */
    public static ServicioNoDisponible consultaLarga(int segundos, Throwable causa) {
        return new ServicioNoDisponible("La consulta tardó más de " + segundos + " segundos y se detuvo para no "
                + "demorar a los demás usuarios. Nada cambió. Afine la búsqueda (por ejemplo, con el número de documento "
                + "o más palabras del nombre) o intente de nuevo en unos minutos.", causa);
    }

    /** Choques repetidos con otras transacciones que los reintentos automáticos no resolvieron. */
    public static ServicioNoDisponible congestion(Throwable causa) {
        return new ServicioNoDisponible("Muchas personas están guardando a la vez y no se alcanzó a guardar. Nada se "
                + "guardó a medias; lo que escribió sigue en el formulario. Intente de nuevo en unos segundos.", causa);
    }
}
