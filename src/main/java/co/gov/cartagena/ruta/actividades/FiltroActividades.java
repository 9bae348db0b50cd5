package co.gov.cartagena.ruta.actividades;

import java.time.LocalDate;

/**
 * Filtro de la lista de actividades: código del tipo, código de la sede, rango de fechas (inclusivo), solo las que
 * no tienen evidencia («sin soporte») y si se incluyen las anuladas. Todo opcional.
 */
public record FiltroActividades(String tipo, String sede, LocalDate desde, LocalDate hasta, boolean sinSoporte,
        boolean incluirAnuladas) {

    public static FiltroActividades todas() {
        return new FiltroActividades(null, null, null, null, false, false);
    }
}
