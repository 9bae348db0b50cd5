package co.gov.cartagena.ruta.indicadores.calculo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.indicadores.reportes.LectorCsv;
import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Cada indicador de fuente casos o actividades del plan tiene su regla, y nada más la tiene. */
class ReglasDelPlanTest {

    private static List<LectorCsv.Fila> plan() throws IOException {
        try (InputStream in = ReglasDelPlanTest.class.getResourceAsStream("/plan/indicadores.csv")) {
            return LectorCsv.leer(new String(in.readAllBytes(), StandardCharsets.UTF_8)).subList(1, 64);
        }
    }

    @Test
    void hayReglaParaCadaIndicadorCalculadoDelPlanYSoloParaEllos() throws IOException {
        Set<String> calculados = plan().stream()
                .filter(f -> Set.of("casos", "actividades").contains(f.campos().get(11)))
                .map(f -> f.campos().get(0)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(27, calculados.size());
        assertEquals(calculados, new TreeSet<>(ReglasDelPlan.indicadores()));
    }

    @Test
    void lasCoberturasTienenNumeradorYDenominadorYLosDemasUnValor() throws IOException {
        for (LectorCsv.Fila f : plan()) {
            String codigo = f.campos().get(0);
            if (!ReglasDelPlan.indicadores().contains(codigo)) {
                continue;
            }
            Set<ParteDeLaCifra> componentes = ReglasDelPlan.delIndicador(codigo).stream().map(Regla::componente)
                    .collect(Collectors.toSet());
            switch (f.campos().get(10)) {
                case "cobertura" -> assertEquals(Set.of(ParteDeLaCifra.NUM, ParteDeLaCifra.DEN), componentes, codigo);
                case "incremento" -> assertEquals(Set.of(ParteDeLaCifra.NUM), componentes, codigo);
                default -> assertEquals(Set.of(ParteDeLaCifra.VAL), componentes, codigo);
            }
        }
    }

    @Test
    void cadaConsultaNombraSusSeisColumnasYTieneFiltro() {
        for (Regla r : ReglasDelPlan.todas()) {
            String sql = r.consulta();
            for (String columna : List.of(" AS clave", " AS fecha", " AS sede_id", " AS caso_id", " AS actividad_id",
                    " AS detalle")) {
                assertTrue(sql.contains(columna), r.indicador() + " " + r.componente() + " sin" + columna);
            }
            assertTrue(sql.contains("{filtro}"));
            assertFalse(r.con("TRUE").contains("{filtro}"));
        }
    }

    @Test
    void soloLasDePersonasSeDesagreganPorPersona() {
        assertTrue(ReglasDelPlan.cuentaPersonas("PZ.JUS.3"));
        assertTrue(ReglasDelPlan.cuentaPersonas("PZ.VIC.3"));
        assertFalse(ReglasDelPlan.cuentaPersonas("PZ.DDH.2"));
        assertFalse(ReglasDelPlan.cuentaPersonas("PZ.VIC.1"));
        assertFalse(ReglasDelPlan.cuentaPersonas("PZ.CON.2"));
    }
}
