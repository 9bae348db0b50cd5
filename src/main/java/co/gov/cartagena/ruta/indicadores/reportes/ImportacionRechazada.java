package co.gov.cartagena.ruta.indicadores.reportes;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import java.util.List;
import java.util.Locale;

/** El archivo tiene errores y no se importó nada. Cada error nombra su línea. */
public class ImportacionRechazada extends ReglaIncumplida {

    private static final long serialVersionUID = 1L;
    private final transient List<Texto> errores;

    public ImportacionRechazada(List<Texto> errores) {
        super("archivo", errores.size() == 1
                ? Texto.de("indicadores.importacion.unError", errores.size(), Texto.unidos(errores))
                : Texto.de("indicadores.importacion.errores", errores.size(), Texto.unidos(errores)));
        this.errores = List.copyOf(errores);
    }

    /** Los errores en español (los de la API). */
    public List<String> getErrores() {
        return errores(Texto.ESPANOL);
    }

    /** Los errores en {@code idioma}. */
    public List<String> errores(Locale idioma) {
        return errores.stream().map(t -> t.en(idioma)).toList();
    }
}
