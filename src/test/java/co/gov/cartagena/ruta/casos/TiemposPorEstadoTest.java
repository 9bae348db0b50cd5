package co.gov.cartagena.ruta.casos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TiemposPorEstadoTest {

    private static final ZoneId COLOMBIA = ZoneId.of("America/Bogota");
    private static final List<String> ORDEN = List.of("SOLICITUD", "MEDIDA_PROVISIONAL", "AUDIENCIA");

    private static TiemposPorEstado.Estancia e(String sede, String estado, String desde, String hasta) {
        return new TiemposPorEstado.Estancia(sede, "Comisaría " + sede, estado, Instant.parse(desde),
                hasta == null ? null : Instant.parse(hasta));
    }

    private static final List<TiemposPorEstado.Estancia> ESTANCIAS = List.of(
            e("CF-06", "SOLICITUD", "2024-02-01T15:00:00Z", "2024-02-03T15:00:00Z"), // 2 días
            e("CF-06", "SOLICITUD", "2024-02-10T15:00:00Z", "2024-02-14T15:00:00Z"), // 4 días
            e("CF-06", "SOLICITUD", "2024-03-01T03:00:00Z", "2024-03-02T03:00:00Z"), // 1 día; en Colombia, 29/02
            e("CF-06", "SOLICITUD", "2024-03-05T15:00:00Z", "2024-03-14T15:00:00Z"), // 9 días
            e("CF-06", "MEDIDA_PROVISIONAL", "2024-02-14T15:00:00Z", "2024-02-20T03:00:00Z"), // 5,5 días
            e("CF-06", "AUDIENCIA", "2024-02-20T03:00:00Z", null),
            e("CF-06", "CERRADO", "2024-03-02T03:00:00Z", null),
            e("CF-05", "SOLICITUD", "2024-02-01T15:00:00Z", "2024-02-07T15:00:00Z")); // 6 días

    @Test
    void promedioMedianaYEnCursoPorMesConElDiaDeColombia() {
        List<TiemposPorEstado.Fila> filas = TiemposPorEstado.agregar(ESTANCIAS, Periodicidad.MES, COLOMBIA, ORDEN);
        TiemposPorEstado.Fila solicitudFebrero = fila(filas, "CF-06", "2024-02", "SOLICITUD");
        assertEquals(3, solicitudFebrero.cantidad(), "La del 01/03 03:00 UTC entró el 29/02 en Colombia");
        assertEquals(new BigDecimal("2.33"), solicitudFebrero.promedioDias());
        assertEquals(new BigDecimal("2.00"), solicitudFebrero.medianaDias());
        TiemposPorEstado.Fila audiencia = fila(filas, "CF-06", "2024-02", "AUDIENCIA");
        assertEquals(0, audiencia.cantidad());
        assertEquals(1, audiencia.enCurso());
        assertNull(audiencia.promedioDias());
        assertEquals(new BigDecimal("5.50"), fila(filas, "CF-06", "2024-02", "MEDIDA_PROVISIONAL").promedioDias());
        assertEquals(new BigDecimal("9.00"), fila(filas, "CF-06", "2024-03", "SOLICITUD").promedioDias());
        TiemposPorEstado.Fila total = fila(filas, null, "2024-02", "SOLICITUD");
        assertEquals(4, total.cantidad());
        assertEquals(new BigDecimal("3.25"), total.promedioDias(), "(2 + 4 + 1 + 6) / 4");
        assertEquals(new BigDecimal("3.00"), total.medianaDias(), "(2 + 4) / 2");
        assertEquals(0, filas.stream().filter(f -> f.estado().equals("CERRADO")).count(), "Cerrado no es un paso");
        assertEquals("2024-02", filas.get(0).periodo());
        assertEquals("CF-05", filas.get(0).sede(), "Por periodo, luego sede, luego el orden de los estados");
    }

    @Test
    void porTrimestreYPorAnio() {
        List<TiemposPorEstado.Fila> trimestre = TiemposPorEstado.agregar(ESTANCIAS, Periodicidad.TRIMESTRE, COLOMBIA,
                ORDEN);
        TiemposPorEstado.Fila t1 = fila(trimestre, "CF-06", "2024-T1", "SOLICITUD");
        assertEquals(4, t1.cantidad());
        assertEquals(new BigDecimal("4.00"), t1.promedioDias(), "(2 + 4 + 1 + 9) / 4");
        assertEquals(new BigDecimal("3.00"), t1.medianaDias());
        TiemposPorEstado.Fila anio = fila(TiemposPorEstado.agregar(ESTANCIAS, Periodicidad.ANIO, COLOMBIA, ORDEN), null,
                "2024", "SOLICITUD");
        assertEquals(5, anio.cantidad());
        assertEquals(new BigDecimal("4.40"), anio.promedioDias(), "22 / 5");
        assertEquals(new BigDecimal("4.00"), anio.medianaDias());
    }

    static TiemposPorEstado.Fila fila(List<TiemposPorEstado.Fila> filas, String sede, String periodo, String estado) {
        return filas.stream().filter(f -> java.util.Objects.equals(f.sede(), sede) && f.periodo().equals(periodo)
                && f.estado().equals(estado)).findFirst().orElseThrow(() -> new AssertionError(
                        "Falta la fila " + sede + " " + periodo + " " + estado + " en " + filas));
    }
}
