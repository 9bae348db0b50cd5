package co.gov.cartagena.ruta.seguridad;

import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.configuracion.Configuracion;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.logging.Logger;

/**
 * El ingreso a las páginas cuando Keycloak no responde. Sin Keycloak, el mecanismo OIDC manda al navegador a una
 * dirección que no contesta (el navegador muestra su propio error) o falla al canjear el código del retorno (un 500
 * vacío). Este decorador del mecanismo, antes de mandar a alguien a ingresar y ante cualquier falla del mecanismo,
 * comprueba si Keycloak responde; si no, muestra una página en español (503) que lo dice. Cuando Keycloak vuelve, el
 * siguiente intento entra normalmente. Quien ya ingresó tiene su sesión en Ruta y sigue trabajando: el mecanismo no
 * consulta a Keycloak en cada petición.
 *
 * <p>También sostiene la sesión que llega replicada desde otra instancia que cayó ({@link IdentidadDeSesion}).
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class IngresoSinKeycloak implements HttpAuthenticationMechanism {

    /** El atributo de sesión con que el retorno desde Keycloak marca que el ingreso ya quedó en la auditoría. */
    public static final String INGRESO_REGISTRADO = IngresoSinKeycloak.class.getName() + ".ingreso";

    private static final Logger LOG = Logger.getLogger(IngresoSinKeycloak.class.getName());

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mecanismo;

    @Inject
    Configuracion configuracion;

    @Inject
    Instance<OpenIdContext> contextoOidc;

    @Inject
    ConfiguracionOidc oidc;

    @Inject
    Instance<IdentidadDeSesion> identidad;

    /** La página que lo dice: la escribe la capa web (seguridad no depende de ella). */
    @Inject
    PaginaIngresoNoDisponible paginaNoDisponible;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest peticion, HttpServletResponse respuesta,
            HttpMessageContext contexto) throws AuthenticationException {
        if (peticion.getUserPrincipal() != null && contextoOidc.get().getAccessToken() == null
                && identidad.get().conocida()) {
            // La sesión se replicó desde otra instancia (la que cayó): el contenedor trae el llamador en la sesión,
            // pero el contexto OIDC de Soteria no viaja (no es serializable) y el mecanismo fallaría con él vacío.
            // La identidad que ese mecanismo validó al ingresar sí viaja: se sigue con ella, sin volver a Keycloak.
            return contexto.notifyContainerAboutLogin(identidad.get().usuario(), identidad.get().roles());
        }
        if (contexto.isProtected() && !ingresoEnEstaSesion(peticion) && !keycloakResponde()) {
            // El mecanismo mandaría al navegador a Keycloak, que no contesta: el navegador mostraría su propia
            // página de «no se puede acceder al sitio».
            LOG.warning(() -> "Keycloak no responde: el ingreso a " + peticion.getRequestURI()
                    + " recibe la página de servicio no disponible");
            paginaNoDisponible.escribir(peticion, respuesta);
            return AuthenticationStatus.SEND_CONTINUE;
        }
        try {
            return mecanismo.validateRequest(peticion, respuesta, contexto);
        } catch (RuntimeException | AuthenticationException e) {
            if (respuesta.isCommitted() || keycloakResponde()) {
                throw e;
            }
            LOG.warning(() -> "Keycloak no responde: el ingreso a " + peticion.getRequestURI()
                    + " recibe la página de servicio no disponible (" + e + ")");
            paginaNoDisponible.escribir(peticion, respuesta);
            return AuthenticationStatus.SEND_CONTINUE;
        }
    }

    @Override
    public void cleanSubject(HttpServletRequest peticion, HttpServletResponse respuesta, HttpMessageContext contexto) {
        if (contextoOidc.get().getIdentityToken() == null && identidad.get().conocida()) {
            // Salir en una sesión replicada desde otra instancia: el mecanismo mandaría a Keycloak el token de
            // identidad, que no viajó (y fallaría). Se sale del contenedor y se pide a Keycloak cerrar su sesión con el
            // cliente de Ruta; sin ese token, Keycloak pregunta a la persona si quiere salir y luego vuelve a la portada.
            contexto.cleanClientSubject();
            try {
                respuesta.sendRedirect(configuracion.requerida(Clave.OIDC_PROVEEDOR).replaceAll("/+$", "")
                        + "/protocol/openid-connect/logout?client_id="
                        + URLEncoder.encode(oidc.getCliente(), StandardCharsets.UTF_8) + "&post_logout_redirect_uri="
                        + URLEncoder.encode(oidc.getDespuesDeSalir(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        mecanismo.cleanSubject(peticion, respuesta, contexto);
    }

    /** Si en esta sesión ya se ingresó (lo marca el retorno desde Keycloak, {@code web/RetornoOidcServlet}). */
    private static boolean ingresoEnEstaSesion(HttpServletRequest peticion) {
        var sesion = peticion.getSession(false);
        return sesion != null && sesion.getAttribute(INGRESO_REGISTRADO) != null;
    }

    /** Si el documento de descubrimiento del realm responde en 2 s. */
    private boolean keycloakResponde() {
        String realm = configuracion.requerida(Clave.OIDC_PROVEEDOR).replaceAll("/+$", "");
        try {
            HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(
                            URI.create(realm + "/.well-known/openid-configuration")).timeout(Duration.ofSeconds(2))
                    .GET().build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
