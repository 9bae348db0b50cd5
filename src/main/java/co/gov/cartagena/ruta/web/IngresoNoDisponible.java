package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.seguridad.PaginaIngresoNoDisponible;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.logging.Logger;

/**
 * La página de «el servicio de ingreso no está disponible» (503) que {@code seguridad/IngresoSinKeycloak} muestra cuando
 * Keycloak no responde: una página mínima, sin Faces ni scripts (el ingreso ocurre antes de Faces), con los textos de
 * las páginas.
 */
@ApplicationScoped
public class IngresoNoDisponible implements PaginaIngresoNoDisponible {

    private static final Logger LOG = Logger.getLogger(IngresoNoDisponible.class.getName());

    @Override
    public void escribir(HttpServletRequest peticion, HttpServletResponse respuesta) {
        // Quien llega a ingresar aún no eligió idioma: Ruta habla español por omisión (como la portada).
        Locale idioma = IdiomaBacking.ESPANOL;
        String titulo = Mensajes.texto(idioma, "error.ingreso.titulo", "El servicio de ingreso no está disponible");
        String texto = Mensajes.texto(idioma, "error.ingreso.texto", "");
        String reintentar = Mensajes.texto(idioma, "accion.reintentar", "Intentar de nuevo");
        String app = Mensajes.texto(idioma, "app.nombre", "Ruta");
        try {
            respuesta.reset();
            respuesta.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            respuesta.setHeader("Retry-After", "30");
            respuesta.setHeader("Cache-Control", "no-store");
            respuesta.setContentType("text/html;charset=UTF-8");
            PrintWriter w = respuesta.getWriter();
            w.print("<!DOCTYPE html><html lang=\"" + idioma.getLanguage() + "\"><head><meta charset=\"UTF-8\"/>"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/><title>"
                    + html(app) + " — " + html(titulo) + "</title><link rel=\"stylesheet\" href=\""
                    + peticion.getContextPath() + "/jakarta.faces.resource/css/ruta.css.xhtml\"/></head>"
                    + "<body class=\"ruta-publica\"><header class=\"ruta-cabecera\"><span class=\"ruta-marca\">"
                    + html(app) + "</span></header><main class=\"ruta-contenido\"><section class=\"ruta-error\" "
                    + "id=\"error-ingreso\"><h1>" + html(titulo) + "</h1><p>" + html(texto) + "</p><p><a href=\""
                    + html(peticion.getRequestURI()) + "\">" + html(reintentar) + "</a></p></section></main></body>"
                    + "</html>");
            w.flush();
        } catch (IOException e) {
            LOG.fine(() -> "No se pudo escribir la página de ingreso no disponible: " + e);
        }
    }

    private static String html(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
