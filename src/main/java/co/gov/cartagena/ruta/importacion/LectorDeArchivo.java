package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.indicadores.reportes.LectorCsv;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Lee un archivo de importación (Excel .xlsx o CSV con {@code ;} en UTF-8) y devuelve sus filas con los valores por
 * clave de columna. Los encabezados se reconocen por su texto en español (con o sin el * de obligatoria, sin
 * importar mayúsculas ni tildes) o por la clave; un encabezado desconocido o una columna obligatoria que falta
 * rechazan el archivo entero con un mensaje que los nombra. Las filas vacías se saltan.
 */
public final class LectorDeArchivo {

    /** Más filas que esto no se leen: el archivo se parte en varios. */
    public static final int MAXIMO_FILAS = 200_000;

    private LectorDeArchivo() {
    }

    public static List<FilaLeida> leer(String nombre, byte[] contenido, List<Columna> columnas) {
        ReglaIncumplida.exigir(contenido != null && contenido.length > 0, "archivo",
                Texto.de("importacion.archivoVacio"));
        boolean excel = contenido.length > 3 && contenido[0] == 'P' && contenido[1] == 'K';
        List<Registro> registros = excel ? deExcel(contenido) : deCsv(contenido);
        ReglaIncumplida.exigir(!registros.isEmpty(), "archivo", Texto.de("importacion.archivoVacio"));
        List<String> claves = claves(registros.get(0).celdas(), columnas);
        List<FilaLeida> filas = new ArrayList<>();
        for (Registro r : registros.subList(1, registros.size())) {
            Map<String, String> valores = new LinkedHashMap<>();
            for (int j = 0; j < claves.size(); j++) {
                valores.put(claves.get(j), j < r.celdas().size() ? r.celdas().get(j) : null);
            }
            FilaLeida fila = new FilaLeida(r.numero(), valores);
            if (!fila.vacia()) {
                filas.add(fila);
            }
        }
        ReglaIncumplida.exigir(!filas.isEmpty(), "archivo", Texto.de("importacion.archivoSinFilas"));
        ReglaIncumplida.exigir(filas.size() <= MAXIMO_FILAS, "archivo",
                Texto.de("importacion.archivoDemasiadasFilas", MAXIMO_FILAS));
        return filas;
    }

    /** Una fila del archivo tal cual: su número (el de la hoja, o la línea del CSV donde empieza) y sus celdas. */
    private record Registro(int numero, List<String> celdas) {
    }

    private static List<String> claves(List<String> encabezados, List<Columna> columnas) {
        Map<String, String> conocidos = new LinkedHashMap<>();
        for (Columna c : columnas) {
            conocidos.put(comparable(c.encabezado()), c.clave());
            conocidos.put(comparable(c.clave()), c.clave());
        }
        List<String> claves = new ArrayList<>();
        List<String> desconocidos = new ArrayList<>();
        for (String e : encabezados) {
            String limpio = e == null ? "" : e.replaceFirst("\\s*\\*\\s*$", "");
            if (limpio.isBlank()) {
                claves.add("");
                continue;
            }
            String clave = conocidos.get(comparable(limpio));
            if (clave == null) {
                desconocidos.add(limpio.trim());
            }
            claves.add(clave == null ? "" : clave);
        }
        ReglaIncumplida.exigir(desconocidos.isEmpty(), "archivo",
                Texto.de("importacion.encabezadosDesconocidos", String.join(", ", desconocidos)));
        List<String> faltan = columnas.stream().filter(c -> c.obligatoria() && !claves.contains(c.clave()))
                .map(Columna::encabezado).toList();
        ReglaIncumplida.exigir(faltan.isEmpty(), "archivo",
                Texto.de("importacion.faltanColumnas", String.join(", ", faltan)));
        return claves;
    }

    static String comparable(String s) {
        String sinTildes = Normalizer.normalize(s.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return sinTildes.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static List<Registro> deCsv(byte[] contenido) {
        String texto;
        try {
            texto = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(contenido)).toString();
        } catch (CharacterCodingException e) {
            throw new ReglaIncumplida("archivo", Texto.de("importacion.csvNoUtf8"));
        }
        if (texto.startsWith("\uFEFF")) {
            texto = texto.substring(1);
        }
        String primera = texto.lines().findFirst().orElse("");
        ReglaIncumplida.exigir(primera.contains(";"), "archivo", Texto.de("importacion.csvSinPuntoYComa"));
        return LectorCsv.leer(texto, ';').stream().map(f -> new Registro(f.linea(), f.campos())).toList();
    }

    private static List<Registro> deExcel(byte[] contenido) {
        try (Workbook libro = new XSSFWorkbook(new ByteArrayInputStream(contenido))) {
            Sheet hoja = libro.getSheet(Plantilla.HOJA_REGISTROS);
            if (hoja == null) {
                hoja = libro.getSheetAt(0);
            }
            DataFormatter formato = new DataFormatter(Locale.ROOT);
            List<Registro> registros = new ArrayList<>();
            int ultima = hoja.getLastRowNum();
            ReglaIncumplida.exigir(ultima <= MAXIMO_FILAS + 1, "archivo",
                    Texto.de("importacion.archivoDemasiadasFilas", MAXIMO_FILAS));
            for (int i = 0; i <= ultima; i++) {
                Row fila = hoja.getRow(i);
                List<String> valores = new ArrayList<>();
                if (fila != null) {
                    for (int j = 0; j < fila.getLastCellNum(); j++) {
                        valores.add(texto(fila.getCell(j), formato));
                    }
                }
                registros.add(new Registro(i + 1, valores));
            }
            return registros;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ReglaIncumplida r) {
                throw r;
            }
            throw new ReglaIncumplida("archivo", Texto.de("importacion.excelIlegible"));
        }
    }

    private static String texto(Cell celda, DataFormatter formato) {
        if (celda == null) {
            return null;
        }
        CellType tipo = celda.getCellType() == CellType.FORMULA ? celda.getCachedFormulaResultType()
                : celda.getCellType();
        if (tipo == CellType.NUMERIC && DateUtil.isCellDateFormatted(celda)) {
            return celda.getLocalDateTimeCellValue().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
        }
        if (tipo == CellType.NUMERIC) {
            double d = celda.getNumericCellValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
        }
        return formato.formatCellValue(celda);
    }
}
