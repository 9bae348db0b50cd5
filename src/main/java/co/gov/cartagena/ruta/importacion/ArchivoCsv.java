package co.gov.cartagena.ruta.importacion;

import java.util.ArrayList;
import java.util.List;

/** CSV con separador {@code ;} (el que abre Excel en español): partir líneas con comillas y escribir celdas. */
final class ArchivoCsv {

    private ArchivoCsv() {
    }

    /** Una celda escrita: entre comillas si lleva separador, comillas o saltos; con ' delante si parece fórmula. */
    static String celda(String v) {
        if (v == null) {
            return "";
        }
        String s = !v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+") ? "'" + v : v;
        return s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")
                ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Los registros del texto: listas de celdas, respetando comillas (que pueden llevar {@code ;} y saltos). */
    static List<List<String>> registros(String texto) {
        List<List<String>> filas = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        StringBuilder celda = new StringBuilder();
        boolean comillas = false;
        for (int i = 0; i < texto.length(); i++) {
            char ch = texto.charAt(i);
            if (comillas) {
                if (ch == '"') {
                    if (i + 1 < texto.length() && texto.charAt(i + 1) == '"') {
                        celda.append('"');
                        i++;
                    } else {
                        comillas = false;
                    }
                } else {
                    celda.append(ch);
                }
            } else if (ch == '"') {
                comillas = true;
            } else if (ch == ';') {
                actual.add(celda.toString());
                celda.setLength(0);
            } else if (ch == '\n' || ch == '\r') {
                if (ch == '\r' && i + 1 < texto.length() && texto.charAt(i + 1) == '\n') {
                    i++;
                }
                actual.add(celda.toString());
                celda.setLength(0);
                filas.add(actual);
                actual = new ArrayList<>();
            } else {
                celda.append(ch);
            }
        }
        if (celda.length() > 0 || !actual.isEmpty()) {
            actual.add(celda.toString());
            filas.add(actual);
        }
        return filas;
    }
}
