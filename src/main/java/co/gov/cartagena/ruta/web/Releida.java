package co.gov.cartagena.ruta.web;

import java.io.Serializable;
import java.util.function.Supplier;

/**
 * Lo que una vista muestra y no viaja con la sesión replicada (una entidad JPA, que no es serializable): si la vista
 * se restauró en otra instancia porque la primera cayó, se vuelve a leer una vez, con la misma lectura con que se
 * cargó. Si esa lectura falla con un error del dominio (p. ej. ya no puede verla), el mensaje va a la página y no se
 * reintenta. Ver docs/dos-instancias.md.
 *
 * @param <T> lo que se muestra
 */
public final class Releida<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    private transient T valor;
    private boolean leida;

    /** Lo que la vista acaba de cargar (o {@code null} si no cargó nada). */
    public T poner(T nuevo) {
        valor = nuevo;
        leida = nuevo != null;
        return nuevo;
    }

    /** Lo cargado; si no está porque la vista viene de otra instancia, lo relee con {@code leer}. */
    public T get(Supplier<T> leer) {
        if (valor == null && leida) {
            try {
                valor = leer.get();
            } catch (RuntimeException e) {
                leida = false;
                if (!Mensajes.deDominio(e)) {
                    throw e;
                }
            }
        }
        return valor;
    }
}
