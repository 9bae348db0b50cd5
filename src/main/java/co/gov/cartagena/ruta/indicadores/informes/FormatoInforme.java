package co.gov.cartagena.ruta.indicadores.informes;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import java.util.Locale;

/**
 * Los formatos del informe de avance: Excel (.xlsx), PDF y los valores en CSV (UTF-8 con BOM, separado por punto y
 * coma y con coma decimal, como lo abre Excel en español).
 */
public enum FormatoInforme {

    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Excel"),
    PDF("pdf", "application/pdf", "PDF"),
    CSV("csv", "text/csv; charset=UTF-8", "CSV");

    private final String extension;
    private final String tipoContenido;
    private final String nombre;

    FormatoInforme(String extension, String tipoContenido, String nombre) {
        this.extension = extension;
        this.tipoContenido = tipoContenido;
        this.nombre = nombre;
    }

    /** El formato de un parámetro {@code formato} (xlsx, pdf o csv, sin importar mayúsculas). */
    public static FormatoInforme leer(String texto) {
        if (texto == null || texto.isBlank()) {
            throw new ReglaIncumplida("formato", Texto.de("indicadores.faltaFormatoInformeXlsx"));
        }
        String limpio = texto.strip().toLowerCase(Locale.ROOT);
        for (FormatoInforme f : values()) {
            if (f.extension.equals(limpio)) {
                return f;
            }
        }
        throw new ReglaIncumplida("formato", Texto.de("indicadores.formatoNoExisteUse", texto.strip()));
    }

    /** El informe escrito en este formato. */
    byte[] escribir(Informe informe) {
        return switch (this) {
            case XLSX -> InformeExcel.escribir(informe);
            case PDF -> InformePdf.escribir(informe);
            case CSV -> InformeCsv.escribir(informe);
        };
    }

    public String extension() {
        return extension;
    }

    /** El {@code Content-Type} de la descarga. */
    public String tipoContenido() {
        return tipoContenido;
    }

    /** Cómo se llama para las personas (y en la auditoría). */
    public String nombre() {
        return nombre;
    }
}
