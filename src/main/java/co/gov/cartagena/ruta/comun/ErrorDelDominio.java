package co.gov.cartagena.ruta.comun;

import java.util.Locale;

/**
 * Lo común de las excepciones del dominio: llevan su mensaje como {@link Texto} (clave y argumentos), de modo que
 * {@link #getMessage()} es el español de siempre (el de la API) y cada página lo puede mostrar en su idioma con
 * {@link #mensaje(Locale)}.
 */
public abstract class ErrorDelDominio extends RuntimeException {

    private final transient Texto texto;

    protected ErrorDelDominio(Texto texto) {
        this(texto, null);
    }

    protected ErrorDelDominio(Texto texto, Throwable causa) {
        super(texto.enEspanol(), causa);
        this.texto = texto;
    }

    /** Un texto ya en el idioma de la página ({@link ReglaIncumplida#deLaPagina}): se muestra tal cual. */
    protected ErrorDelDominio(String mensaje) {
        super(mensaje);
        this.texto = null;
    }

    /** La clave y los argumentos del mensaje. */
    public Texto texto() {
        return texto;
    }

    /** El mensaje en {@code idioma}. */
    public String mensaje(Locale idioma) {
        return texto == null ? getMessage() : texto.en(idioma);
    }
}
