package co.gov.cartagena.ruta.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/** Idioma de la interfaz: español por defecto, inglés disponible. */
@Named("idioma")
@SessionScoped
public class IdiomaBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    public static final Locale ESPANOL = Locale.forLanguageTag("es-CO");

    private Locale locale = ESPANOL;

    public Locale getLocale() {
        return locale;
    }

    public String getCodigo() {
        return locale.getLanguage();
    }

    public void cambiar(String codigo) {
        locale = "en".equals(codigo) ? Locale.ENGLISH : ESPANOL;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }
}
