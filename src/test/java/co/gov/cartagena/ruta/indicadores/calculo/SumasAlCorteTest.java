package co.gov.cartagena.ruta.indicadores.calculo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** De una sola lectura del almacén salen el cuatrienio y cada año hasta el corte, y solo esos periodos. */
class SumasAlCorteTest {

    private static final LocalDate CORTE = LocalDate.of(2025, 6, 17);

    /**
     * Una persona que aparece por primera vez en 2024 y vuelve en 2025, y otra nueva en 2025: en el ámbito del
     * cuatrienio (0) cuentan una vez, en el año de su primer registro; en el ámbito de cada año, en cada año.
     */
    private static SumasAlCorte sumas() {
        SumasAlCorte s = new SumasAlCorte(0, CORTE);
        s.sumar("PZ.VIC.3", ParteDeLaCifra.VAL, 0, 2024, 1);
        s.sumar("PZ.VIC.3", ParteDeLaCifra.VAL, 0, 2025, 1);
        s.sumar("PZ.VIC.3", ParteDeLaCifra.VAL, 2024, 2024, 1);
        s.sumar("PZ.VIC.3", ParteDeLaCifra.VAL, 2025, 2025, 2);
        s.sumar("PZ.VIC.4", ParteDeLaCifra.NUM, 2025, 2025, 3);
        s.sumar("PZ.VIC.4", ParteDeLaCifra.NUM, 2025, 2025, 1);
        return s;
    }

    @Test
    void elCuatrienioCuentaCadaClaveUnaVez() {
        Map<String, Conteo> c = sumas().conteos(null, CORTE);
        assertEquals(2, c.get("PZ.VIC.3").enPeriodo(ParteDeLaCifra.VAL));
        assertEquals(2, c.get("PZ.VIC.3").nuevas(ParteDeLaCifra.VAL));
    }

    @Test
    void cadaAnioCuentaLasDelAnioYLasNuevasDelCuatrienio() {
        Map<String, Conteo> y2025 = sumas().conteos(2025, CORTE);
        assertEquals(2, y2025.get("PZ.VIC.3").enPeriodo(ParteDeLaCifra.VAL), "las dos tienen registro en 2025");
        assertEquals(1, y2025.get("PZ.VIC.3").nuevas(ParteDeLaCifra.VAL), "solo una aparece por primera vez en 2025");
        assertEquals(4, y2025.get("PZ.VIC.4").enPeriodo(ParteDeLaCifra.NUM), "las sumas se acumulan");
        Map<String, Conteo> y2024 = sumas().conteos(2024, LocalDate.of(2024, 12, 31));
        assertEquals(1, y2024.get("PZ.VIC.3").enPeriodo(ParteDeLaCifra.VAL));
        assertEquals(1, y2024.get("PZ.VIC.3").nuevas(ParteDeLaCifra.VAL));
        assertEquals(0, y2024.get("PZ.VIC.4").enPeriodo(ParteDeLaCifra.NUM));
    }

    @Test
    void todosLosIndicadoresCalculadosTienenConteoAunqueSeaCero() {
        Map<String, Conteo> c = new SumasAlCorte(0, CORTE).conteos(null, CORTE);
        assertEquals(ReglasDelPlan.indicadores(), c.keySet());
        assertEquals(new Conteo(), c.get("PZ.DDH.7"));
    }

    @Test
    void respondeAlPeriodoQueTerminaElMismoDiaOAUnAnioYaCerrado() {
        SumasAlCorte s = sumas();
        assertTrue(s.responde(null, CORTE));
        assertTrue(s.responde(2025, CORTE));
        assertTrue(s.responde(2024, LocalDate.of(2024, 12, 31)), "2024 ya había terminado al corte");
        assertTrue(s.responde(2024, CORTE), "el corte de 2024 se limita a su 31/12");
        assertTrue(s.responde(2026, CORTE), "un año que no ha empezado es un periodo vacío hasta el mismo día");
        assertFalse(s.responde(null, LocalDate.of(2025, 6, 16)), "otro día");
        assertFalse(s.responde(2025, LocalDate.of(2025, 6, 30)), "días que no se sumaron");
        assertFalse(s.responde(2024, LocalDate.of(2024, 11, 30)), "2024 cortado antes de su fin");
        assertThrows(IllegalArgumentException.class, () -> s.conteos(2025, LocalDate.of(2025, 6, 30)));
    }

    @Test
    void unAnioQueNoHaEmpezadoNoTieneCifras() {
        Map<String, Conteo> c = sumas().conteos(2026, CORTE);
        assertEquals(new Conteo(), c.get("PZ.VIC.3"));
    }
}
