package co.gov.cartagena.ruta.persistencia;

import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.sessions.Session;

/**
 * Ajustes de la sesión de EclipseLink que no tienen propiedad en persistence.xml.
 *
 * <p>Sin reintentos propios de EclipseLink ante una falla de comunicación: por omisión repite una lectura hasta 3
 * veces, con 5 s entre una y otra, y con la base caída cada petición quedaba colgada 10–15 s antes de fallar. Quien
 * decide qué hacer con una base caída es {@link ReintentoDeUnidadDeTrabajo} (responder «no disponible» en seguida);
 * el pool de Payara valida cada conexión antes de entregarla, así que al volver la base no hay conexiones muertas que
 * reintentar.
 */
public class AjustesDeSesion implements SessionCustomizer {

    @Override
    public void customize(Session sesion) {
        sesion.getLogin().setQueryRetryAttemptCount(0);
        sesion.getLogin().setDelayBetweenConnectionAttempts(0);
    }
}
