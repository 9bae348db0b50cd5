package co.gov.cartagena.ruta.indicadores;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import java.util.List;

/** El archivo tiene errores y no se importó nada. Cada error nombra su línea. */
public class ImportacionRechazada extends ReglaIncumplida {

    private static final long serialVersionUID = 1L;
    private final List<String> errores;

    public ImportacionRechazada(List<String> errores) {
        super("archivo", "No se importó ninguna fila: el archivo tiene " + errores.size()
                + (errores.size() == 1 ? " error. " : " errores. ") + String.join(" ", errores));
        this.errores = List.copyOf(errores);
    }

    public List<String> getErrores() {
        return errores;
    }
}
