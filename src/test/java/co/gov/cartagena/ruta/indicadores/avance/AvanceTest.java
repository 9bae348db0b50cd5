package co.gov.cartagena.ruta.indicadores.avance;

import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.indicadores.avance.Avance.AnioMantenimiento;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AvanceTest {

    static BigDecimal d(String v) {
        return v == null ? null : new BigDecimal(v);
    }

    static void razon(String esperada, Avance avance) {
        assertEquals(EstadoAvance.CALCULADO, avance.getEstado(), avance.toString());
        assertEquals(0, d(esperada).compareTo(avance.getRazon()), "esperaba " + esperada + " y dio " + avance);
        assertNull(avance.getMotivo());
    }

    static void sinCalcular(EstadoAvance estado, Avance avance) {
        assertEquals(estado, avance.getEstado());
        assertNull(avance.getRazon());
        assertFalse(avance.calculado());
        assertTrue(avance.getMotivo() != null && !avance.getMotivo().isBlank());
    }

    @ParameterizedTest
    @EnumSource(TipoMeta.class)
    void sinValorEsSinDatosEnTodoTipo(TipoMeta tipo) {
        sinCalcular(EstadoAvance.SIN_DATOS, Avance.de(tipo, d("1"), d("10"), null));
    }

    @Nested
    class Incremento {
        @Test
        void valorMenosLineaBaseSobreMetaMenosLineaBase() {
            razon("0.5", Avance.de(TipoMeta.INCREMENTO, d("6"), d("8"), d("7")));
            razon("0", Avance.de(TipoMeta.INCREMENTO, d("6"), d("8"), d("6")));
            razon("1", Avance.de(TipoMeta.INCREMENTO, d("6"), d("8"), d("8")));
        }

        @Test
        void elSobrecumplimientoPasaDeUnoSinRecorte() {
            razon("1.5", Avance.de(TipoMeta.INCREMENTO, d("6"), d("8"), d("9")));
        }

        @Test
        void elRetrocesoDaNegativo() {
            razon("-0.5", Avance.de(TipoMeta.INCREMENTO, d("6"), d("8"), d("5")));
        }

        @Test
        void conDecimalesExactos() {
            // PZ.R3: 62,84 % → 66,42 %; valor 64,63 % → 1,79 / 3,58 = 0,5
            razon("0.5", Avance.de(TipoMeta.INCREMENTO, d("62.84"), d("66.42"), d("64.63")));
            razon("0.333333", Avance.de(TipoMeta.INCREMENTO, d("0"), d("3"), d("1")));
        }

        @Test
        void sinLineaBaseLoDiceEnVezDeInventarla() {
            sinCalcular(EstadoAvance.SIN_LINEA_BASE, Avance.de(TipoMeta.INCREMENTO, null, d("8"), d("7")));
        }

        @Test
        void metaIgualALineaBaseNoEsCalculableNiExcepcion() {
            Avance a = Avance.de(TipoMeta.INCREMENTO, d("33"), d("33.0000"), d("20"));
            sinCalcular(EstadoAvance.NO_CALCULABLE, a);
            assertTrue(a.getMotivo().contains("igual a la línea base"), a.getMotivo());
        }
    }

    @Nested
    class Reduccion {
        @Test
        void lineaBaseMenosValorSobreLineaBaseMenosMeta() {
            // SC.R1: 35,1 → 28; valor 31,5 → 3,6 / 7,1
            razon("0.507042", Avance.de(TipoMeta.REDUCCION, d("35.1"), d("28"), d("31.5")));
            razon("1", Avance.de(TipoMeta.REDUCCION, d("35.1"), d("28"), d("28")));
        }

        @Test
        void bajarMasDeLoPlaneadoPasaDeUno() {
            razon("1.422535", Avance.de(TipoMeta.REDUCCION, d("35.1"), d("28"), d("25")));
        }

        @Test
        void subirEnVezDeBajarDaNegativo() {
            razon("-0.690141", Avance.de(TipoMeta.REDUCCION, d("35.1"), d("28"), d("40")));
        }

        @Test
        void sinLineaBaseOMetaIgual() {
            sinCalcular(EstadoAvance.SIN_LINEA_BASE, Avance.de(TipoMeta.REDUCCION, null, d("28"), d("30")));
            sinCalcular(EstadoAvance.NO_CALCULABLE, Avance.de(TipoMeta.REDUCCION, d("28"), d("28"), d("30")));
        }
    }

    @Nested
    class Acumulado {
        @Test
        void valorSobreMeta() {
            razon("0.666667", Avance.de(TipoMeta.ACUMULADO, null, d("3"), d("2")));
            razon("1.333333", Avance.de(TipoMeta.ACUMULADO, d("0"), d("3"), d("4")));
            razon("0", Avance.de(TipoMeta.ACUMULADO, d("0"), d("1200"), d("0")));
        }

        @Test
        void noNecesitaLineaBase() {
            razon("0.5", Avance.de(TipoMeta.ACUMULADO, null, d("2"), d("1")));
        }

        @Test
        void metaCeroNoEsCalculable() {
            Avance a = Avance.de(TipoMeta.ACUMULADO, d("0"), d("0"), d("1"));
            sinCalcular(EstadoAvance.NO_CALCULABLE, a);
            assertTrue(a.getMotivo().contains("meta es cero"), a.getMotivo());
        }
    }

    @Nested
    class Cobertura {
        @Test
        void porcentajeSobreMeta() {
            razon("0.875", Avance.de(TipoMeta.COBERTURA, d("64"), d("100"), d("87.5")));
            razon("1.05", Avance.de(TipoMeta.COBERTURA, null, d("100"), d("105")));
        }

        @Test
        void metaCero() {
            sinCalcular(EstadoAvance.NO_CALCULABLE, Avance.de(TipoMeta.COBERTURA, null, d("0"), d("50")));
        }
    }

    @Nested
    class Mantenimiento {
        @Test
        void unAnioSeRecortaAUno() {
            razon("1", Avance.de(TipoMeta.MANTENIMIENTO, d("1"), d("1"), d("1")));
            razon("1", Avance.de(TipoMeta.MANTENIMIENTO, d("1"), d("1"), d("3")));
            razon("0.5", Avance.de(TipoMeta.MANTENIMIENTO, d("2"), d("2"), d("1")));
            razon("0", Avance.de(TipoMeta.MANTENIMIENTO, d("1"), d("1"), d("0")));
        }

        @Test
        void elCuatrienioEsElPromedioDeLosAniosCorridos() {
            razon("0.833333", Avance.mantenimiento(List.of(
                    new AnioMantenimiento(2024, d("1"), d("1"), true),
                    new AnioMantenimiento(2025, d("2"), d("1"), true),
                    new AnioMantenimiento(2026, d("2"), d("5"), false))));
        }

        @Test
        void unAnioCerradoSinValorCuentaCeroYElEnCursoSinValorNoCuenta() {
            razon("0.5", Avance.mantenimiento(List.of(
                    new AnioMantenimiento(2024, d("1"), d("1"), true),
                    new AnioMantenimiento(2025, d("1"), null, true),
                    new AnioMantenimiento(2026, d("1"), null, false))));
            razon("1", Avance.mantenimiento(List.of(
                    new AnioMantenimiento(2024, d("1"), d("1"), false))));
        }

        @Test
        void sinNingunValorEsSinDatos() {
            sinCalcular(EstadoAvance.SIN_DATOS, Avance.mantenimiento(List.of(
                    new AnioMantenimiento(2024, d("1"), null, true),
                    new AnioMantenimiento(2025, d("1"), null, false))));
            sinCalcular(EstadoAvance.SIN_DATOS, Avance.mantenimiento(List.of()));
        }

        @Test
        void metaCeroEnUnAnioNoEsCalculable() {
            sinCalcular(EstadoAvance.NO_CALCULABLE, Avance.mantenimiento(List.of(
                    new AnioMantenimiento(2024, d("0"), d("1"), true))));
            sinCalcular(EstadoAvance.NO_CALCULABLE, Avance.de(TipoMeta.MANTENIMIENTO, d("1"), d("0"), d("1")));
        }
    }

    @Nested
    class Hito {
        @Test
        void esElPorcentajeAprobado() {
            razon("0.4", Avance.de(TipoMeta.HITO, d("0"), d("1"), d("40")));
            razon("1", Avance.de(TipoMeta.HITO, null, d("2"), d("100")));
            razon("0", Avance.de(TipoMeta.HITO, null, d("1"), d("0")));
            razon("0.125", Avance.de(TipoMeta.HITO, null, d("1"), d("12.5")));
        }
    }
}
