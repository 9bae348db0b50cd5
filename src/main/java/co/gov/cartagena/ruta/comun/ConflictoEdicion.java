package co.gov.cartagena.ruta.comun;

/** Otra persona guardó cambios sobre el mismo registro después de que usted lo abrió. */
public class ConflictoEdicion extends RuntimeException {
    public ConflictoEdicion(String que) {
        super("Otra persona modificó " + que + " mientras usted lo editaba. Recargue para ver la versión actual;"
                + " sus cambios no se guardaron.");
    }
}
