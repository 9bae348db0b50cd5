package co.gov.cartagena.ruta.comun;

/**
 * Otra persona guardó cambios sobre el mismo registro después de que usted lo abrió. {@code que} nombra el registro
 * («la sede»).
 */
public class ConflictoEdicion extends ErrorDelDominio {
    public ConflictoEdicion(Texto que) {
        super(Texto.de("comun.conflictoEdicion", que));
    }
}
