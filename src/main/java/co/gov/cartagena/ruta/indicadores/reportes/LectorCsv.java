package co.gov.cartagena.ruta.indicadores.reportes;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import java.util.ArrayList;
import java.util.List;

/**
 * Lee texto CSV (RFC 4180): campos entre comillas con comas, saltos de línea y comillas dobladas dentro. El
 * separador es la coma o, como exporta Excel en español, el punto y coma: se toma el que aparezca en el encabezado.
 * Cada fila recuerda la línea del archivo donde empieza, para nombrarla en los errores. Las líneas vacías se saltan.
 */
public final class LectorCsv {

    /** Una fila del archivo y la línea (desde 1) donde empieza. */
    public record Fila(int linea, List<String> campos) {
    }

    private LectorCsv() {
    }

    public static List<Fila> leer(String texto) {
        String sinBom = texto.startsWith("\uFEFF") ? texto.substring(1) : texto;
        int finEncabezado = sinBom.indexOf('\n');
        String encabezado = finEncabezado < 0 ? sinBom : sinBom.substring(0, finEncabezado);
        char separador = encabezado.indexOf(';') >= 0 && encabezado.indexOf(',') < 0 ? ';' : ',';
        return leer(sinBom, separador);
    }

    public static List<Fila> leer(String texto, char separador) {
        List<Fila> filas = new ArrayList<>();
        List<String> campos = new ArrayList<>();
        StringBuilder campo = new StringBuilder();
        boolean entreComillas = false;
        boolean filaConContenido = false;
        int linea = 1;
        int lineaDeLaFila = 1;
        for (int i = 0; i < texto.length(); i++) {
            char c = texto.charAt(i);
            if (entreComillas) {
                if (c == '"') {
                    if (i + 1 < texto.length() && texto.charAt(i + 1) == '"') {
                        campo.append('"');
                        i++;
                    } else {
                        entreComillas = false;
                    }
                } else {
                    if (c == '\n') {
                        linea++;
                    }
                    campo.append(c);
                }
            } else if (c == '"') {
                entreComillas = true;
                filaConContenido = true;
            } else if (c == separador) {
                campos.add(campo.toString());
                campo.setLength(0);
                filaConContenido = true;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < texto.length() && texto.charAt(i + 1) == '\n') {
                    i++;
                }
                if (filaConContenido) {
                    campos.add(campo.toString());
                    filas.add(new Fila(lineaDeLaFila, List.copyOf(campos)));
                }
                campos.clear();
                campo.setLength(0);
                filaConContenido = false;
                linea++;
                lineaDeLaFila = linea;
            } else {
                campo.append(c);
                if (!Character.isWhitespace(c)) {
                    filaConContenido = true;
                }
            }
        }
        if (entreComillas) {
            throw new ReglaIncumplida("archivo", Texto.de("indicadores.lineaHayComillasSin", lineaDeLaFila));
        }
        if (filaConContenido) {
            campos.add(campo.toString());
            filas.add(new Fila(lineaDeLaFila, List.copyOf(campos)));
        }
        return filas;
    }
}
