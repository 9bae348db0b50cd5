package co.gov.cartagena.ruta.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.util.ResourceBundle;

/** {@code converter="ruta.fecha"}: fechas dd/MM/yyyy y momentos dd/MM/yyyy HH:mm en America/Bogota. */
@FacesConverter("ruta.fecha")
public class ConvertidorFecha implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext contexto, UIComponent componente, String texto) {
        if (texto == null || texto.isBlank()) {
            return null;
        }
        return Fechas.leer(texto).orElseThrow(() -> {
            ResourceBundle msg = contexto.getApplication().getResourceBundle(contexto, "msg");
            String m = msg.getString("validacion.fecha");
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, m, m));
        });
    }

    @Override
    public String getAsString(FacesContext contexto, UIComponent componente, Object valor) {
        return valor instanceof String s ? s : Fechas.formatear(valor);
    }
}
