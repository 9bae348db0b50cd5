package co.gov.cartagena.ruta.comun;

/**
 * Un dato inválido o una operación que las reglas no permiten. El mensaje está en español, listo para mostrarlo a
 * quien hizo la operación; {@link #campo()} nombra el campo culpable cuando lo hay. Nada cambió.
 */
public class ReglaIncumplida extends RuntimeException {

    private final String campo;

    public ReglaIncumplida(String mensaje) {
        this(null, mensaje);
    }

    public ReglaIncumplida(String campo, String mensaje) {
        super(mensaje);
        this.campo = campo;
    }

    public String campo() {
        return campo;
    }

    /** Lanza si la condición no se cumple. */
    public static void exigir(boolean condicion, String campo, String mensaje) {
        if (!condicion) {
            throw new ReglaIncumplida(campo, mensaje);
        }
    }
}
