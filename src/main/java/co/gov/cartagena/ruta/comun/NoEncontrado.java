package co.gov.cartagena.ruta.comun;

/**
 * El registro no existe o quien pregunta no puede verlo: las dos cosas se responden igual, para que nadie pueda
 * averiguar qué casos existen adivinando identificadores.
 */
public class NoEncontrado extends RuntimeException {
    public NoEncontrado(String que) {
        super("No se encontró " + que + ".");
    }
}
