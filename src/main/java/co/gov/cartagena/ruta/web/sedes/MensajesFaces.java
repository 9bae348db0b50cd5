package co.gov.cartagena.ruta.web.sedes;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Map;
import java.util.ResourceBundle;

/** Mensajes de las páginas de sedes: los textos del paquete {@code msg} y los errores del servicio junto a su campo. */
final class MensajesFaces {

    private MensajesFaces() {
    }

    static void informar(String clave) {
        FacesContext contexto = FacesContext.getCurrentInstance();
        ResourceBundle msg = contexto.getApplication().getResourceBundle(contexto, "msg");
        Mensajes.info(msg.getString(clave));
    }

    /**
     * Muestra un error del dominio junto al campo que lo causó ({@code campos} traduce el campo del servicio al id
     * del componente en el formulario) o, si no es de un campo, arriba; devuelve false si no es del dominio.
     */
    static boolean error(RuntimeException error, String formulario, Map<String, String> campos) {
        if (error instanceof ReglaIncumplida regla && regla.campo() != null && campos.containsKey(regla.campo())) {
            FacesContext contexto = FacesContext.getCurrentInstance();
            contexto.addMessage(formulario + ":" + campos.get(regla.campo()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, regla.mensaje(Mensajes.idioma()), null));
            contexto.validationFailed();
            return true;
        }
        return Mensajes.deDominio(error);
    }
}
