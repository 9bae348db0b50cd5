package co.gov.cartagena.ruta.indicadores.informes;

import co.gov.cartagena.ruta.indicadores.avance.Semaforo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.seguridad.Usuario;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Los tres formatos del informe de avance, leídos de vuelta: el Excel con POI, el PDF con el extractor de texto de
 * OpenPDF y el CSV como texto. Cada uno debe traer las cifras de cada indicador y el encabezado con el periodo, el
 * corte, la sede y «Generado por… el…» (en el PDF, en todas las páginas).
 */
public class InformeDeAvanceTest {

    private static final ZonedDateTime GENERADO = ZonedDateTime.of(2026, 11, 24, 9, 5, 0, 0,
            ZoneId.of("America/Bogota"));
    private static final String GENERADO_TEXTO = "Generado por supervisora el 24/11/2026 09:05 (hora de Colombia)";

    /** PZ.VIC.3 con 2 de 3 personas: 66,67 %; una meta de resultado sin línea base; una con valor reportado. */
    static List<Informe.Fila> filas() {
        List<Informe.Fila> filas = new ArrayList<>();
        filas.add(new Informe.Fila("PZ.R4", "Porcentaje de víctimas atendidas con ayuda humanitaria inmediata",
                "resultado", "Construcción de paz, derechos humanos y convivencia", null, "casos", "cobertura",
                "porcentaje", null, new BigDecimal("100"), false, null, null, null, null, null, null,
                new BigDecimal("1"), Semaforo.SIN_DATOS, "Sin valor aprobado a la fecha de corte"));
        filas.add(new Informe.Fila("PZ.VIC.3", "Personas víctimas con ayuda humanitaria inmediata", "producto",
                "Construcción de paz, derechos humanos y convivencia",
                "Asistencia Atención y Reparación Efectiva e Integral a las Víctimas del Conflicto Armado", "casos",
                "cobertura", "porcentaje", new BigDecimal("114"), new BigDecimal("100"), true,
                new BigDecimal("66.67"), new BigDecimal("2"), new BigDecimal("3"), LocalDate.of(2026, 11, 24),
                "Ruta: casos", new BigDecimal("0.666700"), new BigDecimal("1.000000"), Semaforo.ROJO, null));
        filas.add(new Informe.Fila("SC.R1", "Tasa de homicidios por cada 100.000 habitantes", "resultado",
                "Seguridad y convivencia", null, "externo", "reduccion", "tasa", new BigDecimal("35.1"),
                new BigDecimal("30"), false, new BigDecimal("2672.5"), null, null, LocalDate.of(2026, 6, 30),
                "Policía; SIEDCO", new BigDecimal("-4.692353"), new BigDecimal("0.5"), Semaforo.ROJO, null));
        return filas;
    }

    static Informe informe(Integer anio, String sede, List<Informe.Fila> filas) {
        return new Informe(anio, LocalDate.of(2026, 11, 24), sede, sede == null ? null : "Casa de Justicia de Canapote",
                "supervisora", GENERADO, filas);
    }

    // ---------------------------------------------------------------- Excel

    @Test
    void elExcelTraeLasCifrasComoNumerosYElEncabezado() throws Exception {
        byte[] xlsx = FormatoInforme.XLSX.escribir(informe(2026, "CJ-CANAPOTE", filas()));
        try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet hoja = libro.getSheet(InformeExcel.HOJA);
            List<String> arriba = new ArrayList<>();
            for (int r = 0; r < 10; r++) {
                Row fila = hoja.getRow(r);
                if (fila != null && fila.getCell(0) != null) {
                    arriba.add(fila.getCell(0).getStringCellValue());
                }
            }
            assertTrue(arriba.contains("Periodo: Año 2026"), arriba.toString());
            assertTrue(arriba.contains("Fecha de corte: 24/11/2026"), arriba.toString());
            assertTrue(arriba.contains("Sede: Casa de Justicia de Canapote (CJ-CANAPOTE)"), arriba.toString());
            assertTrue(arriba.contains(GENERADO_TEXTO), arriba.toString());
            assertEquals(GENERADO_TEXTO, hoja.getFooter().getLeft());

            Map<String, Row> porCodigo = new LinkedHashMap<>();
            Map<String, Integer> columnas = leerTabla(hoja, porCodigo);
            assertEquals(Informe.COLUMNAS, new ArrayList<>(columnas.keySet()));
            Row vic3 = porCodigo.get("PZ.VIC.3");
            assertEquals(66.67, numero(vic3, columnas.get("Valor")));
            assertEquals(2.0, numero(vic3, columnas.get("Numerador")));
            assertEquals(3.0, numero(vic3, columnas.get("Denominador")));
            assertEquals(114.0, numero(vic3, columnas.get("Línea base")));
            assertEquals(100.0, numero(vic3, columnas.get("Meta del periodo")));
            assertEquals(0.6667, numero(vic3, columnas.get("Avance (%)")), 1e-9);
            assertEquals("0.0%", vic3.getCell(columnas.get("Avance (%)")).getCellStyle().getDataFormatString());
            assertEquals(1.0, numero(vic3, columnas.get("Esperado (%)")));
            assertEquals("Rojo", texto(vic3, columnas.get("Semáforo")));
            assertEquals("Asistencia Atención y Reparación Efectiva e Integral a las Víctimas del Conflicto Armado",
                    texto(vic3, columnas.get("Programa")));
            assertEquals("cobertura", texto(vic3, columnas.get("Tipo de meta")));
            assertEquals(LocalDate.of(2026, 11, 24),
                    vic3.getCell(columnas.get("Fecha del valor")).getLocalDateTimeCellValue().toLocalDate());
            Row r4 = porCodigo.get("PZ.R4");
            assertEquals("Sin línea base", texto(r4, columnas.get("Línea base")));
            assertEquals(CellType.BLANK, r4.getCell(columnas.get("Valor")).getCellType(), "sin valor, nada inventado");
            assertEquals("Sin datos", texto(r4, columnas.get("Semáforo")));
            assertTrue(texto(r4, columnas.get("Nota")).contains("Sin valor aprobado"));
            assertEquals(2672.5, numero(porCodigo.get("SC.R1"), columnas.get("Valor")));
            assertEquals(-4.692353, numero(porCodigo.get("SC.R1"), columnas.get("Avance (%)")), 1e-9);
            assertEquals(List.of("PZ.R4", "PZ.VIC.3", "SC.R1"), new ArrayList<>(porCodigo.keySet()));
        }
    }

    /** Las columnas por nombre (en su orden) y las filas por código, en el orden del archivo. */
    public static Map<String, Integer> leerTabla(Sheet hoja, Map<String, Row> porCodigo) {
        Map<String, Integer> columnas = new LinkedHashMap<>();
        int encabezado = -1;
        for (Row fila : hoja) {
            Cell a = fila.getCell(0);
            if (encabezado < 0 && a != null && a.getCellType() == CellType.STRING
                    && "Código".equals(a.getStringCellValue())) {
                encabezado = fila.getRowNum();
                for (Cell c : fila) {
                    columnas.put(c.getStringCellValue(), c.getColumnIndex());
                }
            } else if (encabezado >= 0 && a != null && a.getCellType() == CellType.STRING) {
                porCodigo.put(a.getStringCellValue(), fila);
            }
        }
        return columnas;
    }

    private static double numero(Row fila, int columna) {
        Cell c = fila.getCell(columna);
        assertEquals(CellType.NUMERIC, c.getCellType(), "columna " + columna + " de " + fila.getCell(0));
        return c.getNumericCellValue();
    }

    private static String texto(Row fila, int columna) {
        return fila.getCell(columna).getStringCellValue();
    }

    // ---------------------------------------------------------------- PDF

    @Test
    void elPdfTraeLasCifrasYGeneradoPorEnCadaPagina() throws Exception {
        List<Informe.Fila> muchas = new ArrayList<>(filas());
        for (int i = 1; i <= 70; i++) {
            muchas.add(new Informe.Fila("PZ.X." + i, "Indicador de relleno número " + i, "producto",
                    "Componente " + (i / 20), "Programa " + (i / 10), "manual", "acumulado", "número",
                    BigDecimal.ZERO, new BigDecimal("40"), false, new BigDecimal(i), null, null,
                    LocalDate.of(2026, 10, 31), "Acta", new BigDecimal(i).divide(new BigDecimal("40")),
                    new BigDecimal("0.7"), Semaforo.VERDE, null));
        }
        byte[] pdf = FormatoInforme.PDF.escribir(informe(null, null, muchas));
        PdfReader lector = new PdfReader(pdf);
        try {
            int paginas = lector.getNumberOfPages();
            assertTrue(paginas >= 2, "con 73 indicadores el informe ocupa varias páginas: " + paginas);
            PdfTextExtractor extractor = new PdfTextExtractor(lector);
            StringBuilder todo = new StringBuilder();
            for (int p = 1; p <= paginas; p++) {
                String pagina = extractor.getTextFromPage(p);
                assertTrue(pagina.contains(GENERADO_TEXTO), "página " + p + ": " + pagina);
                assertTrue(pagina.contains("Página " + p), "página " + p);
                assertTrue(pagina.contains("Cuatrienio 2024–2027 · corte 24/11/2026 · Todas las sedes"),
                        "página " + p + ": " + pagina);
                todo.append(pagina).append('\n');
            }
            String texto = todo.toString();
            assertTrue(texto.contains("Periodo: Cuatrienio 2024–2027"), texto);
            assertTrue(texto.contains("Fecha de corte: 24/11/2026"));
            assertTrue(texto.contains("Sede: Todas las sedes"));
            assertTrue(texto.contains("Personas víctimas con ayuda humanitaria inmediata"));
            // El extractor no conserva los espacios entre celdas: se compara el texto de cada fila sin espacios,
            // que deja las columnas en su orden (…línea base, meta, valor, numerador, denominador, avance…).
            assertTrue(fila(texto, "PZ.VIC.3").contains("casoscoberturaporcentaje11410066,672366,7%100,0%Rojo"),
                    fila(texto, "PZ.VIC.3"));
            assertTrue(fila(texto, "SC.R1").contains("35,1302.672,5-469,2%50,0%Rojo"), fila(texto, "SC.R1"));
            assertTrue(fila(texto, "PZ.R4").contains("Sinlíneabase100100,0%Sindatos"), fila(texto, "PZ.R4"));
            assertTrue(texto.contains("Componente: Construcción de paz, derechos humanos y convivencia"));
            assertTrue(fila(texto, "PZ.X.70").contains("4070175,0%70,0%Verde"), fila(texto, "PZ.X.70"));
        } finally {
            lector.close();
        }
    }

    /** El texto de la fila de un indicador, sin espacios: desde su código hasta el siguiente código o grupo. */
    private static String fila(String texto, String codigo) {
        String plano = texto.replaceAll("\\s+", "");
        int desde = plano.indexOf(codigo);
        if (desde < 0) {
            throw new AssertionError("no está " + codigo + " en:\n" + texto);
        }
        java.util.regex.Matcher siguiente = java.util.regex.Pattern.compile("(PZ|SC|GE)\\.[A-Z0-9.]*\\d|Componente:|Programa:")
                .matcher(plano);
        int hasta = siguiente.find(desde + codigo.length()) ? siguiente.start() : plano.length();
        return plano.substring(desde, hasta);
    }

    // ---------------------------------------------------------------- CSV

    @Test
    void elCsvEsUtf8ConBomPuntoYComaYComaDecimal() {
        List<Informe.Fila> filas = new ArrayList<>(filas());
        filas.add(new Informe.Fila("GE.X.1", "=HYPERLINK(\"http://x\";\"y\")", "producto", "Gestión; \"otros\"", null,
                "manual", "hito", "porcentaje", null, new BigDecimal("100"), false, null, null, null, null, null, null,
                null, Semaforo.SIN_DATOS, null));
        byte[] csv = FormatoInforme.CSV.escribir(informe(2026, "CJ-CANAPOTE", filas));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3), "BOM");
        String texto = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertTrue(texto.contains("\r\n"), "fin de línea CRLF");
        List<String> lineas = List.of(texto.split("\r\n", -1));
        assertEquals(Informe.TITULO, lineas.get(0));
        assertTrue(lineas.contains("Periodo: Año 2026"));
        assertTrue(lineas.contains("Fecha de corte: 24/11/2026"));
        assertTrue(lineas.contains("Sede: Casa de Justicia de Canapote (CJ-CANAPOTE)"));
        assertTrue(lineas.contains(GENERADO_TEXTO), lineas.toString());
        int encabezado = lineas.indexOf(String.join(";", Informe.COLUMNAS));
        assertTrue(encabezado > 0, texto);
        assertEquals("", lineas.get(encabezado - 1), "una línea en blanco antes de la tabla");
        Map<String, String[]> porCodigo = new HashMap<>();
        for (String l : lineas.subList(encabezado + 1, lineas.size())) {
            if (!l.isEmpty() && !l.startsWith("GE.X.1")) {
                String[] campos = campos(l);
                assertEquals(Informe.COLUMNAS.size(), campos.length, l);
                porCodigo.put(campos[0], campos);
            }
        }
        String[] vic3 = porCodigo.get("PZ.VIC.3");
        assertEquals("66,67", vic3[Informe.COLUMNAS.indexOf("Valor")]);
        assertEquals("2", vic3[Informe.COLUMNAS.indexOf("Numerador")]);
        assertEquals("3", vic3[Informe.COLUMNAS.indexOf("Denominador")]);
        assertEquals("66,67", vic3[Informe.COLUMNAS.indexOf("Avance (%)")]);
        assertEquals("100", vic3[Informe.COLUMNAS.indexOf("Esperado (%)")]);
        assertEquals("114", vic3[Informe.COLUMNAS.indexOf("Línea base")]);
        assertEquals("Rojo", vic3[Informe.COLUMNAS.indexOf("Semáforo")]);
        assertEquals("24/11/2026", vic3[Informe.COLUMNAS.indexOf("Fecha del valor")]);
        assertEquals("2672,5", porCodigo.get("SC.R1")[Informe.COLUMNAS.indexOf("Valor")]);
        assertEquals("-469,2353", porCodigo.get("SC.R1")[Informe.COLUMNAS.indexOf("Avance (%)")]);
        assertEquals("Policía; SIEDCO", porCodigo.get("SC.R1")[Informe.COLUMNAS.indexOf("Origen del valor")],
                "un texto con punto y coma va entre comillas");
        String[] r4 = porCodigo.get("PZ.R4");
        assertEquals("", r4[Informe.COLUMNAS.indexOf("Valor")], "sin valor, nada inventado");
        assertEquals("Sin línea base", r4[Informe.COLUMNAS.indexOf("Línea base")]);
        String peligrosa = lineas.stream().filter(l -> l.startsWith("GE.X.1;")).findFirst().orElseThrow();
        assertTrue(peligrosa.startsWith("GE.X.1;\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";"), peligrosa);
        assertTrue(peligrosa.contains(";\"Gestión; \"\"otros\"\"\";"), peligrosa);
    }

    /** Los campos de una línea CSV separada por punto y coma, con comillas dobles como las escribe Excel. */
    static String[] campos(String linea) {
        List<String> campos = new ArrayList<>();
        StringBuilder actual = new StringBuilder();
        boolean entreComillas = false;
        for (int i = 0; i < linea.length(); i++) {
            char c = linea.charAt(i);
            if (entreComillas) {
                if (c == '"' && i + 1 < linea.length() && linea.charAt(i + 1) == '"') {
                    actual.append('"');
                    i++;
                } else if (c == '"') {
                    entreComillas = false;
                } else {
                    actual.append(c);
                }
            } else if (c == '"') {
                entreComillas = true;
            } else if (c == ';') {
                campos.add(actual.toString());
                actual.setLength(0);
            } else {
                actual.append(c);
            }
        }
        campos.add(actual.toString());
        return campos.toArray(String[]::new);
    }

    @Test
    void losCamposCsvVanEntreComillasSoloSiHaceFaltaYNuncaComoFormula() {
        assertEquals("", InformeCsv.campo(null));
        assertEquals("-12,5", InformeCsv.campo("-12,5"), "un número negativo no es una fórmula");
        assertEquals("'-Texto", InformeCsv.campo("-Texto"));
        assertEquals("'@SUMA(A1)", InformeCsv.campo("@SUMA(A1)"));
        assertEquals("\"a\"\"b\"", InformeCsv.campo("a\"b"));
    }

    // ---------------------------------------------------------------- encabezado, nombres y permisos

    @Test
    void elEncabezadoDiceElPeriodoElCorteLaSedeYQuienLoGenero() {
        Informe anual = informe(2025, null, filas());
        assertEquals(List.of("Periodo: Año 2025", "Fecha de corte: 24/11/2026", "Sede: Todas las sedes",
                GENERADO_TEXTO), anual.encabezado());
        assertEquals("informe-avance-2025-corte-2026-11-24.xlsx", anual.nombreArchivo(FormatoInforme.XLSX));
        Informe cuatrienio = informe(null, "CJ-CANAPOTE", filas());
        assertEquals("Cuatrienio 2024–2027", cuatrienio.periodo());
        assertEquals("informe-avance-cuatrienio-corte-2026-11-24-CJ-CANAPOTE.pdf",
                cuatrienio.nombreArchivo(FormatoInforme.PDF));
        assertTrue(cuatrienio.notas().stream().anyMatch(n -> n.contains("Con filtro de sede")));
        assertFalse(anual.notas().stream().anyMatch(n -> n.contains("Con filtro de sede")));
    }

    @Test
    void elFormatoSeLeeONombraElCampo() {
        assertEquals(FormatoInforme.XLSX, FormatoInforme.leer(" XLSX "));
        assertEquals(FormatoInforme.CSV, FormatoInforme.leer("csv"));
        assertEquals("text/csv; charset=UTF-8", FormatoInforme.CSV.tipoContenido());
        for (String malo : new String[] {null, "", "xls", "docx"}) {
            ReglaIncumplida e = assertThrows(ReglaIncumplida.class, () -> FormatoInforme.leer(malo));
            assertEquals("formato", e.campo());
        }
    }

    @Test
    void lasCifrasAgregadasLasExportanLosRolesDelTableroYLosDatosPersonalesPidenSuPermiso() {
        Usuario supervisora = usuario("supervisor");
        Usuario coordinadora = usuario("coordinador");
        Usuario gestora = usuario("gestor");
        Usuario auditora = usuario("auditor");
        assertTrue(InformeDeAvance.permite(supervisora, ContenidoExportado.CIFRAS_AGREGADAS));
        assertTrue(InformeDeAvance.permite(coordinadora, ContenidoExportado.CIFRAS_AGREGADAS));
        assertTrue(InformeDeAvance.permite(usuario("administrador"), ContenidoExportado.CIFRAS_AGREGADAS));
        assertFalse(InformeDeAvance.permite(gestora, ContenidoExportado.CIFRAS_AGREGADAS));
        assertFalse(InformeDeAvance.permite(auditora, ContenidoExportado.CIFRAS_AGREGADAS));
        assertFalse(InformeDeAvance.permite(null, ContenidoExportado.CIFRAS_AGREGADAS));
        assertFalse(ContenidoExportado.CIFRAS_AGREGADAS.llevaDatosPersonales());
        // Una exportación con datos personales: además, el permiso de exportarlos (y el de verlos).
        assertFalse(InformeDeAvance.permite(supervisora, true));
        assertFalse(InformeDeAvance.permite(usuario("supervisor", "exportar-datos-personales"), true));
        assertFalse(InformeDeAvance.permite(usuario("supervisor", "datos-personales"), true));
        assertTrue(InformeDeAvance.permite(usuario("supervisor", "datos-personales", "exportar-datos-personales"),
                true));
        assertFalse(InformeDeAvance.permite(usuario("administrador", "datos-personales", "exportar-datos-personales"),
                true), "un administrador nunca ve datos personales");
        assertFalse(InformeDeAvance.permite(coordinadora, true));
        assertTrue(InformeDeAvance.permite(usuario("coordinador", "exportar-datos-personales"), true));
    }

    private static Usuario usuario(String... roles) {
        return Usuario.deClaims("u", "U", null, Set.of(roles), Set.of());
    }

    @Test
    void unaFilaSinMedicionNoInventaNada() {
        Informe.Fila r4 = filas().get(0);
        assertNull(r4.valor());
        assertEquals("Sin datos", r4.semaforoTexto());
        assertEquals("Sin valor aprobado a la fecha de corte; El plan no trae línea base", r4.notaCompleta());
        assertEquals("Meta del año según el plan indicativo", filas().get(1).notaCompleta());
    }
}
