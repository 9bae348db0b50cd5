package co.gov.cartagena.ruta.seguridad;

import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.configuracion.Configuracion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Inicio de sesión de las páginas con OpenID Connect (flujo de código) contra el realm {@code ruta} de Keycloak.
 * Los roles llegan en el claim {@code roles} y se usan como grupos del contenedor. Todo valor sale de
 * MicroProfile Config a través de este bean; el secreto del cliente solo del entorno.
 *
 * <p>{@code redirectToOriginalResource} queda en {@code false} (con Faces falla, eclipse-ee4j/soteria#333): el
 * retorno lo atiende {@code web/RetornoOidcServlet}.
 */
@Named("configuracionOidc")
@ApplicationScoped
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${configuracionOidc.proveedor}",
        clientId = "${configuracionOidc.cliente}",
        clientSecret = "${configuracionOidc.secreto}",
        redirectURI = "${configuracionOidc.redireccion}",
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        extraParameters = {"ui_locales=es"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "roles"),
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${configuracionOidc.despuesDeSalir}"))
public class ConfiguracionOidc {

    public static final String RUTA_RETORNO = "/callback";

    @Inject
    Configuracion configuracion;

    @Inject
    HttpServletRequest peticion;

    public String getProveedor() {
        return configuracion.requerida(Clave.OIDC_PROVEEDOR);
    }

    public String getCliente() {
        return configuracion.requerida(Clave.OIDC_CLIENTE);
    }

    public String getSecreto() {
        return configuracion.requerida(Clave.OIDC_SECRETO);
    }

    public String getRedireccion() {
        return base() + RUTA_RETORNO;
    }

    public String getDespuesDeSalir() {
        return base() + "/";
    }

    /** URL base de la aplicación: la configurada o, si no hay, la de la petición en curso. */
    private String base() {
        return configuracion.leer(Clave.URL_PUBLICA)
                .map(u -> u.replaceAll("/+$", ""))
                .orElseGet(() -> {
                    StringBuffer url = peticion.getRequestURL();
                    String uri = peticion.getRequestURI();
                    return url.substring(0, url.length() - uri.length()) + peticion.getContextPath();
                });
    }
}
