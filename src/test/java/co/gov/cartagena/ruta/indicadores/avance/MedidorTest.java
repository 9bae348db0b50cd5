package co.gov.cartagena.ruta.indicadores.avance;

import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import co.gov.cartagena.ruta.indicadores.seguimiento.ValoresReportados;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MedidorTest {

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static LocalDate f(String iso) {
        return LocalDate.parse(iso);
    }

    /** Reportes aprobados en memoria, con la misma regla de vigencia que {@link ValoresReportados}. */
    static final class Aprobados implements Medidor.Valores {
        final List<Valor> valores = new ArrayList<>();
        final List<String> consultas = new ArrayList<>();

        Aprobados con(String fecha, String valor) {
            valores.add(Valor.de(d(valor), f(fecha), "prueba"));
            return this;
        }

        @Override
        public Optional<Valor> valor(Integer anio, LocalDate corte) {
            consultas.add(anio + "@" + corte);
            LocalDate desde = anio == null ? Cuatrienio.INICIO : Cuatrienio.inicioDe(anio);
            return valores.stream().filter(v -> !v.fechaCorte().isBefore(desde) && !v.fechaCorte().isAfter(corte))
                    .max(Comparator.comparing(Valor::fechaCorte));
        }
    }

    @Test
    void unaFuenteSinCalculoNoInventaCifras() {
        Programacion p = new Programacion(TipoMeta.COBERTURA, null, d("100"), Map.of());
        Medicion m = Medidor.medir(p, null, null, f("2025-06-30"));
        assertNull(m.valor());
        assertEquals(EstadoAvance.SIN_CALCULO, m.avance().getEstado());
        assertNull(m.avance().getRazon());
        assertEquals(Semaforo.SIN_DATOS, m.semaforo());
    }

    @Test
    void elValorEsElUltimoAprobadoHastaElCorte() {
        Programacion p = new Programacion(TipoMeta.REDUCCION, d("35.1"), d("28"), Map.of());
        Aprobados a = new Aprobados().con("2024-06-30", "34").con("2024-12-31", "33").con("2025-06-30", "31.5");
        assertEquals(0, d("34").compareTo(Medidor.medir(p, a, null, f("2024-09-30")).valor().valor()));
        Medicion cuatrienio = Medidor.medir(p, a, null, f("2025-12-31"));
        assertEquals(0, d("31.5").compareTo(cuatrienio.valor().valor()));
        assertEquals(0, d("0.507042").compareTo(cuatrienio.avance().getRazon()));
        // 2024 con corte posterior: el último de 2024
        Medicion anio2024 = Medidor.medir(p, a, 2024, f("2025-12-31"));
        assertEquals(f("2024-12-31"), anio2024.corte());
        assertEquals(0, d("33").compareTo(anio2024.valor().valor()));
        assertTrue(a.consultas.contains("2024@2024-12-31"), a.consultas.toString());
        // antes del primer reporte no hay valor
        Medicion antes = Medidor.medir(p, a, null, f("2024-03-31"));
        assertNull(antes.valor());
        assertEquals(EstadoAvance.SIN_DATOS, antes.avance().getEstado());
        assertEquals(Semaforo.SIN_DATOS, antes.semaforo());
        // un año sin reportes
        assertEquals(Semaforo.SIN_DATOS, Medidor.medir(p, a, 2026, f("2026-06-30")).semaforo());
    }

    @Test
    void semaforoContraElTiempoCorridoSinMetasAnuales() {
        Programacion p = new Programacion(TipoMeta.ACUMULADO, null, d("20"), Map.of());
        // esperado a 30/06/2025: 0,374401
        assertEquals(Semaforo.VERDE, Medidor.medir(p, new Aprobados().con("2025-06-01", "7"), null, f("2025-06-30"))
                .semaforo());
        assertEquals(Semaforo.AMARILLO, Medidor.medir(p, new Aprobados().con("2025-06-01", "6"), null,
                f("2025-06-30")).semaforo());
        assertEquals(Semaforo.ROJO, Medidor.medir(p, new Aprobados().con("2025-06-01", "5"), null, f("2025-06-30"))
                .semaforo());
    }

    @Test
    void incrementoDeExtremoAExtremoConMetasAnuales() {
        Programacion p = new Programacion(TipoMeta.INCREMENTO, d("6"), d("8"),
                Map.of(2024, d("6"), 2025, d("7"), 2026, d("7"), 2027, d("8")));
        Aprobados a = new Aprobados().con("2025-06-30", "7");
        Medicion m = Medidor.medir(p, a, null, f("2025-06-30"));
        assertEquals(0, d("0.5").compareTo(m.avance().getRazon()));
        assertEquals(0, d("0.247945").compareTo(m.esperado()));
        assertEquals(Semaforo.VERDE, m.semaforo());
        assertFalse(m.metaAnual());
        Medicion del2025 = Medidor.medir(p, a, 2025, f("2025-12-31"));
        assertTrue(del2025.metaAnual());
        assertEquals(0, d("7").compareTo(del2025.meta()));
        assertEquals(0, d("1").compareTo(del2025.avance().getRazon()));
        assertEquals(Semaforo.VERDE, del2025.semaforo());
        // sobrecumplimiento: sin recorte
        a.con("2025-09-30", "9");
        assertEquals(0, d("1.5").compareTo(Medidor.medir(p, a, null, f("2025-12-31")).avance().getRazon()));
        // en 2027 sin reporte nuevo: 9 sigue vigente para el cuatrienio
        assertEquals(0, d("9").compareTo(Medidor.medir(p, a, null, f("2027-06-30")).valor().valor()));
    }

    @Test
    void mantenimientoPromediaLosAniosCorridos() {
        Programacion p = new Programacion(TipoMeta.MANTENIMIENTO, d("1"), d("1"), Map.of());
        Aprobados a = new Aprobados().con("2024-11-30", "1");
        // 2024: 1; 2025 cerrado sin valor: 0; 2026 en curso sin valor: no cuenta
        Medicion m = Medidor.medir(p, a, null, f("2026-06-30"));
        assertEquals(0, d("0.5").compareTo(m.avance().getRazon()));
        assertEquals(Semaforo.ROJO, m.semaforo());
        assertTrue(a.consultas.containsAll(List.of("2024@2024-12-31", "2025@2025-12-31", "2026@2026-06-30")),
                a.consultas.toString());
        a.con("2026-03-31", "1");
        Medicion conTres = Medidor.medir(p, a, null, f("2026-06-30"));
        assertEquals(0, d("0.666667").compareTo(conTres.avance().getRazon()));
        assertEquals(Semaforo.ROJO, conTres.semaforo());
        // un año: min(valor / meta, 1)
        assertEquals(0, d("1").compareTo(Medidor.medir(p, a, 2026, f("2026-06-30")).avance().getRazon()));
        assertEquals(0, d("0").compareTo(Medidor.medir(p, new Aprobados().con("2025-05-01", "0"), 2025,
                f("2025-12-31")).avance().getRazon()));
        assertEquals(EstadoAvance.SIN_DATOS, Medidor.medir(p, a, 2025, f("2025-12-31")).avance().getEstado());
    }

    @Test
    void hitoDeExtremoAExtremo() {
        Programacion p = new Programacion(TipoMeta.HITO, null, d("1"), Map.of());
        Medicion m = Medidor.medir(p, new Aprobados().con("2026-06-30", "40"), null, f("2026-06-30"));
        assertEquals(0, d("0.4").compareTo(m.avance().getRazon()));
        // esperado: 912/1461 = 0,624230; 0,4 < 0,7 × 0,62423
        assertEquals(Semaforo.ROJO, m.semaforo());
    }

    @Test
    void sinLineaBaseElIndicadorLoDice() {
        Programacion p = new Programacion(TipoMeta.INCREMENTO, null, d("3"), Map.of());
        Medicion m = Medidor.medir(p, new Aprobados().con("2025-01-31", "2"), null, f("2025-06-30"));
        assertEquals(0, d("2").compareTo(m.valor().valor()));
        assertEquals(EstadoAvance.SIN_LINEA_BASE, m.avance().getEstado());
        assertNull(m.avance().getRazon());
        assertEquals(Semaforo.SIN_DATOS, m.semaforo());
    }
}
