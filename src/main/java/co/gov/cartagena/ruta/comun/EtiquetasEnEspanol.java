package co.gov.cartagena.ruta.comun;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * El nombre en español de un código de una lista cerrada («MUJER» → «Mujer», «CC» → «Cédula de ciudadanía»), del mismo
 * paquete de textos que usan las páginas ({@code web/mensajes.properties}, claves {@code persona.sexo.MUJER},
 * {@code ruta.codigo.REGISTRADO}…), para lo que no es una página: las plantillas de importación y su lectura. Sin
 * texto en el paquete, el código legible («NO_CUMPLE» → «No cumple»), como en las páginas.
 */
public final class EtiquetasEnEspanol {

    private static final String PAQUETE = "co.gov.cartagena.ruta.web.mensajes";
    private static final Locale ESPANOL = Locale.forLanguageTag("es");

    private EtiquetasEnEspanol() {
    }

    /** La etiqueta de {@code codigo} con la clave {@code prefijo + codigo}. */
    public static String de(String prefijo, String codigo) {
        if (codigo == null || codigo.isEmpty()) {
            return "";
        }
        try {
            ResourceBundle paquete = ResourceBundle.getBundle(PAQUETE, ESPANOL,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            if (paquete.containsKey(prefijo + codigo)) {
                return paquete.getString(prefijo + codigo);
            }
        } catch (MissingResourceException e) {
            // sin paquete, el código legible
        }
        String t = codigo.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
