package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.configuracion.Configuracion;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Cabeceras de seguridad en toda respuesta. La política de scripts la pone PrimeFaces ({@code primefaces.CSP}, con
 * un nonce por respuesta); esta segunda política, que el navegador aplica a la vez, prohíbe marcos, plugins y
 * cambios de {@code base}. HSTS solo cuando Ruta se sirve por HTTPS.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class CabecerasDeSeguridad extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    Configuracion configuracion;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("X-Frame-Options", "DENY");
        resp.addHeader("Content-Security-Policy", "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
        resp.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        if (req.isSecure() || configuracion.leer(Clave.URL_PUBLICA).map(u -> u.startsWith("https://")).orElse(false)) {
            resp.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        if (req.getRequestURI().startsWith(req.getContextPath() + "/app/")) {
            resp.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(req, resp);
    }
}
