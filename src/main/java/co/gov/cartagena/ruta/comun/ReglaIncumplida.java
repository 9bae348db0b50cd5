package co.gov.cartagena.ruta.comun;

/**
 * Un dato inválido o una operación que las reglas no permiten. El mensaje ({@link Texto}: clave en
 * {@code comun/dominio.properties} y argumentos) se lee en español en {@link #getMessage()} y en el idioma de la
 * página con {@link #mensaje(java.util.Locale)}; {@link #campo()} nombra el campo culpable cuando lo hay. Nada
 * cambió.
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

    private ReglaIncumplida(String campo, String textoDeLaPagina) {
        super(textoDeLaPagina);
        this.campo = campo;
    }

    /**
     * Solo para las páginas ({@code web}): un dato de la petición que la página misma revisa, con su texto ya
     * sacado del paquete de la página en el idioma de la vista; sigue el mismo camino que las reglas del dominio
     * hasta el campo culpable. El dominio no lo usa: sus mensajes son {@link Texto}.
     */
    public static ReglaIncumplida deLaPagina(String campo, String textoDeLaPagina) {
        return new ReglaIncumplida(campo, textoDeLaPagina);
    }

    public String campo() {
        return campo;
    }

    /**
     * Lanza si {@code texto}, sin espacios a los lados, pasa de {@code maximo} caracteres: el tamaño de la columna que
     * lo guarda (se cuentan caracteres, como MariaDB en utf8mb4). Un texto nulo pasa (lo obligatorio se exige aparte).
     */
    public static void exigirHasta(String texto, int maximo, String campo, Texto mensaje) {
        if (texto == null) {
            return;
        }
        String limpio = texto.trim();
        int largo = limpio.codePointCount(0, limpio.length());
        if (largo > maximo) {
            throw new ReglaIncumplida(campo, mensaje);
        }
    }

    /** Lanza si la condición no se cumple. */
    public static void exigir(boolean condicion, String campo, Texto texto) {
        if (!condicion) {
            throw new ReglaIncumplida(campo, texto);
        }
    }
}
