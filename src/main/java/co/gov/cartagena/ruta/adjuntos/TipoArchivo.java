package co.gov.cartagena.ruta.adjuntos;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Los tipos de archivo que se aceptan, reconocidos por sus primeros bytes (no por el nombre ni por lo que declare
 * el navegador). Un HTML, un SVG o un ejecutable con extensión .pdf se rechaza.
 */
public enum TipoArchivo {
    PDF("application/pdf", ".pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", ".jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", ".png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});

    public static final int TAMANO_MAXIMO = 10 * 1024 * 1024;

    private final String mime;
    private final String extension;
    private final byte[] firma;

    TipoArchivo(String mime, String extension, byte[] firma) {
        this.mime = mime;
        this.extension = extension;
        this.firma = firma;
    }

    public String mime() {
        return mime;
    }

    /** Reconoce el tipo por el contenido; rechaza vacíos, demasiado grandes y tipos no permitidos. */
    public static TipoArchivo reconocer(String nombre, byte[] contenido) {
        ReglaIncumplida.exigir(contenido != null && contenido.length > 0, "archivo", Texto.de("adjuntos.archivoVacio"));
        ReglaIncumplida.exigir(contenido.length <= TAMANO_MAXIMO, "archivo",
                Texto.de("adjuntos.archivoPasa10Mb"));
        for (TipoArchivo t : values()) {
            if (contenido.length >= t.firma.length
                    && Arrays.equals(Arrays.copyOf(contenido, t.firma.length), t.firma)) {
                String n = nombre == null ? "" : nombre.toLowerCase(Locale.ROOT);
                boolean extensionCoherente = n.endsWith(t.extension) || (t == JPEG && n.endsWith(".jpeg"));
                ReglaIncumplida.exigir(extensionCoherente, "archivo",
                        Texto.de("adjuntos.nombreArchivoNoCorresponde", t.extension));
                return t;
            }
        }
        throw new ReglaIncumplida("archivo", Texto.de("adjuntos.soloAceptanPdfJpg"));
    }

    /** Un nombre de archivo seguro para guardar y para la cabecera de descarga. */
    public static String nombreSeguro(String nombre) {
        String base = nombre == null ? "" : nombre.replaceAll("^.*[\\\\/]", "");
        base = base.replaceAll("[^\\p{L}\\p{N}._ -]", "_").trim();
        if (base.isEmpty() || base.startsWith(".")) {
            base = "archivo" + base;
        }
        return base.length() > 150 ? base.substring(base.length() - 150) : base;
    }

    /**
     * La cabecera {@code Content-Disposition} de una descarga: siempre como archivo adjunto, con el nombre en ASCII
     * para los navegadores viejos y completo en UTF-8 ({@code filename*}). La usan la página, la API y los informes.
     */
    public static String disposicion(String nombre) {
        String ascii = nombre.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(nombre, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
