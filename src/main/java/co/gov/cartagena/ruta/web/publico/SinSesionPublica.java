package co.gov.cartagena.ruta.web.publico;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * La página pública y los datos abiertos no usan la sesión, pero el mecanismo OIDC del servidor abre una en cada
 * petición sin ella (antes de llegar aquí). Si la sesión nació con esta petición, se invalida al terminar: un portal
 * que cosecha a diario o un robot no acumulan sesiones, y un {@code Set-Cookie} que quede en una copia guardada
 * ({@code Cache-Control: public}) apunta a una sesión que ya no existe. La sesión de quien ya había ingresado no se
 * toca (no es nueva).
 */
@WebFilter(urlPatterns = {"/publico/*", "/datos-abiertos/*"}, asyncSupported = true)
public class SinSesionPublica extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(req, resp);
        } finally {
            HttpSession sesion = req.getSession(false);
            if (sesion != null) {
                try {
                    if (sesion.isNew()) {
                        sesion.invalidate();
                    }
                } catch (IllegalStateException yaInvalida) {
                    // Otra parte la invalidó: nada que hacer.
                }
            }
        }
    }
}
