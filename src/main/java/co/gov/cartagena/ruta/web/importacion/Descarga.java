package co.gov.cartagena.ruta.web.importacion;

import co.gov.cartagena.ruta.adjuntos.TipoArchivo;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Entrega un archivo como respuesta de la página (plantillas y filas con error), con las cabeceras de siempre. */
final class Descarga {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String CSV = "text/csv; charset=UTF-8";

    private Descarga() {
    }

    static void enviar(byte[] contenido, String tipo, String nombre) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext externo = faces.getExternalContext();
        try {
            externo.responseReset();
            externo.setResponseContentType(tipo);
            externo.setResponseContentLength(contenido.length);
            externo.setResponseHeader("Content-Disposition", TipoArchivo.disposicion(nombre));
            externo.setResponseHeader("X-Content-Type-Options", "nosniff");
            externo.setResponseHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            externo.setResponseHeader("Cache-Control", "no-store");
            externo.getResponseOutputStream().write(contenido);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** 403 sin detalle, antes de pintar la página. */
    static void prohibir() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }
}
