package co.gov.cartagena.ruta.indicadores.publicacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.indicadores.calculo.ReglasDelPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProteccionTest {

    private static Map<String, Map<String, Long>> tabla(Object... filas) {
        Map<String, Map<String, Long>> r = new LinkedHashMap<>();
        for (int i = 0; i < filas.length; i += 2) {
            r.put((String) filas[i], new LinkedHashMap<>(Map.of("VAL", ((Number) filas[i + 1]).longValue())));
        }
        return r;
    }

    private static Long celda(List<Proteccion.Fila> filas, String categoria, String componente) {
        return filas.stream().filter(f -> f.categoria().equals(categoria)).findFirst().orElseThrow().conteos()
                .get(componente);
    }

    @Test
    void lasCeldasDeUnoACuatroSeSuprimenYLasDemasQuedan() {
        List<Proteccion.Fila> f = Proteccion.proteger(tabla("MUJER", 12, "HOMBRE", 3, "SIN_DATO", 4),
                List.of("VAL"), false).orElseThrow();
        assertNull(celda(f, "HOMBRE", "VAL"));
        assertNull(celda(f, "SIN_DATO", "VAL"));
        assertEquals(12L, celda(f, "MUJER", "VAL"));
    }

    @Test
    void unaSolaCeldaSuprimidaArrastraLaMasPequenaDeSuColumna() {
        List<Proteccion.Fila> f = Proteccion.proteger(tabla("MUJER", 30, "HOMBRE", 7, "INTERSEXUAL", 1),
                List.of("VAL"), false).orElseThrow();
        assertNull(celda(f, "INTERSEXUAL", "VAL"));
        assertNull(celda(f, "HOMBRE", "VAL"), "si no, 1 = total − 30 − 7");
        assertEquals(30L, celda(f, "MUJER", "VAL"));
    }

    @Test
    void conNumeradorYDenominadorCadaColumnaSeProtegeAparte() {
        Map<String, Map<String, Long>> crudos = new LinkedHashMap<>();
        crudos.put("MUJER", new LinkedHashMap<>(Map.of("NUM", 2L, "DEN", 9L)));
        crudos.put("HOMBRE", new LinkedHashMap<>(Map.of("NUM", 6L, "DEN", 8L)));
        crudos.put("SIN_DATO", new LinkedHashMap<>(Map.of("DEN", 5L)));
        List<Proteccion.Fila> f = Proteccion.proteger(crudos, List.of("NUM", "DEN"), false).orElseThrow();
        assertNull(celda(f, "MUJER", "NUM"));
        assertNull(celda(f, "HOMBRE", "NUM"), "complementaria en la columna NUM");
        assertEquals(0L, celda(f, "SIN_DATO", "NUM"), "0 no identifica a nadie");
        assertEquals(9L, celda(f, "MUJER", "DEN"));
        assertEquals(5L, celda(f, "SIN_DATO", "DEN"));
        for (Proteccion.Fila fila : f) {
            fila.conteos().values().forEach(n -> assertTrue(n == null || n == 0 || n >= Proteccion.UMBRAL));
        }
    }

    @Test
    void enRutasSensiblesNoSePublicaLaDesagregacionSiAlgunaCeldaEsPequena() {
        assertTrue(Proteccion.sensible("PZ.DDH.7"), "trata");
        assertTrue(Proteccion.sensible("PZ.DDH.2"), "protección preventiva");
        assertFalse(Proteccion.sensible("PZ.JOV.3"));
        assertEquals(Optional.empty(), Proteccion.proteger(tabla("MUJER", 40, "HOMBRE", 2), List.of("VAL"), true));
        List<Proteccion.Fila> todas = Proteccion.proteger(tabla("MUJER", 40, "HOMBRE", 5), List.of("VAL"), true)
                .orElseThrow();
        assertEquals(5L, celda(todas, "HOMBRE", "VAL"));
        // Ningún indicador calculado de una ruta sensible queda sin marcar.
        for (String codigo : ReglasDelPlan.indicadores()) {
            boolean deRutaSensible = ReglasDelPlan.delIndicador(codigo).stream().anyMatch(r -> r.consulta()
                    .matches("(?s).*'(TRATA_DE_PERSONAS|PROTECCION_PREVENTIVA|VIOLENCIA_INTRAFAMILIAR)'.*"));
            assertEquals(deRutaSensible, Proteccion.sensible(codigo), codigo);
        }
    }
}
