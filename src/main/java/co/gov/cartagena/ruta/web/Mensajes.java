package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

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
                    || t instanceof OperacionNoPermitida) {
                error(t.getMessage());
                FacesContext.getCurrentInstance().validationFailed();
                return true;
            }
            t = t.getCause();
        }
        return false;
    }

    /** Convierte una clave como DESPLAZAMIENTO_FORZADO en «Desplazamiento forzado». */
    public static String legible(String codigo) {
        if (codigo == null || codigo.isEmpty()) {
            return "";
        }
        String t = codigo.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
