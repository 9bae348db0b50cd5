package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.seguridad.ConfiguracionOidc;
import co.gov.cartagena.ruta.seguridad.IngresoSinKeycloak;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Destino del retorno desde Keycloak. El mecanismo OIDC ya validó el código y los tokens al llegar aquí; este
 * servlet registra el ingreso en la auditoría y lleva al inicio. Vive con la capa web; la sesión lo marca con
 * {@link IngresoSinKeycloak#INGRESO_REGISTRADO}.
 */
@WebServlet(ConfiguracionOidc.RUTA_RETORNO)
public class RetornoOidcServlet extends HttpServlet {

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    ServicioAuditoria auditoria;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getUserPrincipal() == null) {
            resp.sendRedirect(req.getContextPath() + "/");
            return;
        }
        if (req.getSession().getAttribute(IngresoSinKeycloak.INGRESO_REGISTRADO) == null) {
            req.getSession().setAttribute(IngresoSinKeycloak.INGRESO_REGISTRADO, Boolean.TRUE);
            auditoria.registrar(usuarioActual.nombreParaAuditoria(), req.getRemoteAddr(), Accion.INGRESO,
                    "sesion", null, null);
        }
        resp.sendRedirect(req.getContextPath() + "/app/inicio.xhtml");
    }
}
