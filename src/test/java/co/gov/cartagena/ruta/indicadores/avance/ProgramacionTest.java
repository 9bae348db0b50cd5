package co.gov.cartagena.ruta.indicadores.avance;

import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgramacionTest {

    static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    static LocalDate f(String iso) {
        return LocalDate.parse(iso);
    }

    static void igual(String esperado, BigDecimal real) {
        assertEquals(0, d(esperado).compareTo(real), "esperaba " + esperado + " y dio " + real);
    }

    static Programacion sinMetasAnuales(TipoMeta tipo, String lineaBase, String meta) {
        return new Programacion(tipo, d(lineaBase), d(meta), Map.of());
    }

    static Programacion conMetas(TipoMeta tipo, String lineaBase, String meta, String m24, String m25, String m26,
            String m27) {
        return new Programacion(tipo, d(lineaBase), d(meta),
                Map.of(2024, d(m24), 2025, d(m25), 2026, d(m26), 2027, d(m27)));
    }

    @Test
    void sinMetasAnualesSeEsperaLaFraccionDelCuatrienioCorrida() {
        Programacion p = sinMetasAnuales(TipoMeta.ACUMULADO, "0", "20");
        // 01/01/2024 a 30/06/2025: 366 + 181 = 547 de 1461 días
        igual("0.374401", p.esperado(null, f("2025-06-30")));
        igual("0.000684", p.esperado(null, f("2024-01-01")));
        igual("1", p.esperado(null, f("2027-12-31")));
        igual("1", p.esperado(null, f("2029-03-01")));
        for (TipoMeta tipo : new TipoMeta[] {TipoMeta.INCREMENTO, TipoMeta.REDUCCION, TipoMeta.HITO}) {
            igual("0.374401", sinMetasAnuales(tipo, "10", "5").esperado(null, f("2025-06-30")));
        }
    }

    @Test
    void sinMetasAnualesUnAnioSeMideContraLaMetaDelPlanYElCuatrienioCorrido() {
        Programacion p = sinMetasAnuales(TipoMeta.ACUMULADO, "0", "20");
        igual("20", p.metaDeReferencia(2025));
        assertTrue(p.metaAnualDeReferencia(2025).isEmpty());
        // el corte se limita al 31/12/2024
        igual("0.250513", p.esperado(2024, f("2026-05-01")));
    }

    @Test
    void mantenimientoYCoberturaSinMetasAnualesEsperanTodaLaMeta() {
        igual("1", sinMetasAnuales(TipoMeta.MANTENIMIENTO, "1", "1").esperado(null, f("2024-02-01")));
        igual("1", sinMetasAnuales(TipoMeta.COBERTURA, "64", "100").esperado(null, f("2024-02-01")));
        igual("1", sinMetasAnuales(TipoMeta.COBERTURA, "64", "100").esperado(2026, f("2026-02-01")));
    }

    @Test
    void coberturaConMetaAnualEsperaLaDelAnioDelCorte() {
        Programacion p = conMetas(TipoMeta.COBERTURA, "64", "100", "80", "90", "100", "100");
        igual("0.8", p.esperado(null, f("2024-07-01")));
        igual("0.9", p.esperado(null, f("2025-01-01")));
        igual("90", p.metaDeReferencia(2025));
        igual("1", p.esperado(2025, f("2025-03-01")));
    }

    @Test
    void acumuladoConMetasAnualesSumaLasDelAnioYProrrateaElAnioEnCurso() {
        Programacion p = conMetas(TipoMeta.ACUMULADO, null, "3", "1", "1", "0.5", "0.5");
        igual("0.666667", p.esperado(null, f("2025-12-31")));
        // (1 + 1 × 181/365) / 3
        igual("0.498630", p.esperado(null, f("2025-06-30")));
        igual("1.495890", p.programadoAl(f("2025-06-30")).orElseThrow().setScale(6, RoundingMode.HALF_EVEN));
        // el año 2025 se mide contra lo acumulado hasta 2025: 2
        igual("2", p.metaDeReferencia(2025));
        assertTrue(p.metaAnualDeReferencia(2025).isPresent());
        igual("0.747945", p.esperado(2025, f("2025-06-30")));
        igual("1", p.esperado(2025, f("2025-12-31")));
        // al empezar 2025 ya se esperaba lo de 2024: (1 + 1/365) / 2
        igual("0.501370", p.esperado(2025, f("2025-01-01")));
    }

    @Test
    void acumuladoConMetasIncompletasUsaElTiempoCorrido() {
        Programacion p = new Programacion(TipoMeta.ACUMULADO, null, d("3"), Map.of(2024, d("1"), 2026, d("1")));
        assertTrue(p.tieneMetasHasta(2024));
        assertFalse(p.tieneMetasHasta(2025));
        igual("1", p.metaDeReferencia(2024));
        igual("3", p.metaDeReferencia(2025));
        igual("3", p.metaDeReferencia(2026));
        igual("0.374401", p.esperado(null, f("2025-06-30")));
        igual("0.333333", p.esperado(null, f("2024-12-31")));
    }

    @Test
    void incrementoConMetasAnualesVaEnLineaRectaDesdeLaLineaBase() {
        Programacion p = conMetas(TipoMeta.INCREMENTO, "6", "8", "6", "7", "7", "8");
        // 6 + 1 × 181/365 = 6,49589; (6,49589 − 6) / (8 − 6)
        igual("0.247945", p.esperado(null, f("2025-06-30")));
        igual("0", p.esperado(null, f("2024-12-31")));
        igual("0.5", p.esperado(null, f("2026-06-30")));
        igual("7", p.metaDeReferencia(2025));
        igual("1", p.esperado(2025, f("2025-12-31")));
        igual("1", p.esperado(2026, f("2026-06-30")));
    }

    @Test
    void reduccionConMetasAnuales() {
        Programacion p = conMetas(TipoMeta.REDUCCION, "35.1", "28", "33", "31", "29.5", "28");
        igual("0.295775", p.esperado(null, f("2024-12-31")));
        igual("1", p.esperado(null, f("2027-12-31")));
        igual("31", p.metaDeReferencia(2025));
        igual("1", p.esperado(2025, f("2025-12-31")));
    }

    @Test
    void hitoConMetasAnualesEsElPorcentajeProgramado() {
        Programacion p = conMetas(TipoMeta.HITO, "0", "1", "25", "50", "75", "100");
        igual("0.5", p.esperado(null, f("2025-12-31")));
        igual("0.623973", p.esperado(null, f("2026-06-30")));
        igual("0.623973", p.esperado(2026, f("2026-06-30")));
        // la meta de un hito es siempre la del plan: su avance es el porcentaje aprobado
        igual("1", p.metaDeReferencia(2026));
        assertTrue(p.metaAnualDeReferencia(2026).isEmpty());
    }

    @Test
    void sinLineaBaseOConMetaAnualIgualALaLineaBaseNoHayEsperado() {
        Programacion sinLinea = new Programacion(TipoMeta.INCREMENTO, null, d("8"), Map.of(2024, d("7"), 2025, d("8")));
        assertTrue(sinLinea.programadoAl(f("2024-06-30")).isEmpty());
        assertNull(sinLinea.esperado(null, f("2025-06-30")));
        Programacion plana = conMetas(TipoMeta.INCREMENTO, "6", "8", "6", "7", "7", "8");
        assertNull(plana.esperado(2024, f("2024-06-30")), "la meta 2024 es igual a la línea base");
    }
}
