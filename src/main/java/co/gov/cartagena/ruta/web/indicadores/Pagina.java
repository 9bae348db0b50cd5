package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.indicadores.catalogo.FuenteIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Lo común de las páginas de indicadores: textos del paquete de mensajes, números en el idioma de la vista y el 403. */
final class Pagina {

    private static final String MENSAJES = "co.gov.cartagena.ruta.web.mensajes";

    private Pagina() {
    }

    static FacesContext faces() {
        return FacesContext.getCurrentInstance();
    }

    /**
     * El idioma que eligió el usuario ({@code #{idioma}}). En un f:viewAction la vista todavía no lo tiene (lo pone
     * f:view al pintar), así que no sirve {@code getViewRoot().getLocale()}.
     */
    static Locale idioma() {
        Locale elegido = faces().getApplication().evaluateExpressionGet(faces(), "#{idioma.locale}", Locale.class);
        return elegido != null ? elegido : faces().getViewRoot().getLocale();
    }

    static String texto(String clave, Object... parametros) {
        ResourceBundle msg = ResourceBundle.getBundle(MENSAJES, idioma(), Thread.currentThread().getContextClassLoader());
        String patron = msg.getString(clave);
        return parametros.length == 0 ? patron : new MessageFormat(patron, idioma()).format(parametros);
    }

    static void informar(String clave, Object... parametros) {
        Mensajes.info(texto(clave, parametros));
    }

    /** 403 sin detalle, antes de pintar la página. */
    static void prohibir() {
        ExternalContext externo = faces().getExternalContext();
        try {
            externo.responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces().responseComplete();
    }

    static String parametro(String nombre) {
        return faces().getExternalContext().getRequestParameterMap().get(nombre);
    }

    /** El tipo de meta por su nombre en el idioma de la vista («Reducción»), nunca su código ({@code reduccion}). */
    static String tipoMeta(TipoMeta tipo, Locale idioma) {
        return Mensajes.texto(idioma, "indicadores.tipoMeta." + tipo.name(), tipo.codigo());
    }

    /** La fuente de un indicador por su nombre en el idioma de la vista («Registro de casos»), nunca su código. */
    static String fuente(FuenteIndicador fuente, Locale idioma) {
        return Mensajes.texto(idioma, "indicadores.fuente." + fuente.name(), fuente.codigo());
    }

    /** Un número como se escribe en el idioma de la vista (35,1; 2.672), sin ceros de relleno. */
    static String numero(BigDecimal valor, Locale idioma) {
        if (valor == null) {
            return null;
        }
        NumberFormat formato = NumberFormat.getNumberInstance(idioma);
        formato.setMaximumFractionDigits(4);
        formato.setRoundingMode(RoundingMode.HALF_EVEN);
        return formato.format(valor);
    }

    /** Una razón como porcentaje con un decimal (0,5 → «50,0 %»). */
    static String porcentaje(BigDecimal razon, Locale idioma) {
        if (razon == null) {
            return null;
        }
        NumberFormat formato = NumberFormat.getNumberInstance(idioma);
        formato.setMinimumFractionDigits(1);
        formato.setMaximumFractionDigits(1);
        formato.setRoundingMode(RoundingMode.HALF_EVEN);
        return formato.format(razon.multiply(BigDecimal.valueOf(100))) + " %";
    }
}
