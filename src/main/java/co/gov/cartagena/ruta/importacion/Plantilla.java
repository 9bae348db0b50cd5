package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.casos.Ruta;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * La plantilla de importación de una ruta: una hoja «Registros» con los encabezados en español (cada uno con un
 * comentario que lo describe), una lista desplegable en cada columna de lista cerrada (las opciones van en la hoja
 * oculta «Listas», sin el límite de 255 caracteres de una lista escrita en la validación), una fila de ejemplo y una
 * hoja «Instrucciones». También en CSV (separador {@code ;}, UTF-8 con BOM para que Excel reconozca las tildes).
 */
public final class Plantilla {

    public static final String HOJA_REGISTROS = "Registros";
    static final String HOJA_LISTAS = "Listas";
    static final String HOJA_INSTRUCCIONES = "Instrucciones";
    /** Filas con lista desplegable (la validación no pasa de aquí; el archivo puede tener más filas). */
    static final int FILAS_CON_LISTAS = 100_000;

    private Plantilla() {
    }

    public static byte[] excel(Ruta ruta, List<Columna> columnas) {
        return excel(instrucciones(ruta, columnas), columnas);
    }

    /** La plantilla con estas instrucciones (la de una ruta o la de actividades colectivas). */
    static byte[] excel(List<String> textos, List<Columna> columnas) {
        try (XSSFWorkbook libro = new XSSFWorkbook(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            Sheet hoja = libro.createSheet(HOJA_REGISTROS);
            Sheet listas = libro.createSheet(HOJA_LISTAS);
            Sheet instrucciones = libro.createSheet(HOJA_INSTRUCCIONES);
            XSSFCellStyle negrita = libro.createCellStyle();
            Font fuente = libro.createFont();
            fuente.setBold(true);
            negrita.setFont(fuente);
            Row encabezados = hoja.createRow(0);
            Row ejemplo = hoja.createRow(1);
            Drawing<?> dibujo = hoja.createDrawingPatriarch();
            DataValidationHelper ayuda = hoja.getDataValidationHelper();
            int columnaDeLista = 0;
            for (int i = 0; i < columnas.size(); i++) {
                Columna c = columnas.get(i);
                var celda = encabezados.createCell(i);
                celda.setCellValue(c.encabezado() + (c.obligatoria() ? " *" : ""));
                celda.setCellStyle(negrita);
                ClientAnchor ancla = libro.getCreationHelper().createClientAnchor();
                ancla.setCol1(i);
                ancla.setCol2(i + 3);
                ancla.setRow1(0);
                ancla.setRow2(5);
                Comment comentario = dibujo.createCellComment(ancla);
                comentario.setString(new XSSFRichTextString(c.descripcion()
                        + (c.cerrada() ? " Elija de la lista." : "") + " [" + c.clave() + "]"));
                comentario.setAuthor("Ruta");
                celda.setCellComment(comentario);
                ejemplo.createCell(i).setCellValue(c.ejemplo());
                hoja.setColumnWidth(i, Math.min(60, Math.max(14, c.encabezado().length() + 4)) * 256);
                if (c.cerrada()) {
                    Row titulo = fila(listas, 0);
                    titulo.createCell(columnaDeLista).setCellValue(c.encabezado());
                    for (int j = 0; j < c.opciones().size(); j++) {
                        fila(listas, j + 1).createCell(columnaDeLista).setCellValue(c.opciones().get(j));
                    }
                    String letra = CellReference.convertNumToColString(columnaDeLista);
                    String rango = HOJA_LISTAS + "!$" + letra + "$2:$" + letra + "$" + (c.opciones().size() + 1);
                    DataValidation validacion = ayuda.createValidation(ayuda.createFormulaListConstraint(rango),
                            new CellRangeAddressList(1, Math.min(FILAS_CON_LISTAS,
                                    SpreadsheetVersion.EXCEL2007.getLastRowIndex()), i, i));
                    validacion.setShowErrorBox(true);
                    validacion.createErrorBox("Valor fuera de la lista", "Elija un valor de la lista de «"
                            + c.encabezado() + "».");
                    validacion.setEmptyCellAllowed(true);
                    hoja.addValidationData(validacion);
                    columnaDeLista++;
                }
            }
            hoja.createFreezePane(0, 1);
            libro.setSheetHidden(libro.getSheetIndex(listas), true);
            for (int i = 0; i < textos.size(); i++) {
                instrucciones.createRow(i).createCell(0).setCellValue(textos.get(i));
            }
            instrucciones.setColumnWidth(0, 150 * 256);
            libro.write(salida);
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** La misma plantilla en CSV: encabezados y fila de ejemplo, separados por {@code ;}. */
    public static byte[] csv(List<Columna> columnas) {
        StringBuilder s = new StringBuilder("\uFEFF");
        s.append(String.join(";", columnas.stream()
                .map(c -> ArchivoCsv.celda(c.encabezado() + (c.obligatoria() ? " *" : ""))).toList()))
                .append("\r\n");
        s.append(String.join(";", columnas.stream().map(c -> ArchivoCsv.celda(c.ejemplo())).toList()))
                .append("\r\n");
        return s.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<String> instrucciones(Ruta ruta, List<Columna> columnas) {
        return instrucciones("Plantilla de importación: " + ruta.nombre() + " (" + ruta.name() + ")",
                "1. Escriba una fila por caso en la hoja «" + HOJA_REGISTROS + "», desde la fila 2. La fila 2 es un"
                        + " ejemplo: reemplácela o bórrela.", columnas);
    }

    /** Las instrucciones: el título, el primer paso (qué es una fila) y los pasos y columnas comunes. */
    static List<String> instrucciones(String titulo, String primerPaso, List<Columna> columnas) {
        List<String> t = new java.util.ArrayList<>(List.of(
                titulo,
                "",
                primerPaso,
                "2. No cambie los encabezados. Las columnas con * son obligatorias. Cada encabezado tiene un"
                        + " comentario que lo explica; las listas cerradas tienen una lista desplegable.",
                "3. Fechas en AAAA-MM-DD o DD/MM/AAAA. Las fechas del plan van desde 2024-01-01 y nunca en el"
                        + " futuro.",
                "4. Sin la autorización de la Ley 1581 (columnas «Autoriza…», con fecha y soporte) solo se guardan"
                        + " los datos mínimos de la persona; la revisión dice qué columnas se descartan.",
                "5. Suba el archivo en Ruta (Importar registros): primero se revisa sin escribir nada y se ve, fila"
                        + " por fila, qué se creará o qué error tiene (fila, columna y motivo).",
                "6. Si una persona se parece a otra ya registrada (mismos nombres y fecha de nacimiento, otro"
                        + " documento), usted decide en la revisión si es la misma o una nueva: nunca se fusionan solas.",
                "7. Las filas con errores se descargan con una columna de motivos; corríjalas e impórtelas otra vez."
                        + " Importar otra vez las mismas filas no crea nada nuevo.",
                "8. También se acepta CSV con separador punto y coma (;) en UTF-8, con los mismos encabezados.",
                "",
                "Columnas:"));
        for (Columna c : columnas) {
            t.add("• " + c.encabezado() + (c.obligatoria() ? " (obligatoria)" : "") + ": " + c.descripcion()
                    + (c.cerrada() ? " Valores: " + String.join(", ", c.opciones()) + "." : ""));
        }
        return t;
    }

    private static Row fila(Sheet hoja, int numero) {
        Row r = hoja.getRow(numero);
        return r != null ? r : hoja.createRow(numero);
    }
}
