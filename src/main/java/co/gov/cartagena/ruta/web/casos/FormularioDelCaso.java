package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.Caso;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Un formulario de {@code casos/ver.xhtml}: solo sus campos y su acción. Lo posee {@link VerCasoBacking}, que guarda el
 * caso mostrado y su versión, tiene los servicios y, tras cada acción, vuelve a mostrar el caso. Viaja con la vista
 * (campos serializables; nada inyectado: los servicios los da la vista).
 */
abstract class FormularioDelCaso implements Serializable {

    private static final long serialVersionUID = 1L;

    /** La página que lo posee. */
    final VerCasoBacking vista;

    FormularioDelCaso(VerCasoBacking vista) {
        this.vista = vista;
    }

    Caso caso() {
        return vista.caso();
    }

    /** Si el caso está cerrado o anulado (sus formularios de cambio no se ofrecen). */
    boolean terminado() {
        return caso() == null || caso().cerrado() || caso().isAnulado();
    }

    /** {@link VerCasoBacking#hacer}: el aviso junto al formulario, cada error junto a su campo; true si se hizo. */
    boolean hacer(Supplier<Caso> accion, String exito, String formulario) {
        return vista.hacer(accion, exito, formulario, List.of());
    }

    /** Una clave de envío nueva para un formulario recién limpio. */
    static String claveNueva() {
        return UUID.randomUUID().toString();
    }

    /**
     * La clave de envío que viajó en el formulario (un segundo envío trae la misma: el servicio no repite el registro);
     * si no tiene forma de clave, una nueva.
     */
    static String claveRecibida(String clave) {
        return clave != null && clave.matches("[0-9a-f-]{36}") ? clave : claveNueva();
    }
}
