package co.gov.cartagena.ruta.importacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PlantillaTest {

    private static final List<String> SEDES = List.of("SICC", "CJ-CANAPOTE");

    @Test
    void cadaRutaTieneEncabezadosUnicosYSusCamposSonColumnas() {
        for (Ruta ruta : Ruta.values()) {
            List<Columna> columnas = ColumnasDeRuta.de(ruta, SEDES);
            Set<String> encabezados = new HashSet<>();
            Set<String> claves = new HashSet<>();
            for (Columna c : columnas) {
                assertTrue(encabezados.add(LectorDeArchivo.comparable(c.encabezado())), ruta + ": " + c.encabezado());
                assertTrue(claves.add(c.clave()), ruta + ": " + c.clave());
            }
            for (Campo campo : ruta.definicion().campos()) {
                assertTrue(claves.contains(campo.nombre()), ruta + " sin columna para " + campo.nombre());
            }
        }
    }

    @Test
    void laPlantillaExcelTraeComentariosListasEjemploEInstruccionesYSeLeeDeVuelta() throws Exception {
        Ruta ruta = Ruta.AYUDA_HUMANITARIA_INMEDIATA;
        List<Columna> columnas = ColumnasDeRuta.de(ruta, SEDES);
        byte[] excel = Plantilla.excel(ruta, columnas);
        try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            XSSFSheet hoja = libro.getSheet(Plantilla.HOJA_REGISTROS);
            assertEquals("Tipo de documento *", hoja.getRow(0).getCell(0).getStringCellValue());
            assertTrue(hoja.getRow(0).getCell(0).getCellComment().getString().getString()
                    .startsWith("Tipo de documento de identidad"));
            long cerradas = columnas.stream().filter(Columna::cerrada).count();
            List<? extends DataValidation> validaciones = hoja.getDataValidations();
            assertEquals(cerradas, validaciones.size());
            assertTrue(validaciones.stream().anyMatch(v -> v.getValidationConstraint().getFormula1()
                    .startsWith("Listas!$")));
            assertTrue(libro.isSheetHidden(libro.getSheetIndex("Listas")));
            assertTrue(libro.getSheet("Instrucciones").getRow(0).getCell(0).getStringCellValue()
                    .contains(ruta.nombre()));
        }
        List<FilaLeida> filas = LectorDeArchivo.leer("plantilla.xlsx", excel, columnas);
        assertEquals(1, filas.size());
        assertEquals(2, filas.get(0).numero());
        assertEquals("CC", filas.get(0).valor("tipoDocumento"));
        assertEquals("DESPLAZAMIENTO_FORZADO", filas.get(0).valor("hechoVictimizante"));
    }

    @Test
    void elCsvSeLeeConPuntoYComaComillasYTildesEnLosEncabezados() {
        List<Columna> columnas = ColumnasDeRuta.de(Ruta.LABORATORIOS_DE_PAZ, SEDES);
        String csv = "\uFEFFtipo de documento;Número de documento *;Nombres;Apellidos;Fecha de nacimiento;"
                + "Fecha de apertura;Narrativa\r\nTI;1001;\"Ana; María\";Pérez;10/05/2010;2025-03-03;\"dice \"\"hola\"\"\"\r\n"
                + ";;;;;;\r\n";
        List<FilaLeida> filas = LectorDeArchivo.leer("x.csv", csv.getBytes(StandardCharsets.UTF_8), columnas);
        assertEquals(1, filas.size());
        assertEquals("Ana; María", filas.get(0).valor("nombres"));
        assertEquals("dice \"hola\"", filas.get(0).valor("narrativa"));
    }

    @Test
    void unEncabezadoAjenoOUnaColumnaObligatoriaQueFaltaRechazanElArchivo() {
        List<Columna> columnas = ColumnasDeRuta.de(Ruta.LABORATORIOS_DE_PAZ, SEDES);
        ReglaIncumplida ajeno = rechazo(() -> LectorDeArchivo.leer("x.csv",
                "Tipo de documento;Nombres;Apellidos;Fecha de apertura;Color\nCC;A;B;2025-01-01;rojo\n"
                        .getBytes(StandardCharsets.UTF_8), columnas));
        assertEquals("Estos encabezados no son de la plantilla de esta ruta: Color. Descargue la plantilla y copie"
                + " sus filas en ella.", ajeno.getMessage());
        ReglaIncumplida falta = rechazo(() -> LectorDeArchivo.leer("x.csv",
                "Tipo de documento;Nombres;Apellidos\nCC;A;B\n".getBytes(StandardCharsets.UTF_8), columnas));
        assertEquals("Faltan columnas obligatorias de la plantilla: Fecha de nacimiento, Fecha de apertura.",
                falta.getMessage());
        ReglaIncumplida latin1 = rechazo(() -> LectorDeArchivo.leer("x.csv",
                "Nombres;Apellidos\nJos\u00e9;B\n".getBytes(StandardCharsets.ISO_8859_1), columnas));
        assertEquals("El CSV no está en UTF-8: guárdelo como «CSV UTF-8 (delimitado por comas)» o use la plantilla"
                + " de Excel.", latin1.getMessage());
    }

    @Test
    void elCaminoDeEstadosVaDesdeElInicialPorLasTransicionesDeLaRuta() {
        var def = Ruta.VIOLENCIA_INTRAFAMILIAR.definicion();
        assertEquals(List.of("AUDIENCIA", "MEDIDA_DEFINITIVA", "SEGUIMIENTO"),
                InterpreteDeFila.camino(def, "SEGUIMIENTO").orElseThrow());
        assertEquals(List.of(), InterpreteDeFila.camino(def, "SOLICITUD").orElseThrow());
        assertTrue(InterpreteDeFila.camino(def, "CERRADO").isEmpty());
        assertTrue(InterpreteDeFila.camino(def, "INVENTADO").isEmpty());
    }

    private static ReglaIncumplida rechazo(Executable e) {
        return org.junit.jupiter.api.Assertions.assertThrows(ReglaIncumplida.class, e);
    }
}
