package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.TokenInvalido;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.seguridad.VerificadorToken;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.security.Principal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Autentica y autoriza cada llamada a la API: sin token válido, 401; con token pero sin un rol de
 * {@link Permitido} del método, 403 y una entrada de acceso denegado en la auditoría.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class FiltroSeguridadApi implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(FiltroSeguridadApi.class.getName());
    private static final String BEARER = "Bearer ";

    @Context
    ResourceInfo recurso;

    @Context
    HttpServletRequest peticion;

    @Inject
    VerificadorToken verificador;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    ServicioAuditoria auditoria;

    @Override
    public void filter(ContainerRequestContext ctx) {
        String cabecera = ctx.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (cabecera == null || !cabecera.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            ctx.abortWith(noAutenticado("no_autenticado", "Se requiere un token de acceso (Authorization: Bearer …)"));
            return;
        }
        Usuario usuario;
        try {
            usuario = verificador.verificar(cabecera.substring(BEARER.length()).trim());
        } catch (TokenInvalido e) {
            LOG.fine(() -> "Token rechazado: " + e.getMessage());
            ctx.abortWith(noAutenticado("token_invalido", "El token de acceso no es válido o venció"));
            return;
        }
        usuarioActual.establecer(usuario);
        ctx.setSecurityContext(contexto(usuario, ctx.getSecurityContext().isSecure()));

        List<Rol> permitidos = rolesPermitidos(recurso.getResourceMethod(), recurso.getResourceClass());
        if (!usuario.tieneAlguno(permitidos)) {
            auditoria.registrar(usuario.getUsuario(), peticion.getRemoteAddr(), Accion.ACCESO_DENEGADO, "api",
                    null, ErrorApi.acotar(ctx.getMethod() + " " + ctx.getUriInfo().getPath(), 300));
            ctx.abortWith(ErrorApi.respuesta(Response.Status.FORBIDDEN, "prohibido",
                    "Su rol no permite esta operación"));
        }
    }

    /** Roles de {@link Permitido} del método o, si no tiene, de su clase; vacío si ninguno lo declara. */
    public static List<Rol> rolesPermitidos(Method metodo, Class<?> clase) {
        return Optional.ofNullable(metodo).map(m -> m.getAnnotation(Permitido.class))
                .or(() -> Optional.ofNullable(clase).map(c -> c.getAnnotation(Permitido.class)))
                .map(p -> Arrays.asList(p.value()))
                .orElse(List.of());
    }

    private static Response noAutenticado(String codigo, String mensaje) {
        Response r = ErrorApi.respuesta(Response.Status.UNAUTHORIZED, codigo, mensaje);
        r.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ruta\"");
        return r;
    }

    private static SecurityContext contexto(Usuario usuario, boolean seguro) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return usuario::getUsuario;
            }

            @Override
            public boolean isUserInRole(String rol) {
                return Rol.deNombre(rol).map(usuario::tiene).orElse(false);
            }

            @Override
            public boolean isSecure() {
                return seguro;
            }

            @Override
            public String getAuthenticationScheme() {
                return "Bearer";
            }
        };
    }
}
