package co.gov.cartagena.ruta.importacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.soporte.HoyDePrueba;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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
        assertEquals("Cédula de ciudadanía", filas.get(0).valor("tipoDocumento"), "la lista muestra la etiqueta");
        assertEquals("Desplazamiento forzado", filas.get(0).valor("hechoVictimizante"));
        var interpretada = new InterpreteDeFila(ruta, columnas, HoyDePrueba.HOY).interpretar(filas.get(0));
        assertEquals(List.of(), interpretada.errores(), "el ejemplo se lee");
        assertEquals(co.gov.cartagena.ruta.personas.TipoDocumento.CC, interpretada.fila().minimos().tipoDocumento());
        assertEquals("DESPLAZAMIENTO_FORZADO", interpretada.fila().datos().get("hechoVictimizante"));
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

    @Test
    void laPlantillaDeActividadesTraeLosTiposPorSuNombreUnaClaveYLaPersonaOpcional() throws Exception {
        List<co.gov.cartagena.ruta.actividades.TipoActividad> tipos = List.of(
                new co.gov.cartagena.ruta.actividades.TipoActividad("JORNADA_PRUEBA", "Jornada de mediación", null,
                        null, false, "prueba"),
                new co.gov.cartagena.ruta.actividades.TipoActividad("ESCUELA_PRUEBA", "Creación de escuela", null,
                        "Escuela", true, "prueba"));
        List<Columna> columnas = ColumnasDeActividad.de(tipos, SEDES);
        Set<String> encabezados = new HashSet<>();
        columnas.forEach(c -> assertTrue(encabezados.add(LectorDeArchivo.comparable(c.encabezado())), c.encabezado()));
        Map<String, Columna> porClave = columnas.stream().collect(Collectors.toMap(Columna::clave, c -> c));
        assertEquals(List.of("Jornada de mediación", "Creación de escuela"), porClave.get("tipoActividad").opciones());
        assertTrue(porClave.get("claveActividad").obligatoria());
        assertFalse(porClave.get("tipoDocumento").obligatoria() || porClave.get("nombres").obligatoria(),
                "una fila de actividades puede no traer asistente");
        assertEquals(ColumnasDeActividad.DE_PERSONA, ColumnasDeRuta.dePersona(true, true, "MUJER", true).stream()
                .map(Columna::clave).toList());
        byte[] excel = Plantilla.excel(Plantilla.instrucciones("Plantilla de importación: actividades colectivas",
                "1. Una fila por asistente.", columnas), columnas);
        try (XSSFWorkbook libro = new XSSFWorkbook(new ByteArrayInputStream(excel))) {
            XSSFSheet hoja = libro.getSheet(Plantilla.HOJA_REGISTROS);
            assertEquals("Clave de la actividad *", hoja.getRow(0).getCell(0).getStringCellValue());
            assertEquals(columnas.stream().filter(Columna::cerrada).count(), hoja.getDataValidations().size());
            assertEquals("Jornada de mediación", libro.getSheet("Listas").getRow(1).getCell(0).getStringCellValue());
            assertEquals("Creación de escuela", libro.getSheet("Listas").getRow(2).getCell(0).getStringCellValue());
            assertTrue(libro.getSheet("Instrucciones").getRow(0).getCell(0).getStringCellValue()
                    .contains("actividades colectivas"));
        }
        List<FilaLeida> filas = LectorDeArchivo.leer("actividades.xlsx", excel, columnas);
        assertEquals(1, filas.size());
        assertEquals("Creación de escuela", filas.get(0).valor("tipoActividad"), "el ejemplo: un tipo con objeto");
        assertEquals("Escuela de ejemplo", filas.get(0).valor("objeto"));
        String csv = new String(Plantilla.csv(columnas), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFClave de la actividad *;Tipo de actividad *;Sede;"), csv);
    }

    @Test
    void lasListasCerradasAceptanLaEtiquetaOElCodigoSinImportarMayusculasNiTildes() {
        List<Columna> columnas = ColumnasDeRuta.de(Ruta.AYUDA_HUMANITARIA_INMEDIATA, SEDES);
        Map<String, Columna> porClave = columnas.stream().collect(Collectors.toMap(Columna::clave, c -> c));
        Columna tipo = porClave.get("tipoDocumento");
        assertTrue(tipo.opciones().contains("Cédula de ciudadanía") && !tipo.opciones().contains("CC"),
                tipo.opciones().toString());
        assertEquals("CC", tipo.codigo("cedula de ciudadania"));
        assertEquals("CC", tipo.codigo("cc"));
        assertEquals("MUJER", porClave.get("sexo").codigo(" MUJER "));
        assertEquals("MUJER", porClave.get("sexo").codigo("mujer"));
        assertEquals(List.of("Mujer", "Hombre", "Intersexual"), porClave.get("sexo").opciones());
        assertEquals("DESPLAZAMIENTO_FORZADO", porClave.get("hechoVictimizante").codigo("Desplazamiento Forzado"));
        assertEquals("DESPLAZAMIENTO_FORZADO", porClave.get("hechoVictimizante").codigo("desplazamiento_forzado"));
        assertEquals("CUMPLE_REQUISITOS", porClave.get("estado").codigo("cumple requisitos"));
        assertEquals("ALIMENTACION", porClave.get("tipoAtencion").codigo("Alimentacion"));
        assertEquals(null, porClave.get("sexo").codigo("M"));
        assertEquals("PERSONERIA", porClave.get("entidadDeclaracion").codigo("Personería Distrital"));
    }

    @Test
    void losErroresDeLaRevisionGuardanSuClaveYSeMuestranEnElIdiomaDeLaVista() throws Exception {
        List<Columna> columnas = ColumnasDeRuta.de(Ruta.LABORATORIOS_DE_PAZ, SEDES);
        String csv = "Tipo de documento;Número de documento;Nombres;Apellidos;Fecha de nacimiento;Sexo;"
                + "Fecha de apertura\r\nTI;1001;Ana;Pérez;2010-05-10;M;2025-03-03\r\n";
        FilaLeida fila = LectorDeArchivo.leer("x.csv", csv.getBytes(StandardCharsets.UTF_8), columnas).get(0);
        ErrorDeFila error = new InterpreteDeFila(Ruta.LABORATORIOS_DE_PAZ, columnas, HoyDePrueba.HOY).interpretar(fila).errores().get(0);
        assertEquals("Sexo: elija un valor de la lista (Mujer, Hombre, Intersexual).", error.mensaje());
        assertEquals("Sexo: choose a value from the list (Mujer, Hombre, Intersexual).",
                error.texto().en(java.util.Locale.ENGLISH));
        // La revisión viaja con la sesión replicada: el mensaje sin idioma también.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (var salida = new java.io.ObjectOutputStream(bytes)) {
            salida.writeObject(error);
        }
        try (var entrada = new java.io.ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            ErrorDeFila leido = (ErrorDeFila) entrada.readObject();
            assertEquals(error.texto().en(java.util.Locale.ENGLISH), leido.texto().en(java.util.Locale.ENGLISH));
        }
    }

    @Test
    void laClaveDeUnaFilaQueNoUsaLasColumnasNuevasEsLaDeAntes() {
        List<Columna> columnas = ColumnasDeRuta.de(Ruta.LABORATORIOS_DE_PAZ, SEDES);
        List<Columna> antes = columnas.stream().filter(c -> !List.of("claveCaso", "fechaCierre", "motivoCierre")
                .contains(c.clave())).toList();
        String csv = "Tipo de documento;Número de documento;Nombres;Apellidos;Fecha de nacimiento;"
                + "Fecha de apertura\r\nTI;1001;Ana;Pérez;2010-05-10;2025-03-03\r\n";
        FilaLeida fila = LectorDeArchivo.leer("x.csv", csv.getBytes(StandardCharsets.UTF_8), columnas).get(0);
        StringBuilder deAntes = new StringBuilder(Ruta.LABORATORIOS_DE_PAZ.name());
        antes.forEach(c -> deAntes.append('\u001F').append(fila.valor(c.clave()) == null ? ""
                : fila.valor(c.clave())));
        assertEquals(InterpreteDeFila.huella(deAntes.toString().getBytes(StandardCharsets.UTF_8)),
                InterpreteDeFila.clave(Ruta.LABORATORIOS_DE_PAZ, columnas, fila),
                "un archivo importado antes de la clave del caso no se importa otra vez");
    }

    private static ReglaIncumplida rechazo(Executable e) {
        return org.junit.jupiter.api.Assertions.assertThrows(ReglaIncumplida.class, e);
    }
}
