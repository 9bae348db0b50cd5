package co.gov.cartagena.ruta.indicadores.informes;

import co.gov.cartagena.ruta.indicadores.avance.Semaforo;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * El informe en Excel (.xlsx): una hoja con el título, el encabezado (periodo, fecha de corte, sede, «Generado por…
 * el…»), las notas de lectura y la tabla con una fila por indicador. Las cifras van como números (el avance y el
 * esperado como porcentajes de Excel) para que se puedan sumar y graficar; «Generado por… el…» también va en el pie
 * de página de la impresión.
 */
final class InformeExcel {

    static final String HOJA = "Informe de avance";
    private static final int[] ANCHOS = {11, 60, 10, 34, 34, 11, 14, 14, 12, 12, 12, 12, 12, 11, 11, 10, 12, 24, 44};

    private InformeExcel() {
    }

    static byte[] escribir(Informe informe) {
        try (XSSFWorkbook libro = new XSSFWorkbook(); ByteArrayOutputStream salida = new ByteArrayOutputStream()) {
            Estilos estilos = new Estilos(libro);
            Sheet hoja = libro.createSheet(HOJA);
            int r = 0;
            celda(hoja.createRow(r++), 0, Informe.TITULO, estilos.titulo);
            celda(hoja.createRow(r++), 0, Informe.SUBTITULO, null);
            for (String linea : informe.encabezado()) {
                celda(hoja.createRow(r++), 0, linea, estilos.negrita);
            }
            for (String nota : informe.notas()) {
                celda(hoja.createRow(r++), 0, nota, estilos.nota);
            }
            r++;
            int filaEncabezado = r;
            Row encabezado = hoja.createRow(r++);
            for (int c = 0; c < Informe.COLUMNAS.size(); c++) {
                celda(encabezado, c, Informe.COLUMNAS.get(c), estilos.encabezado);
            }
            for (Informe.Fila f : informe.filas()) {
                escribirFila(hoja.createRow(r++), f, estilos);
            }
            for (int c = 0; c < ANCHOS.length; c++) {
                hoja.setColumnWidth(c, ANCHOS[c] * 256);
            }
            hoja.createFreezePane(2, filaEncabezado + 1);
            if (!informe.filas().isEmpty()) {
                hoja.setAutoFilter(new CellRangeAddress(filaEncabezado, r - 1, 0, Informe.COLUMNAS.size() - 1));
            }
            hoja.setRepeatingRows(new CellRangeAddress(filaEncabezado, filaEncabezado, -1, -1));
            PrintSetup impresion = hoja.getPrintSetup();
            impresion.setLandscape(true);
            impresion.setPaperSize(PrintSetup.A4_PAPERSIZE);
            impresion.setFitWidth((short) 1);
            impresion.setFitHeight((short) 0);
            hoja.setFitToPage(true);
            hoja.getHeader().setCenter(Informe.TITULO + " · " + informe.periodo() + " · corte " + informe.corteTexto()
                    + " · " + informe.sede());
            hoja.getFooter().setLeft(informe.generado());
            hoja.getFooter().setRight("Página &P de &N");
            libro.getProperties().getCoreProperties().setTitle(Informe.TITULO);
            libro.getProperties().getCoreProperties().setCreator(informe.generadoPor());
            libro.write(salida);
            return salida.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("No se pudo escribir el informe en Excel", e);
        }
    }

    private static void escribirFila(Row fila, Informe.Fila f, Estilos e) {
        int c = 0;
        celda(fila, c++, f.codigo(), e.texto);
        celda(fila, c++, f.nombre(), e.texto);
        celda(fila, c++, f.nivel(), e.texto);
        celda(fila, c++, f.componente(), e.texto);
        celda(fila, c++, f.programa(), e.texto);
        celda(fila, c++, f.fuente(), e.texto);
        celda(fila, c++, f.tipoMeta(), e.texto);
        celda(fila, c++, f.unidad(), e.texto);
        if (f.lineaBase() == null) {
            celda(fila, c++, "Sin línea base", e.texto);
        } else {
            numero(fila, c++, f.lineaBase(), e);
        }
        numero(fila, c++, f.meta(), e);
        numero(fila, c++, f.valor(), e);
        numero(fila, c++, f.numerador(), e);
        numero(fila, c++, f.denominador(), e);
        porcentaje(fila, c++, f.avance(), e);
        porcentaje(fila, c++, f.esperado(), e);
        celda(fila, c++, f.semaforoTexto(), e.semaforos.get(f.semaforo()));
        if (f.fechaValor() == null) {
            celda(fila, c++, null, e.texto);
        } else {
            Cell fecha = fila.createCell(c++);
            fecha.setCellValue(f.fechaValor());
            fecha.setCellStyle(e.fecha);
        }
        celda(fila, c++, f.origenValor(), e.texto);
        celda(fila, c, f.notaCompleta(), e.texto);
    }

    private static void celda(Row fila, int columna, String texto, CellStyle estilo) {
        Cell celda = fila.createCell(columna);
        if (texto != null && !texto.isEmpty()) {
            celda.setCellValue(texto);
        }
        if (estilo != null) {
            celda.setCellStyle(estilo);
        }
    }

    private static void numero(Row fila, int columna, BigDecimal valor, Estilos e) {
        Cell celda = fila.createCell(columna);
        celda.setCellStyle(valor != null && esEntero(valor) ? e.entero : e.decimal);
        if (valor != null) {
            celda.setCellValue(valor.doubleValue());
        }
    }

    private static void porcentaje(Row fila, int columna, BigDecimal razon, Estilos e) {
        Cell celda = fila.createCell(columna);
        celda.setCellStyle(e.porcentaje);
        if (razon != null) {
            celda.setCellValue(razon.doubleValue());
        }
    }

    private static boolean esEntero(BigDecimal valor) {
        return valor.signum() == 0 || valor.stripTrailingZeros().scale() <= 0;
    }

    /** Los estilos del libro (se crean una vez: Excel admite pocos). */
    private static final class Estilos {
        final CellStyle titulo;
        final CellStyle negrita;
        final CellStyle nota;
        final CellStyle encabezado;
        final CellStyle texto;
        final CellStyle entero;
        final CellStyle decimal;
        final CellStyle porcentaje;
        final CellStyle fecha;
        final Map<Semaforo, CellStyle> semaforos = new EnumMap<>(Semaforo.class);

        Estilos(XSSFWorkbook libro) {
            Font grande = libro.createFont();
            grande.setBold(true);
            grande.setFontHeightInPoints((short) 14);
            Font fuerte = libro.createFont();
            fuerte.setBold(true);
            Font pequena = libro.createFont();
            pequena.setItalic(true);
            pequena.setFontHeightInPoints((short) 9);
            titulo = libro.createCellStyle();
            titulo.setFont(grande);
            negrita = libro.createCellStyle();
            negrita.setFont(fuerte);
            nota = libro.createCellStyle();
            nota.setFont(pequena);
            encabezado = conBorde(libro);
            encabezado.setFont(fuerte);
            encabezado.setWrapText(true);
            encabezado.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            encabezado.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            texto = conBorde(libro);
            texto.setWrapText(true);
            short formatoEntero = libro.createDataFormat().getFormat("#,##0");
            short formatoDecimal = libro.createDataFormat().getFormat("#,##0.0###");
            entero = conBorde(libro);
            entero.setDataFormat(formatoEntero);
            decimal = conBorde(libro);
            decimal.setDataFormat(formatoDecimal);
            porcentaje = conBorde(libro);
            porcentaje.setDataFormat(libro.createDataFormat().getFormat("0.0%"));
            fecha = conBorde(libro);
            fecha.setDataFormat(libro.createDataFormat().getFormat("dd/mm/yyyy"));
            for (Semaforo s : Semaforo.values()) {
                CellStyle estilo = conBorde(libro);
                estilo.setFont(fuerte);
                estilo.setFillForegroundColor(switch (s) {
                    case VERDE -> IndexedColors.LIGHT_GREEN.getIndex();
                    case AMARILLO -> IndexedColors.LIGHT_YELLOW.getIndex();
                    case ROJO -> IndexedColors.CORAL.getIndex();
                    case SIN_DATOS -> IndexedColors.GREY_25_PERCENT.getIndex();
                });
                estilo.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                semaforos.put(s, estilo);
            }
        }

        private static CellStyle conBorde(XSSFWorkbook libro) {
            CellStyle estilo = libro.createCellStyle();
            estilo.setBorderTop(BorderStyle.THIN);
            estilo.setBorderBottom(BorderStyle.THIN);
            estilo.setBorderLeft(BorderStyle.THIN);
            estilo.setBorderRight(BorderStyle.THIN);
            estilo.setVerticalAlignment(VerticalAlignment.TOP);
            return estilo;
        }
    }
}
