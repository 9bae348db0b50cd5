package co.gov.cartagena.ruta.persistencia;

import java.util.concurrent.TimeUnit;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.sessions.AbstractSession;
import org.eclipse.persistence.sessions.Session;

/**
 * Ajustes de la sesión de EclipseLink que no tienen propiedad en persistence.xml.
 *
 * <p>Sin reintentos propios de EclipseLink ante una falla de comunicación: por omisión repite una lectura hasta 3
 * veces, con 5 s entre una y otra, y con la base caída cada petición quedaba colgada 10–15 s antes de fallar. Quien
 * decide qué hacer con una base caída es {@link ReintentoDeUnidadDeTrabajo} (responder «no disponible» en seguida);
 * el pool de Payara valida cada conexión antes de entregarla, así que al volver la base no hay conexiones muertas que
 * reintentar.
 *
 * <p>Un tope de tiempo para cada sentencia de JPA ({@value #TOPE_DE_SENTENCIA_SEGUNDOS} s): una lectura que se
 * alarga no retiene su conexión del pool ni hace esperar a los demás; MariaDB la detiene y la persona recibe
 * «la consulta tardó demasiado» ({@link co.gov.cartagena.ruta.comun.ServicioNoDisponible#consultaLarga}). Las tareas
 * largas a propósito (reconstruir el almacén, el recuento) usan JDBC directo y no tienen este tope.
 */
public class AjustesDeSesion implements SessionCustomizer {

    /** Segundos que puede durar una sentencia de JPA antes de que MariaDB la detenga. */
    public static final int TOPE_DE_SENTENCIA_SEGUNDOS = 10;

    @Override
    public void customize(Session sesion) {
        sesion.getLogin().setQueryRetryAttemptCount(0);
        sesion.getLogin().setDelayBetweenConnectionAttempts(0);
        if (sesion instanceof AbstractSession abstracta) {
            abstracta.setQueryTimeoutUnitDefault(TimeUnit.SECONDS);
            abstracta.setQueryTimeoutDefault(TOPE_DE_SENTENCIA_SEGUNDOS);
        }
    }
}
