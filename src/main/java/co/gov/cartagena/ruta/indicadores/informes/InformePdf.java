package co.gov.cartagena.ruta.indicadores.informes;

import co.gov.cartagena.ruta.indicadores.avance.Semaforo;
import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Objects;

/**
 * El informe en PDF (A4 apaisado): título y encabezado en la primera página, la tabla agrupada por componente y
 * programa (su encabezado se repite en cada página) y, en cada página, una línea superior con el periodo, el corte y
 * la sede y un pie con «Generado por… el…» y el número de página.
 */
final class InformePdf {

    private static final String[] COLUMNAS = {"Código", "Indicador", "Fuente", "Tipo de meta", "Unidad", "Línea base",
        "Meta", "Valor", "Numerador", "Denominador", "Avance", "Esperado", "Semáforo"};
    private static final float[] ANCHOS = {6.5f, 29f, 6.5f, 7.5f, 7.5f, 6.5f, 6f, 6f, 7f, 8f, 6f, 6.5f, 6f};
    private static final Color GRIS = new Color(0xE6, 0xE6, 0xE6);
    private static final Color GRIS_CLARO = new Color(0xF3, 0xF3, 0xF3);

    private InformePdf() {
    }

    static byte[] escribir(Informe informe) {
        ByteArrayOutputStream salida = new ByteArrayOutputStream();
        Document documento = new Document(PageSize.A4.rotate(), 28, 28, 42, 40);
        try {
            PdfWriter escritor = PdfWriter.getInstance(documento, salida);
            escritor.setPageEvent(new MarcoDePagina(informe));
            documento.addTitle(Informe.TITULO + " · " + informe.periodo() + " · corte " + informe.corteTexto());
            documento.addAuthor(informe.generadoPor());
            documento.addCreator("Ruta");
            documento.open();
            documento.add(new Paragraph(Informe.TITULO, fuente(15, Font.BOLD)));
            documento.add(new Paragraph(Informe.SUBTITULO, fuente(9, Font.NORMAL)));
            Paragraph encabezado = new Paragraph();
            encabezado.setSpacingBefore(6);
            for (String linea : informe.encabezado()) {
                encabezado.add(new Phrase(linea + "\n", fuente(10, Font.BOLD)));
            }
            documento.add(encabezado);
            Paragraph notas = new Paragraph();
            notas.setSpacingAfter(8);
            for (String nota : informe.notas()) {
                notas.add(new Phrase(nota + "\n", fuente(8, Font.ITALIC)));
            }
            documento.add(notas);
            documento.add(tabla(informe));
            documento.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("No se pudo escribir el informe en PDF", e);
        }
        return salida.toByteArray();
    }

    private static PdfPTable tabla(Informe informe) {
        PdfPTable tabla = new PdfPTable(ANCHOS);
        tabla.setWidthPercentage(100);
        tabla.setHeaderRows(1);
        for (String columna : COLUMNAS) {
            PdfPCell c = celda(columna, fuente(7.5f, Font.BOLD), Element.ALIGN_CENTER);
            c.setBackgroundColor(GRIS);
            tabla.addCell(c);
        }
        String componente = null;
        String programa = null;
        for (Informe.Fila f : informe.filas()) {
            if (!Objects.equals(componente, f.componente())) {
                componente = f.componente();
                programa = null;
                tabla.addCell(grupo("Componente: " + componente, GRIS));
            }
            if (f.programa() != null && !Objects.equals(programa, f.programa())) {
                programa = f.programa();
                tabla.addCell(grupo("Programa: " + programa, GRIS_CLARO));
            }
            Font normal = fuente(7.5f, Font.NORMAL);
            tabla.addCell(celda(f.codigo(), fuente(7.5f, Font.BOLD), Element.ALIGN_LEFT));
            Phrase nombre = new Phrase(f.nombre(), normal);
            if (!f.notaCompleta().isEmpty()) {
                nombre.add(new Chunk("\n" + f.notaCompleta(), fuente(6.5f, Font.ITALIC)));
            }
            tabla.addCell(celda(nombre, Element.ALIGN_LEFT));
            tabla.addCell(celda(f.fuente(), normal, Element.ALIGN_LEFT));
            tabla.addCell(celda(f.tipoMeta(), normal, Element.ALIGN_LEFT));
            tabla.addCell(celda(f.unidad(), normal, Element.ALIGN_LEFT));
            tabla.addCell(celda(f.lineaBase() == null ? "Sin línea base" : Informe.numero(f.lineaBase()), normal,
                    Element.ALIGN_RIGHT));
            tabla.addCell(celda(Informe.numero(f.meta()), normal, Element.ALIGN_RIGHT));
            tabla.addCell(celda(Informe.numero(f.valor()), normal, Element.ALIGN_RIGHT));
            tabla.addCell(celda(Informe.numero(f.numerador()), normal, Element.ALIGN_RIGHT));
            tabla.addCell(celda(Informe.numero(f.denominador()), normal, Element.ALIGN_RIGHT));
            tabla.addCell(celda(Informe.porcentajeTexto(f.avance()), normal, Element.ALIGN_RIGHT));
            tabla.addCell(celda(Informe.porcentajeTexto(f.esperado()), normal, Element.ALIGN_RIGHT));
            PdfPCell semaforo = celda(f.semaforoTexto(), fuente(7.5f, Font.BOLD), Element.ALIGN_CENTER);
            semaforo.setBackgroundColor(color(f.semaforo()));
            tabla.addCell(semaforo);
        }
        return tabla;
    }

    private static PdfPCell grupo(String texto, Color fondo) {
        PdfPCell c = celda(texto, fuente(8, Font.BOLD), Element.ALIGN_LEFT);
        c.setColspan(COLUMNAS.length);
        c.setBackgroundColor(fondo);
        return c;
    }

    private static PdfPCell celda(String texto, Font fuente, int alineacion) {
        return celda(new Phrase(texto == null ? "" : texto, fuente), alineacion);
    }

    private static PdfPCell celda(Phrase frase, int alineacion) {
        PdfPCell c = new PdfPCell(frase);
        c.setHorizontalAlignment(alineacion);
        c.setPadding(2.5f);
        c.setBorderWidth(0.4f);
        return c;
    }

    private static Color color(Semaforo s) {
        return switch (s) {
            case VERDE -> new Color(0xB7, 0xE1, 0xB0);
            case AMARILLO -> new Color(0xFF, 0xE8, 0x99);
            case ROJO -> new Color(0xF4, 0xB0, 0xA8);
            case SIN_DATOS -> GRIS;
        };
    }

    /** Helvetica con la codificación de Windows (tildes, eñes, «»). */
    static Font fuente(float tamano, int estilo) {
        return FontFactory.getFont(FontFactory.HELVETICA, BaseFont.CP1252, BaseFont.NOT_EMBEDDED, tamano, estilo);
    }

    /** En cada página: arriba, de qué es el informe; abajo, quién lo generó y cuándo, y el número de página. */
    private static final class MarcoDePagina extends PdfPageEventHelper {

        private final String arriba;
        private final String pie;

        MarcoDePagina(Informe informe) {
            this.arriba = Informe.TITULO + " · " + informe.periodo() + " · corte " + informe.corteTexto() + " · "
                    + informe.sede();
            this.pie = informe.generado();
        }

        @Override
        public void onEndPage(PdfWriter escritor, Document documento) {
            PdfContentByte lienzo = escritor.getDirectContent();
            Font letra = fuente(7.5f, Font.NORMAL);
            Rectangle pagina = documento.getPageSize();
            ColumnText.showTextAligned(lienzo, Element.ALIGN_LEFT, new Phrase(arriba, letra), documento.left(),
                    pagina.getHeight() - 24, 0);
            ColumnText.showTextAligned(lienzo, Element.ALIGN_LEFT, new Phrase(pie, letra), documento.left(), 20, 0);
            ColumnText.showTextAligned(lienzo, Element.ALIGN_RIGHT,
                    new Phrase("Página " + escritor.getPageNumber(), letra), documento.right(), 20, 0);
        }
    }
}
