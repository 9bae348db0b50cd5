package co.gov.cartagena.ruta.importacion;

/**
 * Escribir CSV con separador {@code ;} (el que abre Excel en español); se lee con
 * {@link co.gov.cartagena.ruta.indicadores.reportes.LectorCsv}.
 */
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
}
