package co.gov.cartagena.ruta.web.retencion;

import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.retencion.Depuracion;
import co.gov.cartagena.ruta.retencion.ServicioRetencion;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/** {@code retencion/depurar.xhtml}: el plazo, lo pendiente y el botón para depurar ya. Solo administradores. */
@Named
@RequestScoped
public class DepurarBacking {

    @Inject
    ServicioRetencion retencion;

    private Long pendientes;

    /** Al abrir la página: 403 a quien no es administrador (el intento queda en el rastro). */
    public void abrir() throws IOException {
        try {
            pendientes = retencion.pendientes();
        } catch (OperacionNoPermitida e) {
            FacesContext contexto = FacesContext.getCurrentInstance();
            contexto.getExternalContext().responseSendError(403, "");
            contexto.responseComplete();
        }
    }

    public void depurar() {
        try {
            Depuracion d = retencion.depurarAhora();
            pendientes = retencion.pendientes();
            FacesContext contexto = FacesContext.getCurrentInstance();
            ResourceBundle msg = contexto.getApplication().getResourceBundle(contexto, "msg");
            Mensajes.info(MessageFormat.format(msg.getString("retencion.resultado"), d.casos().size(),
                    d.atenciones().size(), d.actividades().size(), d.adjuntos().size()));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public int getDias() {
        return retencion.dias();
    }

    public long getPendientes() {
        if (pendientes == null) {
            pendientes = retencion.pendientes();
        }
        return pendientes;
    }
}
