package co.gov.cartagena.ruta.comun;

/**
 * Un dato inválido o una operación que las reglas no permiten. El mensaje ({@link Texto}: clave en
 * {@code comun/dominio.properties} y argumentos) se lee en español en {@link #getMessage()} y en el idioma de la
 * página con {@link #mensaje(java.util.Locale)}; {@link #campo()} nombra el campo culpable cuando lo hay. Nada cambió.
 */
public class ReglaIncumplida extends ErrorDelDominio {

    private final String campo;

    public ReglaIncumplida(Texto texto) {
        this(null, texto);
    }

    public ReglaIncumplida(String campo, Texto texto) {
        super(texto);
        this.campo = campo;
    }

    @Deprecated
    public ReglaIncumplida(String mensaje) {
        this(null, mensaje);
    }

    @Deprecated
    public ReglaIncumplida(String campo, String mensaje) {
        super(mensaje);
        this.campo = campo;
    }

    public String campo() {
        return campo;
    }

    /** Lanza si la condición no se cumple. */
    public static void exigir(boolean condicion, String campo, Texto texto) {
        if (!condicion) {
            throw new ReglaIncumplida(campo, texto);
        }
    }

    /** Lanza si la condición no se cumple. */
    @Deprecated
    public static void exigir(boolean condicion, String campo, String mensaje) {
        if (!condicion) {
            throw new ReglaIncumplida(campo, mensaje);
        }
    }
}
