package co.gov.cartagena.ruta.seguridad;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.identitystore.openid.JwtClaims;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import java.util.Optional;

/**
 * El usuario de la petición en curso. En la API lo fija el filtro que verifica el token Bearer; en las páginas
 * se toma del contexto OpenID de la sesión. Los servicios deciden el acceso con él.
 */
@RequestScoped
public class UsuarioActual {

    @Inject
    SecurityContext seguridad;

    @Inject
    Instance<OpenIdContext> contextoOidc;

    @Inject
    Instance<IdentidadDeSesion> identidad;

    private Usuario usuario;

    /** Lo usa el filtro de la API tras verificar el token. */
    public void establecer(Usuario usuario) {
        this.usuario = usuario;
    }

    public Optional<Usuario> get() {
        if (usuario == null && seguridad.getCallerPrincipal() != null && contextoOidc.isResolvable()) {
            OpenIdContext oidc = contextoOidc.get();
            if (oidc.getIdentityToken() != null) {
                JwtClaims claims = oidc.getIdentityToken().getJwtClaims();
                String nombreUsuario = claims.getStringClaim("preferred_username")
                        .orElse(seguridad.getCallerPrincipal().getName());
                String nombre = claims.getStringClaim("name").orElse(null);
                String correo = claims.getStringClaim("email").orElse(null);
                usuario = Usuario.deClaims(nombreUsuario, nombre, correo, claims.getArrayStringClaim("roles"),
                        claims.getArrayStringClaim("grupos"));
                identidad.get().recordar(nombreUsuario, nombre, correo, claims.getArrayStringClaim("roles"),
                        claims.getArrayStringClaim("grupos"));
            } else if (identidad.get().conocida()) {
                // La sesión viene de otra instancia (la que cayó): el contexto OIDC no viaja, la identidad sí.
                usuario = identidad.get().comoUsuario();
            }
        }
        return Optional.ofNullable(usuario);
    }

    /** El usuario, o una excepción si la petición no está autenticada (no debería llegar aquí sin estarlo). */
    public Usuario requerido() {
        return get().orElseThrow(() -> new IllegalStateException("Petición sin usuario autenticado"));
    }

    public String nombreParaAuditoria() {
        return get().map(Usuario::getUsuario).orElse("anónimo");
    }
}
