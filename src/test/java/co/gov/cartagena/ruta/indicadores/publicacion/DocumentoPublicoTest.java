package co.gov.cartagena.ruta.indicadores.publicacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.indicadores.publicacion.DocumentoPublico.Cifra;
import co.gov.cartagena.ruta.indicadores.publicacion.DocumentoPublico.Desagregacion;
import co.gov.cartagena.ruta.indicadores.publicacion.DocumentoPublico.Indicador;
import co.gov.cartagena.ruta.indicadores.publicacion.DocumentoPublico.Punto;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentoPublicoTest {

    private static final LocalDate CORTE = LocalDate.of(2025, 6, 30);

    private static Indicador indicador(String codigo, String programa, String valor, String semaforo) {
        Map<String, Long> conteos = new LinkedHashMap<>();
        conteos.put("VAL", null);
        return new Indicador(codigo, "Indicador, con «coma» y \"comillas\"", "producto", "Paz", programa, "personas",
                "acumulado", new BigDecimal("10.5000"), new BigDecimal("100"),
                new Cifra(valor == null ? null : new BigDecimal(valor), null, null, new BigDecimal("0.123456"),
                        new BigDecimal("0.5"), semaforo),
                new Cifra(new BigDecimal("7"), null, null, null, null, "SIN_DATOS"), new BigDecimal("25"),
                List.of(new Punto(2024, new BigDecimal("20"), new BigDecimal("19.50"), LocalDate.of(2024, 12, 31)),
                        new Punto(2025, new BigDecimal("45"), new BigDecimal("7"), CORTE),
                        new Punto(2026, new BigDecimal("70"), null, null),
                        new Punto(2027, new BigDecimal("100"), null, null)),
                List.of(new Desagregacion("sexo", List.of("VAL"), List.of(new Proteccion.Fila("MUJER", conteos)))),
                List.of("grupoEdad"));
    }

    @Test
    void elCsvYElJsonDicenLoMismoConPuntoDecimalYComasEscapadas() {
        String json = DocumentoPublico.armar(CORTE, Instant.parse("2025-07-01T15:00:00Z"),
                Instant.parse("2025-07-02T15:00:00Z"), "Seguridad Humana",
                List.of(indicador("PZ.JOV.3", "Jóvenes", "12.000", "ROJO"), indicador("PZ.R1", null, null, "SIN_DATOS")));
        JsonObject doc = DocumentoPublico.leer(json);
        assertEquals(1, doc.getJsonObject("resumen").getInt("ROJO"));
        assertEquals(1, doc.getJsonObject("resumen").getInt("SIN_DATOS"));
        List<JsonObject> is = DocumentoPublico.indicadores(doc);
        assertEquals(2, is.size());
        assertEquals("12", DocumentoPublico.numeroTexto(is.get(0), "valor"));
        assertEquals("12.35", DocumentoPublico.numeroTexto(is.get(0), "avancePct"));
        assertTrue(is.get(0).getJsonArray("desagregaciones").getJsonObject(0).getJsonArray("filas").getJsonObject(0)
                .isNull("VAL"), "la celda suprimida va como null");

        String csv = DocumentoPublico.csv(doc);
        String[] lineas = csv.split("\r\n");
        assertEquals(3, lineas.length);
        assertEquals(String.join(",", DocumentoPublico.COLUMNAS), lineas[0]);
        assertTrue(lineas[1].startsWith("2025-06-30,2025-07-01T15:00:00Z,2025-07-02T15:00:00Z,Paz,Jóvenes,PZ.JOV.3,"
                + "\"Indicador, con «coma» y \"\"comillas\"\"\",producto,personas,acumulado,10.5,100,12,,,12.35,50,"
                + "ROJO,2025,25,7,,,,SIN_DATOS,20,19.5,45,7,70,,100,"), lineas[1]);
        assertTrue(lineas[2].contains(",PZ.R1,") && lineas[2].contains(",100,,,,12.35,"), lineas[2]);
    }

    @Test
    void elCsvDeDesagregacionesTieneUnaFilaPorCeldaYLaSuprimidaVacia() {
        Map<String, Long> conteos = new LinkedHashMap<>();
        conteos.put("NUM", 12L);
        conteos.put("DEN", null);
        Indicador base = indicador("PZ.JOV.3", "Jóvenes", "12", "ROJO");
        Indicador i = new Indicador(base.codigo(), base.nombre(), base.nivel(), base.componente(), base.programa(),
                base.unidad(), base.tipoMeta(), base.lineaBase(), base.meta(), base.cuatrienio(), base.anio(),
                base.metaAnio(), base.serie(), List.of(new Desagregacion("grupoEdad", List.of("NUM", "DEN"),
                        List.of(new Proteccion.Fila("18-28", conteos), new Proteccion.Fila("60+", Map.of("NUM", 0L,
                                "DEN", 5L))))), List.of());
        JsonObject doc = DocumentoPublico.leer(DocumentoPublico.armar(CORTE, Instant.parse("2025-07-01T15:00:00Z"),
                Instant.parse("2025-07-02T15:00:00Z"), "Seguridad Humana", List.of(i, indicador("PZ.R1", null, "1",
                        "VERDE"))));
        String[] lineas = DocumentoPublico.csvDesagregaciones(doc).split("\r\n");
        assertEquals(List.of("fecha_corte,codigo,dimension,categoria,componente,personas",
                "2025-06-30,PZ.JOV.3,grupoEdad,18-28,NUM,12", "2025-06-30,PZ.JOV.3,grupoEdad,18-28,DEN,",
                "2025-06-30,PZ.JOV.3,grupoEdad,60+,NUM,0", "2025-06-30,PZ.JOV.3,grupoEdad,60+,DEN,5",
                "2025-06-30,PZ.R1,sexo,MUJER,VAL,"), List.of(lineas));
    }

    @Test
    void elDiccionarioDescribeCadaColumnaDeLosDosCsvEnOrden() {
        assertEquals(DocumentoPublico.COLUMNAS, DiccionarioDeDatos.CAMPOS.stream().map(DiccionarioDeDatos.Campo::nombre)
                .toList());
        assertEquals(DocumentoPublico.COLUMNAS_DESAGREGACIONES, DiccionarioDeDatos.CAMPOS_DESAGREGACIONES.stream()
                .map(DiccionarioDeDatos.Campo::nombre).toList());
        String[] lineas = DiccionarioDeDatos.csv().split("\r\n");
        assertEquals("campo,tipo,descripcion,archivo", lineas[0]);
        assertEquals(DocumentoPublico.COLUMNAS.size() + DocumentoPublico.COLUMNAS_DESAGREGACIONES.size() + 1,
                lineas.length);
        assertTrue(lineas[lineas.length - 1].startsWith("personas,entero,")
                && lineas[lineas.length - 1].endsWith(",AAAA-MM-DD-desagregaciones.csv"), lineas[lineas.length - 1]);
    }
}
