package co.gov.cartagena.ruta.indicadores.avance;

/** Si el avance se pudo calcular y, si no, por qué. Ninguno de los estados sin cálculo inventa una cifra. */
public enum EstadoAvance {
    /** Hay valor y la fórmula se pudo aplicar. */
    CALCULADO("Calculado"),
    /** La fuente del indicador (casos, actividades, sedes) aún no se calcula en Ruta. */
    SIN_CALCULO("Sin cálculo todavía"),
    /** No hay valor aprobado a la fecha de corte. */
    SIN_DATOS("Sin valor aprobado a la fecha de corte"),
    /** La fórmula necesita la línea base y el plan no la trae (N.D.). */
    SIN_LINEA_BASE("Sin línea base: el plan no la trae y la fórmula la necesita"),
    /** La fórmula no se puede aplicar (la meta es igual a la línea base, o es cero). */
    NO_CALCULABLE("No calculable");

    private final String descripcion;

    EstadoAvance(String descripcion) {
        this.descripcion = descripcion;
    }

    public String descripcion() {
        return descripcion;
    }
}
