package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.personas.BusquedaPorNombre;
import java.time.LocalDate;

/**
 * Filtros de la lista de casos. {@code texto} busca, si tiene algún dígito, por radicado exacto o número de documento
 * exacto; si no, por las palabras del nombre de alguna persona del caso, cada una como comienzo de palabra
 * ({@link BusquedaPorNombre}). Todo es opcional.
 */
public record FiltroCasos(
        boolean soloMios,
        String sede,
        Ruta ruta,
        String estado,
        String gestor,
        LocalDate desde,
        LocalDate hasta,
        boolean soloConSeguimientoVencido,
        boolean incluirAnulados,
        String texto) {

    /** El texto, si lo hay, sin espacios a los lados; null si no hay. */
    public String textoBuscado() {
        return texto == null || texto.isBlank() ? null : texto.trim();
    }

    /** Si el texto se busca como radicado o documento (tiene algún dígito) y no como nombre. */
    public boolean textoEsDocumentoORadicado() {
        String t = textoBuscado();
        return t != null && t.chars().anyMatch(Character::isDigit);
    }

    /** La búsqueda por nombre del texto; null si no hay texto o se busca como documento o radicado. */
    public BusquedaPorNombre textoComoNombre() {
        return textoBuscado() == null || textoEsDocumentoORadicado() ? null : BusquedaPorNombre.de(textoBuscado());
    }

    public static FiltroCasos todos() {
        return new FiltroCasos(false, null, null, null, null, null, null, false, false, null);
    }

    public static FiltroCasos mios() {
        return new FiltroCasos(true, null, null, null, null, null, null, false, false, null);
    }
}
