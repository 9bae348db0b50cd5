package co.gov.cartagena.ruta.comun;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Un mensaje del dominio sin idioma todavía: su clave en el paquete {@value #PAQUETE} (español en la base,
 * {@code dominio.properties}; inglés en {@code dominio_en.properties}) y sus argumentos, que se ponen en los
 * {@code {0}}, {@code {1}}… del patrón ({@link MessageFormat}). Las excepciones del dominio lo llevan; su
 * {@code getMessage()} es {@link #enEspanol()} (lo que responde la API) y las páginas lo muestran con
 * {@link #en(Locale)} en el idioma de la vista.
 *
 * <p>Cada argumento se vuelve texto al crear el mensaje, igual que al concatenarlo ({@link String#valueOf}): un
 * número no toma separador de miles ni una fecha otro formato según el idioma. Un argumento que es otro
 * {@code Texto} (p. ej. «el caso 12» dentro de «No se encontró …») se muestra en el mismo idioma que el mensaje.
 * Se puede guardar en la sesión (p. ej. la revisión de una importación, que se muestra en el idioma de la vista):
 * sus argumentos ya son texto.
 */
public final class Texto implements java.io.Serializable {

    private static final long serialVersionUID = 1L;

    /** El paquete de los mensajes del dominio. */
    public static final String PAQUETE = "co.gov.cartagena.ruta.comun.dominio";

    /** El idioma de la API, de los registros y de {@code getMessage()}. */
    public static final Locale ESPANOL = Locale.forLanguageTag("es-CO");

    private final String clave;
    private final List<Object> argumentos;

    private Texto(String clave, Object[] argumentos) {
        if (clave == null || clave.isBlank()) {
            throw new IllegalArgumentException("Un mensaje del dominio necesita clave");
        }
        this.clave = clave;
        this.argumentos = Arrays.stream(argumentos)
                .map(a -> a instanceof Texto || a instanceof Argumento ? a : String.valueOf(a))
                .toList();
    }

    /** El mensaje de {@code clave} con sus argumentos. */
    public static Texto de(String clave, Object... argumentos) {
        return new Texto(clave, argumentos == null ? new Object[] {null} : argumentos);
    }

    /**
     * Un argumento que es un código con texto en las páginas (una ruta, un rol, un estado): en español se muestra
     * {@code enEspanol}, como siempre; en otro idioma, el código, que la página cambia por su texto en ese idioma
     * ({@code web.Mensajes.conEtiquetas}). Varios códigos separados por comas valen como uno.
     */
    public static Object codigo(String codigo, String enEspanol) {
        return new Codigo(codigo, enEspanol);
    }

    /** Varios mensajes seguidos, separados por un espacio, cada uno en el idioma del mensaje que los lleva. */
    public static Object unidos(List<Texto> textos) {
        return new Unidos(List.copyOf(textos));
    }

    /** Un argumento que se vuelve texto según el idioma del mensaje. */
    private sealed interface Argumento extends java.io.Serializable permits Codigo, Unidos {
        String en(Locale idioma);
    }

    private record Unidos(List<Texto> textos) implements Argumento {
        @Override
        public String en(Locale idioma) {
            return String.join(" ", textos.stream().map(t -> t.en(idioma)).toList());
        }
    }

    private record Codigo(String codigo, String enEspanol) implements Argumento {
        @Override
        public String en(Locale idioma) {
            return idioma.getLanguage().equals(ESPANOL.getLanguage()) ? enEspanol : codigo;
        }
    }

    public String clave() {
        return clave;
    }

    /** Los argumentos ya vueltos texto (o {@code Texto}, o los de {@link #codigo} y {@link #unidos}). */
    public List<Object> argumentos() {
        return argumentos;
    }

    /** El mensaje en español: el de la API y el de {@code getMessage()}. */
    public String enEspanol() {
        return en(ESPANOL);
    }

    /** El mensaje en {@code idioma}; el español si el paquete no tiene ese idioma. */
    public String en(Locale idioma) {
        ResourceBundle paquete = ResourceBundle.getBundle(PAQUETE, idioma);
        Object[] valores = argumentos.stream()
                .map(a -> a instanceof Texto t ? t.en(idioma) : a instanceof Argumento g ? g.en(idioma) : a)
                .toArray();
        return new MessageFormat(paquete.getString(clave), idioma).format(valores);
    }

    @Override
    public String toString() {
        return enEspanol();
    }
}
