package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.persistencia.FallaTransitoria;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.primefaces.application.exceptionhandler.ExceptionInfo;
import org.primefaces.application.exceptionhandler.PrimeExceptionHandler;
import org.primefaces.component.ajaxexceptionhandler.AjaxExceptionHandler;

/**
 * El único manejo de errores de las peticiones ajax de las páginas (botones de cortes, metas, el indicador, casos…):
 * un error que ningún formulario atendió, una vista vencida o una base que no responde llevan a la persona a la
 * página de error que {@code web.xml} asigna a esa falla ({@code /error/expirada.xhtml}, {@code /error/500.xhtml}) o a
 * {@code /error/503.xhtml} si la falla es pasajera, con un enlace para volver a abrir la página donde estaba
 * ({@link PaginaDeError}). Sin esto, la respuesta ajax traía un {@code <error>} que nadie mostraba y el botón no hacía
 * nada.
 *
 * <p>Es el {@link PrimeExceptionHandler} de PrimeFaces (que sabe rehacer una respuesta ajax a medio escribir y
 * responder con un {@code <redirect>}), solo para ajax: las peticiones completas siguen yendo a las páginas de error
 * del contenedor como siempre (con su código 500 o 503, y {@link PaginasSinBaseDeDatos}). No usa
 * {@code p:ajaxExceptionHandler}: la página de error es una página completa, así que la política de scripts con nonce
 * no cambia. Los errores del dominio no llegan aquí: los formularios los muestran junto al campo ({@link Mensajes}).
 */
public class ErroresEnAjax extends ExceptionHandlerFactory {

    public ErroresEnAjax(ExceptionHandlerFactory envuelta) {
        super(envuelta);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Manejador(getWrapped().getExceptionHandler());
    }

    static final class Manejador extends PrimeExceptionHandler {

        private static final Logger LOG = Logger.getLogger(ErroresEnAjax.class.getName());

        Manejador(ExceptionHandler envuelto) {
            super(envuelto);
        }

        @Override
        public void handle() {
            FacesContext ctx = FacesContext.getCurrentInstance();
            if (ctx == null || !ctx.getPartialViewContext().isAjaxRequest()) {
                getWrapped().handle();
                return;
            }
            super.handle();
            // PrimeFaces deja la excepción (con su traza) en la sesión para su EL; Ruta no la muestra ni la guarda.
            if (ctx.getExternalContext().getSession(false) != null) {
                ctx.getExternalContext().getSessionMap().remove(ExceptionInfo.ATTRIBUTE_NAME);
            }
        }

        /** Sin {@code p:ajaxExceptionHandler} en las páginas: no hace falta armar la vista para buscarlo. */
        @Override
        protected Throwable buildView(FacesContext context, Throwable throwable, Throwable rootCause) {
            return rootCause;
        }

        @Override
        protected AjaxExceptionHandler findHandlerComponent(FacesContext context, Throwable rootCause) {
            return null;
        }

        @Override
        protected String evaluateErrorPage(Map<String, String> paginas, Throwable causa) {
            return FallaTransitoria.esPasajera(causa) ? PaginaDeError.NO_DISPONIBLE
                    : super.evaluateErrorPage(paginas, causa);
        }

        /**
         * La página de error sabe a qué página volver: la que la persona tenía abierta, con sus parámetros (la
         * dirección que el navegador manda en {@code Referer} con cada petición ajax de la misma página), si es una
         * página de la aplicación.
         */
        @Override
        protected String constructRedirectUrl(FacesContext context, String errorPage) {
            String url = super.constructRedirectUrl(context, errorPage);
            String raiz = context.getExternalContext().getRequestContextPath();
            String origen = context.getExternalContext().getRequestHeaderMap().get("Referer");
            return PaginaDeError.pagina(origen, raiz)
                    .map(p -> url + (url.contains("?") ? "&" : "?") + PaginaDeError.PARAMETRO + "="
                            + URLEncoder.encode(p, StandardCharsets.UTF_8))
                    .orElse(url);
        }

        @Override
        protected boolean isLogException(FacesContext context, Throwable rootCause) {
            return !(rootCause instanceof ViewExpiredException);
        }

        @Override
        protected void logException(Throwable causa) {
            if (FallaTransitoria.esPasajera(causa)) {
                LOG.warning(() -> "Petición ajax no disponible (503): " + causa);
            } else {
                LOG.log(Level.SEVERE, "Error no previsto en una petición ajax", causa);
            }
        }
    }
}
