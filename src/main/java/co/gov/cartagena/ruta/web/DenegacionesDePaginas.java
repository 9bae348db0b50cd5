package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Deja en el rastro cada página negada con 403, venga de las restricciones de {@code web.xml} (el contenedor responde
 * antes de que corra la aplicación) o de una página que se niega a sí misma: el contenedor muestra entonces
 * {@code /error/403.xhtml} con un despacho de error, y aquí se registra quién pidió qué página. La API no pasa por
 * aquí: sus negativas las registra {@code FiltroSeguridadApi} o el servicio. Si un servicio ya había registrado su
 * propia negativa, queda además esta, la de la página.
 */
@WebFilter(urlPatterns = "/error/403.xhtml", dispatcherTypes = DispatcherType.ERROR)
public class DenegacionesDePaginas extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(DenegacionesDePaginas.class.getName());
    /** Lo que cabe en {@code auditoria.entidad_id}. */
    private static final int MAXIMO_ID = 60;

    @Inject
    ServicioAuditoria auditoria;

    @Inject
    UsuarioActual usuarioActual;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        Object uri = req.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) {
            String pagina = uri.toString().startsWith(req.getContextPath())
                    ? uri.toString().substring(req.getContextPath().length()) : uri.toString();
            try {
                auditoria.registrarAparte(usuario(req), req.getRemoteAddr(), Accion.ACCESO_DENEGADO, "pagina",
                        pagina.length() > MAXIMO_ID ? pagina.substring(0, MAXIMO_ID) : pagina,
                        "Página negada (403): " + pagina);
            } catch (RuntimeException e) {
                // La página de error se muestra igual; que el rastro falle queda en el registro del servidor.
                LOG.log(Level.SEVERE, "No se pudo registrar en el rastro la página negada " + pagina, e);
            }
        }
        chain.doFilter(req, resp);
    }

    /** Quien pidió la página: el usuario de Ruta o, si no se puede armar en el despacho de error, el del contenedor. */
    private String usuario(HttpServletRequest req) {
        Principal principal = req.getUserPrincipal();
        String nombre;
        try {
            nombre = usuarioActual.nombreParaAuditoria();
        } catch (RuntimeException sinContexto) {
            nombre = "anónimo";
        }
        return "anónimo".equals(nombre) && principal != null ? principal.getName() : nombre;
    }
}
