package co.gov.cartagena.ruta.casos;

import java.time.LocalDate;

/**
 * Filtros de la lista de casos. {@code texto} busca por radicado exacto, número de documento exacto o palabras del
 * nombre de alguna persona del caso. Todo es opcional.
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

    public static FiltroCasos todos() {
        return new FiltroCasos(false, null, null, null, null, null, null, false, false, null);
    }

    public static FiltroCasos mios() {
        return new FiltroCasos(true, null, null, null, null, null, null, false, false, null);
    }
}
