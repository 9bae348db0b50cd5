package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.comun.ServicioNoDisponible;
import co.gov.cartagena.ruta.persistencia.FallaTransitoria;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Si una página no se puede armar porque la base de datos no responde (o por choques que los reintentos no
 * resolvieron), la persona ve la página «no disponible» (503, {@code /error/503.xhtml}) y no el error genérico: sabe
 * que no es culpa suya, que nada se perdió y que basta esperar unos segundos. Los formularios que fallan al guardar
 * no llegan aquí: muestran el mensaje junto al formulario y conservan lo escrito ({@link Mensajes#deDominio}).
 */
@WebFilter(urlPatterns = "/app/*")
public class PaginasSinBaseDeDatos extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = Logger.getLogger(PaginasSinBaseDeDatos.class.getName());

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } catch (ServletException | IOException | RuntimeException e) {
            if (!FallaTransitoria.esPasajera(e) || resp.isCommitted()) {
                throw e;
            }
            LOG.warning(() -> "Página no disponible (503) en " + req.getRequestURI() + ": " + e);
            resp.reset();
            resp.setHeader("Retry-After", String.valueOf(ServicioNoDisponible.ESPERA_SUGERIDA));
            resp.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
