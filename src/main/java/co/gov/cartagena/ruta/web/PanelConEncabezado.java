package co.gov.cartagena.ruta.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import java.io.IOException;
import java.util.Arrays;
import org.primefaces.component.menu.Menu;
import org.primefaces.component.panel.Panel;
import org.primefaces.component.panel.PanelRenderer;

/**
 * El título de cada {@code p:panel} es un encabezado para los lectores de pantalla ({@code role="heading"},
 * nivel 2, bajo el h1 de la página): así se puede saltar de sección en sección (issue 13). Es el renderizador de
 * PrimeFaces con una sola diferencia, registrado en faces-config para todos los paneles; las páginas no cambian.
 */
public class PanelConEncabezado extends PanelRenderer {

    @Override
    protected void encodeHeader(FacesContext contexto, Panel panel, Menu menu) throws IOException {
        ResponseWriter original = contexto.getResponseWriter();
        contexto.setResponseWriter(new ResponseWriterWrapper(original) {
            @Override
            public void writeAttribute(String nombre, Object valor, String propiedad) throws IOException {
                super.writeAttribute(nombre, valor, propiedad);
                if ("class".equals(nombre) && valor != null
                        && Arrays.asList(valor.toString().split("\\s+")).contains(Panel.PANEL_TITLE_CLASS)) {
                    super.writeAttribute("role", "heading", null);
                    super.writeAttribute("aria-level", "2", null);
                }
            }
        });
        try {
            super.encodeHeader(contexto, panel, menu);
        } finally {
            contexto.setResponseWriter(original);
        }
    }
}
