package co.gov.cartagena.ruta.indicadores.catalogo;

import co.gov.cartagena.ruta.indicadores.reportes.LectorCsvTest;
import co.gov.cartagena.ruta.indicadores.reportes.LectorCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;

import java.io.IOException;
import org.junit.jupiter.api.Test;

class CodigoIndicadorTest {

    @Test
    void todosLosCodigosDelPlanSonValidos() throws IOException {
        LectorCsv.leer(LectorCsvTest.plan()).stream().skip(1).map(f -> f.campos().get(0))
                .forEach(c -> assertEquals(c, CodigoIndicador.de(c).valor()));
    }

    @Test
    void igualdadPorValorYLecturaTolerante() {
        assertEquals(CodigoIndicador.de("PZ.VIC.12"), CodigoIndicador.de(" PZ.VIC.12 "));
        assertTrue(CodigoIndicador.leer("pz.r1").isEmpty());
        assertTrue(CodigoIndicador.leer("SC").isEmpty());
        assertTrue(CodigoIndicador.leer("SC.R1; DROP").isEmpty());
        assertThrows(ReglaIncumplida.class, () -> CodigoIndicador.de("x"));
    }
}
