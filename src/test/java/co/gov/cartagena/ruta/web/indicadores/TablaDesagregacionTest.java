package co.gov.cartagena.ruta.web.indicadores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.indicadores.seguimiento.DesgloseIndicadores.Celda;
import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TablaDesagregacionTest {

    private static final Locale ES = Locale.forLanguageTag("es");
    private static final Locale EN = Locale.ENGLISH;

    @Test
    void lasCeldasSuprimidasQuedanSinCifraYLasColumnasSonLosComponentesPresentes() {
        Map<String, List<Celda>> d = new LinkedHashMap<>();
        d.put("sexo", List.of(
                new Celda("MUJER", Map.of(ParteDeLaCifra.NUM, 1234L, ParteDeLaCifra.DEN, 2000L), false),
                new Celda("HOMBRE", Map.of(), true),
                new Celda("SIN_DATO", Map.of(ParteDeLaCifra.DEN, 7L), false)));
        d.put("sede", List.of());
        List<TablaDesagregacion> tablas = TablaDesagregacion.de(d, c -> IndicadorBacking.categoria(c, ES), ES);

        assertEquals(2, tablas.size());
        TablaDesagregacion sexo = tablas.get(0);
        assertEquals("indicador.dimension.sexo", sexo.getClaveDimension());
        assertEquals(List.of(ParteDeLaCifra.NUM, ParteDeLaCifra.DEN), sexo.getColumnas());
        assertEquals(List.of("indicador.componente.NUM", "indicador.componente.DEN"), sexo.getClavesColumnas());
        assertEquals("Mujer", sexo.getFilas().get(0).categoria());
        assertEquals(List.of("1.234", "2.000"), sexo.getFilas().get(0).cantidades());
        assertTrue(sexo.getFilas().get(1).suprimida());
        assertEquals(Arrays.asList(null, null), sexo.getFilas().get(1).cantidades());
        assertEquals(List.of("0", "7"), sexo.getFilas().get(2).cantidades(), "lo que falta en una celda es 0");
        assertEquals("Sin dato", sexo.getFilas().get(2).categoria());
        assertEquals(1, sexo.getSuprimidas());

        TablaDesagregacion sede = tablas.get(1);
        assertTrue(sede.isVacia());
        assertEquals(List.of(ParteDeLaCifra.VAL), sede.getColumnas(), "sin celdas, la columna del valor");
    }

    @Test
    void lasCategoriasSeNombranEnElIdiomaYLasDemasQuedanTalCual() {
        assertEquals("Negro o afrocolombiano", IndicadorBacking.categoria("NEGRO_AFROCOLOMBIANO", ES));
        assertEquals("Black or Afro-Colombian", IndicadorBacking.categoria("NEGRO_AFROCOLOMBIANO", EN));
        assertEquals("Sí", IndicadorBacking.categoria("SI", ES));
        assertEquals("18-28", IndicadorBacking.categoria("18-28", ES));
        assertEquals("Casa de Justicia de Canapote", IndicadorBacking.categoria("Casa de Justicia de Canapote", ES));
        assertEquals("De la Virgen y Turística", IndicadorBacking.categoria("De la Virgen y Turística", ES));
        assertEquals("Explotacion laboral", IndicadorBacking.categoria("EXPLOTACION_LABORAL", ES),
                "un código sin texto se hace legible");
    }

    @Test
    void laSerieSinCifrasNoDibujaYLosHuecosVanComoNull() {
        SerieAnual vacia = SerieAnual.de(List.of(new SerieAnual.Punto(2024, LocalDate.of(2024, 12, 31), null, null)));
        assertTrue(!vacia.isConDatos());
        SerieAnual serie = SerieAnual.de(List.of(
                new SerieAnual.Punto(2024, LocalDate.of(2024, 12, 31), new BigDecimal("12.50"), new BigDecimal("1E+1")),
                new SerieAnual.Punto(2025, null, null, new BigDecimal("20"))));
        String json = serie.chartJs("Valor", "Meta \"anual\"", "X");
        assertTrue(json.contains("\"data\":[12.5,null]"), json);
        assertTrue(json.contains("\"data\":[10,20]"), json);
        assertTrue(json.contains("Meta \\\"anual\\\""), "las etiquetas van escapadas: " + json);
        assertNull(serie.getPuntos().get(1).valor());
    }
}
