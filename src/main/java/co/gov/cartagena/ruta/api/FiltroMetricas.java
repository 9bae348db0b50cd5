package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.TokenInvalido;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.VerificadorToken;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Las métricas de MicroProfile ({@code /metrics}) solo con un token Bearer de Keycloak con el rol administrador, el
 * mismo que valida la API. Payara Micro registra el servlet de métricas dentro de la aplicación desplegada en la raíz
 * («/», la de Ruta), así que este filtro lo cubre; sin token, 401; con otro rol, 403 y acceso denegado en la
 * auditoría. Prometheus raspa con un token de una cuenta de servicio (ver docs/despliegue.md).
 */
@WebFilter(urlPatterns = {"/metrics", "/metrics/*"}, asyncSupported = true)
public class FiltroMetricas extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String BEARER = "Bearer ";

    @Inject
    VerificadorToken verificador;

    @Inject
    ServicioAuditoria auditoria;

    @Override
    protected void doFilter(HttpServletRequest req, HttpServletResponse resp, FilterChain chain)
            throws IOException, ServletException {
        String cabecera = req.getHeader(HttpHeaders.AUTHORIZATION);
        if (cabecera == null || !cabecera.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            responder(resp, ErrorApi.respuesta(Response.Status.UNAUTHORIZED, "no_autenticado",
                    "Las métricas requieren un token de acceso (Authorization: Bearer …)"));
            return;
        }
        Usuario usuario;
        try {
            usuario = verificador.verificar(cabecera.substring(BEARER.length()).trim());
        } catch (TokenInvalido e) {
            responder(resp, ErrorApi.respuesta(Response.Status.UNAUTHORIZED, "token_invalido",
                    "El token de acceso no es válido o venció"));
            return;
        }
        if (!usuario.tiene(Rol.ADMINISTRADOR)) {
            auditoria.registrar(usuario.getUsuario(), req.getRemoteAddr(), Accion.ACCESO_DENEGADO, "metricas", null,
                    ErrorApi.acotar(req.getMethod() + " " + req.getRequestURI(), 300));
            responder(resp, ErrorApi.respuesta(Response.Status.FORBIDDEN, "prohibido",
                    "Solo el rol administrador puede leer las métricas"));
            return;
        }
        chain.doFilter(req, resp);
    }

    private static void responder(HttpServletResponse resp, Response r) throws IOException {
        resp.setStatus(r.getStatus());
        resp.setContentType("application/json;charset=UTF-8");
        resp.setHeader("Cache-Control", "no-store");
        if (r.getStatus() == 401) {
            resp.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ruta\"");
        }
        resp.getOutputStream().write(String.valueOf(r.getEntity()).getBytes(StandardCharsets.UTF_8));
    }
}
