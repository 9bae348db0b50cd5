package co.gov.cartagena.ruta.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * {@code converter="ruta.fecha"}: fechas dd/MM/yyyy y momentos dd/MM/yyyy HH:mm en America/Bogota. El único
 * convertidor de fechas de las páginas (lo usa {@code r:campo tipo="fecha"}). Una fecha bien escrita que no existe
 * (31/02/2025) lo dice así; una mal escrita dice el formato. El mensaje empieza con la etiqueta del campo.
 */
@FacesConverter("ruta.fecha")
public class ConvertidorFecha implements Converter<Object> {

    @Override
    public Object getAsObject(FacesContext contexto, UIComponent componente, String texto) {
        if (texto == null || texto.isBlank()) {
            return null;
        }
        return Fechas.leer(texto).orElseThrow(() -> {
            String m = Fechas.mensaje(texto, contexto == null ? IdiomaBacking.ESPANOL : Mensajes.idioma()).orElseThrow();
            Object etiqueta = componente == null ? null : componente.getAttributes().get("label");
            if (etiqueta != null && !etiqueta.toString().isBlank()) {
                m = etiqueta + ": " + m;
            }
            return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, m, m));
        });
    }

    @Override
    public String getAsString(FacesContext contexto, UIComponent componente, Object valor) {
        return valor instanceof String s ? s : Fechas.formatear(valor);
    }
}
