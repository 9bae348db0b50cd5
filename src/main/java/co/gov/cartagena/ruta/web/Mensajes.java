package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.ErrorDelDominio;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.persistencia.FallaTransitoria;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mensajes de las páginas: los errores del dominio salen junto al campo culpable, en el idioma de la vista, con cada
 * código que traigan (estados, atenciones, sexos, sedes…) cambiado por su texto ({@link #conEtiquetas}).
 */
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
            if (t instanceof ErrorDelDominio) {
                error(delDominio(t));
                FacesContext.getCurrentInstance().validationFailed();
                return true;
            }
            t = t.getCause();
        }
        if (FallaTransitoria.es(e)) {
            // Una falla pasajera que no pasó por un servicio: el mismo mensaje que la API da con su 503.
            error(delDominio(FallaTransitoria.comoNoDisponible(e)));
            FacesContext.getCurrentInstance().validationFailed();
            return true;
        }
        return false;
    }

    /**
     * Como {@link #deDominio(RuntimeException)}, pero si la regla nombra un campo que el formulario tiene
     * ({@code formulario:campo}), el mensaje va junto a ese campo (su {@code p:message}) y el campo queda inválido; si
     * no, va en los mensajes del formulario ({@code p:messages for="formulario"}). Un conflicto de edición sigue arriba,
     * junto al botón de recargar.
     */
    public static boolean deDominio(RuntimeException e, String formulario) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof ReglaIncumplida r && r.campo() != null && formulario != null) {
                FacesContext ctx = FacesContext.getCurrentInstance();
                UIComponent campo = ctx.getViewRoot().findComponent(":" + formulario + ":" + r.campo());
                if (campo != null) {
                    enCampo(campo.getClientId(ctx), delDominio(r));
                    if (campo instanceof UIInput entrada) {
                        conservarLoEscrito(ctx, entrada);
                        entrada.setValid(false);
                    }
                    ctx.validationFailed();
                    return true;
                }
            }
            t = t.getCause();
        }
        if (formulario != null && !(e instanceof ConflictoEdicion)) {
            FacesContext ctx = FacesContext.getCurrentInstance();
            UIComponent form = ctx.getViewRoot().findComponent(":" + formulario);
            Throwable d = e;
            while (d != null && !(d instanceof ReglaIncumplida || d instanceof NoEncontrado
                    || d instanceof OperacionNoPermitida)) {
                d = d.getCause();
            }
            if (form != null && d != null) {
                enCampo(form.getClientId(ctx), delDominio(d));
                ctx.validationFailed();
                return true;
            }
        }
        return deDominio(e);
    }

    /**
     * Deja en la entrada, como valor enviado, el texto de lo que el usuario escribió. Con
     * {@code INTERPRET_EMPTY_STRING_SUBMITTED_VALUES_AS_NULL} una entrada inválida sin valor enviado se pinta vacía
     * (los renderizadores no vuelven al modelo cuando la validación falló), y un error del dominio llega después de
     * actualizar el modelo, cuando Faces ya soltó lo enviado: sin esto, marcar el campo borraría la fecha escrita.
     */
    private static void conservarLoEscrito(FacesContext ctx, UIInput entrada) {
        if (entrada.getSubmittedValue() != null) {
            return;
        }
        Object valor = entrada.getValue();
        if (valor == null || valor instanceof Object[] || valor instanceof java.util.Collection<?>) {
            return;
        }
        jakarta.faces.convert.Converter<Object> convertidor = entrada.getConverter();
        if (convertidor == null && !(valor instanceof String)) {
            convertidor = ctx.getApplication().createConverter(valor.getClass());
        }
        entrada.setSubmittedValue(convertidor == null ? valor.toString() : convertidor.getAsString(ctx, entrada, valor));
    }

    /**
     * El mensaje de una excepción del dominio en el idioma de la vista (de {@code comun/dominio*.properties}), con sus
     * códigos cambiados por sus textos.
     */
    public static String delDominio(Throwable t) {
        Locale idioma = idioma();
        String mensaje = t instanceof ErrorDelDominio d ? d.mensaje(idioma) : t.getMessage();
        return conEtiquetas(conCamposDeRutas(mensaje, idioma), c -> Etiquetas.actual().flatMap(e -> e.sedeSiExiste(c)));
    }

    /**
     * {@code texto} con la etiqueta en español de cada campo de las rutas cambiada por la suya en {@code idioma}: las
     * reglas de los campos («Fecha de egreso: escriba una fecha válida») nombran el campo con la etiqueta de
     * {@code casos.Rutas}, que está en español. Las más largas primero, para no cambiar un pedazo de otra.
     */
    static String conCamposDeRutas(String texto, Locale idioma) {
        if (texto == null || texto.isEmpty() || IdiomaBacking.ESPANOL.getLanguage().equals(idioma.getLanguage())) {
            return texto;
        }
        String r = texto;
        for (Map.Entry<String, String> e : CAMPOS_DE_RUTAS.computeIfAbsent(idioma, Mensajes::camposDeRutas)
                .entrySet()) {
            r = r.replace(e.getKey(), e.getValue());
        }
        return r;
    }

    private static final Map<Locale, Map<String, String>> CAMPOS_DE_RUTAS = new ConcurrentHashMap<>();

    private static Map<String, String> camposDeRutas(Locale idioma) {
        Map<String, String> porEtiqueta = new TreeMap<>(Comparator.comparingInt(String::length).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (Ruta ruta : Ruta.values()) {
            for (Campo campo : ruta.definicion().campos()) {
                String traducida = texto(idioma, "ruta." + ruta.name() + ".campo." + campo.nombre(), null);
                if (traducida != null && !traducida.equals(campo.etiqueta())) {
                    porEtiqueta.putIfAbsent(campo.etiqueta(), traducida);
                }
            }
        }
        return porEtiqueta;
    }

    /**
     * Dónde buscar el texto de un código suelto, en este orden: los de las rutas (estados, atenciones, opciones),
     * los nombres de las rutas y los enums que ven las personas.
     */
    private static final List<String> PREFIJOS = List.of("ruta.codigo.", "ruta.", "persona.tipoDocumento.",
            "persona.sexo.", "persona.etnia.", "persona.alcance.", "caso.rol.", "caso.remision.estado.",
            "caso.entidad.", "auditoria.accion.", "sedes.tipo.", "sedes.estado.", "indicadores.reportes.estado.",
            "indicadores.estado.", "indicadores.semaforo.", "indicador.tipoMeta.", "indicador.fuente.", "tiempos.agrupar.");
    private static final Pattern CODIGO = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:[_-][A-Z0-9]+)*\\b",
            Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern LISTA = Pattern.compile("\\[([A-Z0-9_-]+(?:,\\s*[A-Z0-9_-]+)*)\\]");

    /**
     * {@code texto} con cada código cambiado por su texto en el idioma de la vista: el de una sede por su nombre
     * ({@code sedes}), uno con texto en los paquetes ({@link #PREFIJOS}) por ese texto y cualquier otro con guion
     * bajo hecho legible; las listas «[ORIENTACION, ALIMENTACION]» quedan «Orientación, Alimentación». Las palabras
     * en mayúsculas sin texto (RUV, AHI) quedan como están.
     */
    public static String conEtiquetas(String texto, Function<String, Optional<String>> sedes) {
        if (texto == null || texto.isEmpty()) {
            return texto;
        }
        return conEtiquetas(texto, idioma(), sedes);
    }

    /** {@link #conEtiquetas(String, Function)} en un idioma dado. */
    public static String conEtiquetas(String texto, Locale idioma, Function<String, Optional<String>> sedes) {
        if (texto == null || texto.isEmpty()) {
            return texto;
        }
        String sinCorchetes = LISTA.matcher(texto).replaceAll(m -> Matcher.quoteReplacement(m.group(1)));
        Matcher m = CODIGO.matcher(sinCorchetes);
        StringBuilder r = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(r, Matcher.quoteReplacement(etiquetaDe(idioma, m.group(), sedes)));
        }
        m.appendTail(r);
        return r.toString();
    }

    private static String etiquetaDe(Locale idioma, String codigo, Function<String, Optional<String>> sedes) {
        Optional<String> sede = codigo.length() > 1 ? sedes.apply(codigo) : Optional.empty();
        if (sede.isPresent()) {
            return sede.get();
        }
        if (codigo.length() > 1) {
            for (String prefijo : PREFIJOS) {
                String t = texto(idioma, prefijo + codigo, null);
                if (t != null) {
                    return t;
                }
            }
        }
        return codigo.contains("_") ? legibleSinClave(codigo) : codigo;
    }

    /** DESPLAZAMIENTO_FORZADO → «Desplazamiento forzado», sin buscar en los paquetes. */
    public static String legibleSinClave(String codigo) {
        return legible((String) null, codigo);
    }

    /** Un error junto al campo con ese id de cliente. */
    public static void enCampo(String idCliente, String texto) {
        FacesContext.getCurrentInstance().addMessage(idCliente,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, texto, null));
    }

    /** Un aviso de éxito junto al formulario o campo con ese id de cliente (no arriba de la página). */
    public static void infoEn(String idCliente, String texto) {
        FacesContext.getCurrentInstance().addMessage(idCliente,
                new FacesMessage(FacesMessage.SEVERITY_INFO, texto, null));
    }

    /**
     * Las opciones de una lista desplegable con su texto en el idioma de la vista ({@code prefijo + CODIGO} en los
     * paquetes; si falta, el código hecho legible): nunca un código crudo.
     */
    @SafeVarargs
    public static <E extends Enum<E>> List<SelectItem> opciones(String prefijo, E... valores) {
        List<SelectItem> lista = new ArrayList<>();
        for (E v : valores) {
            lista.add(new SelectItem(v, etiqueta(prefijo, v)));
        }
        return lista;
    }

    /** El texto de un código ({@code prefijo + CODIGO}); si falta, el código hecho legible. */
    public static String etiqueta(String prefijo, Enum<?> valor) {
        if (valor == null) {
            return "";
        }
        return legible(texto(prefijo + valor.name(), null), valor.name());
    }

    /** El paquete de mensajes de las páginas. */
    public static final String PAQUETE = "co.gov.cartagena.ruta.web.mensajes";

    /** El texto de {@code clave} en el idioma de la vista; {@code porDefecto} si el paquete no la tiene. */
    public static String texto(String clave, String porDefecto) {
        return texto(idioma(), clave, porDefecto);
    }

    /**
     * El idioma elegido en la sesión ({@code #{idioma.locale}}, el mismo de {@code f:view}). No el de la raíz de la
     * vista: en una {@code f:viewAction} esa raíz aún tiene el del navegador (Accept-Language), y los textos armados
     * ahí (p. ej. las etiquetas de los campos de la ruta) salían en inglés en la interfaz en español.
     */
    public static Locale idioma() {
        FacesContext ctx = FacesContext.getCurrentInstance();
        if (ctx == null) {
            return IdiomaBacking.ESPANOL;
        }
        Locale elegido = ctx.getApplication().evaluateExpressionGet(ctx, "#{idioma.locale}", Locale.class);
        return elegido != null ? elegido : IdiomaBacking.ESPANOL;
    }

    /** El texto de {@code clave} en {@code idioma}; {@code porDefecto} si el paquete no la tiene. */
    public static String texto(Locale idioma, String clave, String porDefecto) {
        try {
            ResourceBundle paquete = ResourceBundle.getBundle(PAQUETE, idioma);
            return paquete.containsKey(clave) ? paquete.getString(clave) : porDefecto;
        } catch (MissingResourceException e) {
            return porDefecto;
        }
    }

    /**
     * El texto de {@code clave} en el idioma de la vista con sus argumentos ({@code {0}}, {@code {1}}…, como
     * {@link java.text.MessageFormat}); {@code porDefecto} con los mismos argumentos si el paquete no la tiene.
     */
    public static String formato(String clave, String porDefecto, Object... argumentos) {
        Locale idioma = idioma();
        return new java.text.MessageFormat(texto(idioma, clave, porDefecto), idioma).format(argumentos);
    }

    /** El nombre de la ruta en el idioma de la vista. */
    public static String nombreRuta(Ruta ruta) {
        return ruta == null ? "" : texto("ruta." + ruta.name(), ruta.nombre());
    }

    /** La etiqueta de un campo de la ruta en el idioma de la vista (en español, la de {@code casos.Rutas}). */
    public static String etiquetaCampo(Ruta ruta, Campo campo) {
        return texto("ruta." + ruta.name() + ".campo." + campo.nombre(), campo.etiqueta());
    }

    /** La ayuda de un campo de la ruta en el idioma de la vista; null si el campo no la tiene. */
    public static String ayudaCampo(Ruta ruta, Campo campo) {
        return campo.ayuda() == null ? null : texto("ruta." + ruta.name() + ".ayuda." + campo.nombre(), campo.ayuda());
    }

    /**
     * El texto de un código de ruta (estado, atención, opción: {@code ruta.codigo.<CODIGO>} en los paquetes) o,
     * si no lo hay, el código hecho legible: DESPLAZAMIENTO_FORZADO → «Desplazamiento forzado».
     */
    public static String legible(String codigo) {
        if (codigo == null || codigo.isEmpty()) {
            return "";
        }
        return legible(texto("ruta.codigo." + codigo, null), codigo);
    }

    /** {@link #legible(String)} en un idioma dado. */
    public static String legible(Locale idioma, String codigo) {
        if (codigo == null || codigo.isEmpty()) {
            return "";
        }
        return legible(texto(idioma, "ruta.codigo." + codigo, null), codigo);
    }

    private static String legible(String traducido, String codigo) {
        if (traducido != null) {
            return traducido;
        }
        String t = codigo.replace('_', ' ').toLowerCase();
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
