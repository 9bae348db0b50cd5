package co.gov.cartagena.ruta.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Las páginas de error ({@code /error/*.xhtml}): si la falla vino de una página de la aplicación ({@link ErroresEnAjax}
 * la pasa en {@code ?desde=}), ofrecen volver a abrirla; si no, volver al inicio. Solo se acepta una página de
 * {@code /app/} de esta misma aplicación con parámetros simples, nunca otra dirección.
 */
@Named("paginaDeError")
@RequestScoped
public class PaginaDeError {

    /** El parámetro con la página donde ocurrió la falla (ruta dentro de la aplicación y parámetros). */
    static final String PARAMETRO = "desde";
    /** La página de error de una falla pasajera (la base no responde). */
    static final String NO_DISPONIBLE = "/error/503.xhtml";

    private static final Pattern PAGINA = Pattern.compile("/app/[a-z0-9/-]{1,80}\\.xhtml(\\?[A-Za-z0-9=&%._-]{0,200})?");

    /**
     * La página de la aplicación que muestra {@code direccion} (absoluta, como la da {@code Referer}, o ya relativa a
     * la aplicación), relativa a {@code raiz} (la ruta de contexto); vacía si no es una página de {@code /app/}.
     */
    static Optional<String> pagina(String direccion, String raiz) {
        if (direccion == null || direccion.length() > 400) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(direccion);
            String ruta = uri.getRawPath();
            if (ruta == null || !ruta.startsWith(raiz + "/")) {
                return Optional.empty();
            }
            String pagina = ruta.substring(raiz.length()) + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return valida(pagina);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> valida(String pagina) {
        return pagina != null && PAGINA.matcher(pagina).matches() && !pagina.contains("//")
                && !pagina.contains("..") ? Optional.of(pagina) : Optional.empty();
    }

    /** La dirección de la página a la que se vuelve, o null si la falla no vino de una página de la aplicación. */
    public String getDesde() {
        ExternalContext ec = FacesContext.getCurrentInstance().getExternalContext();
        return valida(ec.getRequestParameterMap().get(PARAMETRO)).map(p -> ec.getRequestContextPath() + p)
                .orElse(null);
    }
}
