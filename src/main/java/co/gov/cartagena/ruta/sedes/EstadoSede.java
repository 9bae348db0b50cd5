package co.gov.cartagena.ruta.sedes;

/**
 * Estado de una sede a una fecha. «En funcionamiento», como dicen algunos indicadores del plan, es
 * {@link #EN_OPERACION}.
 */
public enum EstadoSede {
    EN_CREACION("en creación"),
    EN_OPERACION("en operación"),
    SUSPENDIDA("suspendida"),
    CERRADA("cerrada");

    private final String texto;

    EstadoSede(String texto) {
        this.texto = texto;
    }

    /** Cómo se dice en una frase, p. ej. «La sede ya está en operación». */
    public String texto() {
        return texto;
    }

    /** Clave del texto en los paquetes de mensajes ({@code sedes.estado.EN_OPERACION}…). */
    public String claveMensaje() {
        return "sedes.estado." + name();
    }
}
