package co.gov.cartagena.ruta.web;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code converter="ruta.numero"}: el único convertidor de números de las páginas (lo usa {@code r:campo tipo="numero"}).
 * Un texto con letras no se descarta en silencio: se rechaza con un mensaje que empieza con la etiqueta del campo
 * («Valor: escriba solo números…»).
 *
 * <p>La regla de escritura es la del idioma de la sesión. En español la coma separa los decimales y el punto solo
 * agrupa miles: «1234,5», «1.234,5» y «1.234» (mil doscientos treinta y cuatro) valen; «1234.5» no (el punto no agrupa
 * tres cifras) y el mensaje lo dice con un ejemplo. En inglés, al revés («1,234.5»).
 *
 * <p>El tipo del número es el de la propiedad del bean ({@code Integer}, {@code Long} o, si no, {@code BigDecimal}).
 * Atributos del componente: {@code decimales} (cuántos se admiten; por defecto 0 para enteros y 4 para
 * {@code BigDecimal}, la escala de las columnas {@code DECIMAL(18,4)}) y {@code minimo} (con 0, «no puede ser
 * negativo»).
 */
@FacesConverter("ruta.numero")
public class ConvertidorNumero implements Converter<Object> {

    /** Cifras enteras que caben en las columnas {@code DECIMAL(18,4)} de Ruta. */
    static final int ENTEROS_DECIMAL = 14;
    private static final int DECIMALES_DECIMAL = 4;

    private static final Pattern ESPANOL = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)(,\\d+)?");
    private static final Pattern INGLES = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");

    /**
     * Lo que el campo admite: su etiqueta (para el mensaje), el tipo de su propiedad, cuántos decimales y el mínimo
     * ({@code null}: sin mínimo).
     */
    record Regla(String etiqueta, Class<?> tipo, int decimales, BigDecimal minimo) {
    }

    @Override
    public Object getAsObject(FacesContext contexto, UIComponent componente, String texto) {
        if (texto == null || texto.isBlank()) {
            return null;
        }
        Locale idioma = contexto == null ? IdiomaBacking.ESPANOL : Mensajes.idioma();
        Class<?> tipo = tipo(contexto, componente);
        Object etiqueta = componente == null ? null : componente.getAttributes().get("label");
        return convertir(texto, idioma, new Regla(etiqueta == null ? null : etiqueta.toString(), tipo,
                entero(atributo(componente, "decimales")).orElse(esEntero(tipo) ? 0 : DECIMALES_DECIMAL),
                atributo(componente, "minimo").map(m -> new BigDecimal(m.toString())).orElse(null)));
    }

    /** El número de {@code texto} para un campo con {@code regla}; si no lo es, la excepción con el mensaje. */
    static Object convertir(String texto, Locale idioma, Regla regla) {
        int decimales = regla.decimales();
        BigDecimal numero = leer(texto, idioma).orElseThrow(() -> error(regla, idioma,
                decimales == 0 ? "validacion.numero.entero" : "validacion.numero"));
        if (numero.stripTrailingZeros().scale() > decimales) {
            throw decimales == 0 ? error(regla, idioma, "validacion.numero.entero")
                    : error(regla, idioma, "validacion.numero.decimales", decimales);
        }
        BigDecimal minimo = regla.minimo();
        if (minimo != null && numero.compareTo(minimo) < 0) {
            throw minimo.signum() == 0 ? error(regla, idioma, "validacion.numero.negativo")
                    : error(regla, idioma, "validacion.numero.minimo", formatear(minimo, idioma, decimales));
        }
        Class<?> tipo = regla.tipo();
        boolean cabe = tipo == Integer.class ? numero.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0
                : tipo == Long.class ? numero.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0
                : numero.precision() - numero.scale() <= ENTEROS_DECIMAL;
        if (!cabe) {
            throw error(regla, idioma, "validacion.numero.grande");
        }
        if (tipo == Integer.class) {
            return numero.intValueExact();
        }
        if (tipo == Long.class) {
            return numero.longValueExact();
        }
        return decimales == 0 ? numero.setScale(0) : numero;
    }

    @Override
    public String getAsString(FacesContext contexto, UIComponent componente, Object valor) {
        if (valor == null) {
            return "";
        }
        if (valor instanceof String s) {
            return s;
        }
        Locale idioma = contexto == null ? IdiomaBacking.ESPANOL : Mensajes.idioma();
        BigDecimal numero = valor instanceof BigDecimal b ? b : new BigDecimal(valor.toString());
        return formatear(numero, idioma, entero(atributo(componente, "decimales")).orElse(DECIMALES_DECIMAL));
    }

    /** El número que dice {@code texto} con la regla del idioma; vacío si no es un número bien escrito. */
    static Optional<BigDecimal> leer(String texto, Locale idioma) {
        String limpio = texto == null ? "" : texto.trim();
        boolean ingles = "en".equals(idioma.getLanguage());
        if (!(ingles ? INGLES : ESPANOL).matcher(limpio).matches()) {
            return Optional.empty();
        }
        String sinMiles = limpio.replace(ingles ? "," : ".", "");
        return Optional.of(new BigDecimal(ingles ? sinMiles : sinMiles.replace(',', '.')));
    }

    /** El número como se escribe en el idioma (1.234,5 en español), con a lo sumo {@code decimales} decimales. */
    static String formatear(BigDecimal numero, Locale idioma, int decimales) {
        boolean ingles = "en".equals(idioma.getLanguage());
        DecimalFormatSymbols simbolos = new DecimalFormatSymbols(idioma);
        simbolos.setDecimalSeparator(ingles ? '.' : ',');
        simbolos.setGroupingSeparator(ingles ? ',' : '.');
        simbolos.setMinusSign('-');
        DecimalFormat formato = new DecimalFormat("#,##0", simbolos);
        formato.setMaximumFractionDigits(Math.max(decimales, numero.stripTrailingZeros().scale()));
        return formato.format(numero);
    }

    private static ConverterException error(Regla regla, Locale idioma, String clave, Object... argumentos) {
        String m = new MessageFormat(Mensajes.texto(idioma, clave, clave), idioma).format(argumentos);
        if (regla.etiqueta() != null && !regla.etiqueta().isBlank()) {
            m = regla.etiqueta() + ": " + m;
        }
        return new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, m, m));
    }

    private static Class<?> tipo(FacesContext contexto, UIComponent componente) {
        ValueExpression valor = componente == null ? null : componente.getValueExpression("value");
        Class<?> tipo = valor == null || contexto == null ? null : valor.getType(contexto.getELContext());
        if (tipo == Integer.class || tipo == int.class) {
            return Integer.class;
        }
        if (tipo == Long.class || tipo == long.class) {
            return Long.class;
        }
        return BigDecimal.class;
    }

    private static boolean esEntero(Class<?> tipo) {
        return tipo == Integer.class || tipo == Long.class;
    }

    private static Optional<Object> atributo(UIComponent componente, String nombre) {
        Object valor = componente == null ? null : componente.getAttributes().get(nombre);
        return valor == null || valor.toString().isBlank() ? Optional.empty() : Optional.of(valor);
    }

    private static Optional<Integer> entero(Optional<Object> valor) {
        return valor.map(v -> Integer.valueOf(v.toString().trim()));
    }
}
