package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.configuracion.Configuracion;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * La cookie de sesión es {@code Secure} cuando Ruta se publica por HTTPS ({@code RUTA_URL_PUBLICA=https://…});
 * {@code HttpOnly} siempre (web.xml) y {@code SameSite=Lax} (glassfish-web.xml).
 */
@WebListener
public class SesionSegura implements ServletContextListener {

    @Inject
    Configuracion configuracion;

    @Override
    public void contextInitialized(ServletContextEvent evento) {
        boolean https = configuracion.leer(Clave.URL_PUBLICA).map(u -> u.startsWith("https://")).orElse(false);
        evento.getServletContext().getSessionCookieConfig().setSecure(https);
        evento.getServletContext().getSessionCookieConfig().setHttpOnly(true);
    }
}
