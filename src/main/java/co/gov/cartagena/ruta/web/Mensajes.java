package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.ServicioNoDisponible;
import co.gov.cartagena.ruta.persistencia.FallaTransitoria;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Mensajes de las páginas: los errores del dominio salen tal cual (ya están en español) junto al campo culpable. */
public final class Mensajes {

    private Mensajes() {
    }

    public static void info(String texto) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, texto, null));
    }

    public static void error(String texto) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texto, null));
    }

    /**
     * Muestra el error si es uno del dominio y devuelve true; si no, lo deja subir (será un 500 sin detalles).
     * Marca la validación como fallida para que Faces conserve lo que el usuario escribió.
     */
    public static boolean deDominio(RuntimeException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof ReglaIncumplida || t instanceof ConflictoEdicion || t instanceof NoEncontrado
                    || t instanceof OperacionNoPermitida || t instanceof ServicioNoDisponible) {
                error(t.getMessage());
                FacesContext.getCurrentInstance().validationFailed();
                return true;
            }
            t = t.getCause();
        }
        if (FallaTransitoria.es(e)) {
            // Una falla pasajera que no pasó por un servicio: el mismo mensaje que la API da con su 503.
            error((FallaTransitoria.esBaseCaida(e) ? ServicioNoDisponible.baseDeDatos(e)
                    : ServicioNoDisponible.congestion(e)).getMessage());
            FacesContext.getCurrentInstance().validationFailed();
            return true;
        }
        return false;
    }

    /** El paquete de mensajes de las páginas. */
    public static final String PAQUETE = "co.gov.cartagena.ruta.web.mensajes";

    /** El texto de {@code clave} en el idioma de la vista; {@code porDefecto} si el paquete no la tiene. */
    public static String texto(String clave, String porDefecto) {
        FacesContext ctx = FacesContext.getCurrentInstance();
        Locale idioma = ctx != null && ctx.getViewRoot() != null ? ctx.getViewRoot().getLocale() : IdiomaBacking.ESPANOL;
        return texto(idioma, clave, porDefecto);
    }

    /** El texto de {@code clave} en {@code idioma}; {@code porDefecto} si el paquete no la tiene. */
    public static String texto(Locale idioma, String clave, String porDefecto) {
        try {
            ResourceBundle paquete = ResourceBundle.getBundle(PAQUETE, idioma);
            return paquete.containsKey(clave) ? paquete.getString(clave) : porDefecto;
        } catch (MissingResourceException e) {
            return porDefecto;
        }
    }

    /** El nombre de la ruta en el idioma de la vista. */
    public static String nombreRuta(Ruta ruta) {
        return ruta == null ? "" : texto("ruta." + ruta.name(), ruta.nombre());
    }

    /** La etiqueta de un campo de la ruta en el idioma de la vista (en español, la de {@code casos.Rutas}). */
    public static String etiquetaCampo(Ruta ruta, Campo campo) {
        return texto("ruta." + ruta.name() + ".campo." + campo.nombre(), campo.etiqueta());
    }

    /** La ayuda de un campo de la ruta en el idioma de la vista; null si el campo no la tiene. */
    public static String ayudaCampo(Ruta ruta, Campo campo) {
        return campo.ayuda() == null ? null : texto("ruta." + ruta.name() + ".ayuda." + campo.nombre(), campo.ayuda());
    }

    /**
     * El texto de un código de ruta (estado, atención, opción: {@code ruta.codigo.<CODIGO>} en los paquetes) o,
     * si no lo hay, el código hecho legible: DESPLAZAMIENTO_FORZADO → «Desplazamiento forzado».
     */
    public static String legible(String codigo) {
        if (codigo == null || codigo.isEmpty()) {
            return "";
        }
        return legible(texto("ruta.codigo." + codigo, null), codigo);
    }

    /** {@link #legible(String)} en un idioma dado. */
    public static String legible(Locale idioma, String codigo) {
        if (codigo == null || codigo.isEmpty()) {
            return "";
        }
        return legible(texto(idioma, "ruta.codigo." + codigo, null), codigo);
    }

    private static String legible(String traducido, String codigo) {
        if (traducido != null) {
            return traducido;
        }
        String t = codigo.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
