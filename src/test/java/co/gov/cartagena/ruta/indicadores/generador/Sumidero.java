package co.gov.cartagena.ruta.indicadores.generador;

/** A dónde van las filas que produce el generador: la base (JDBC), una huella (SHA-256) o la memoria (pruebas). */
public interface Sumidero extends AutoCloseable {

    void fila(Tabla tabla, Object... valores);

    @Override
    default void close() {
    }
}
