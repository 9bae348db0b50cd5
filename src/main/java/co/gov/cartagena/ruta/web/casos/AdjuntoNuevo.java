package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.adjuntos.Adjunto;
import co.gov.cartagena.ruta.adjuntos.TipoArchivo;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Formulario {@code adjuntar}: sube un archivo al caso con su descripción; también da los adjuntos que ya tiene. */
public class AdjuntoNuevo extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    /** El archivo de esta petición (no viaja con la vista). */
    private transient Part archivo;
    private String descripcion;
    /** Se leen una vez por vista (Faces llama los getters varias veces por página) y tras cada cambio. */
    private transient List<Adjunto> lista;

    AdjuntoNuevo(VerCasoBacking vista) {
        super(vista);
    }

    public void adjuntar() {
        if (archivo == null || archivo.getSize() == 0) {
            Mensajes.enCampo("adjuntar:archivo", Mensajes.texto("caso.adjunto.falta", "Seleccione el archivo que va a adjuntar."));
            return;
        }
        try (InputStream entrada = archivo.getInputStream()) {
            byte[] contenido = entrada.readNBytes(TipoArchivo.TAMANO_MAXIMO + 1);
            vista.adjuntos.adjuntarACaso(vista.id(), archivo.getSubmittedFileName(), contenido, descripcion);
            lista = null;
            Mensajes.infoEn("adjuntar", Mensajes.texto("caso.adjunto.listo", "Archivo adjuntado."));
            descripcion = null;
        } catch (IOException e) {
            Mensajes.enCampo("adjuntar:archivo", Mensajes.texto("caso.adjunto.ilegible", "No se pudo leer el archivo; intente de nuevo."));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e, "adjuntar")) {
                throw e;
            }
        }
    }

    /** Tras mostrar el caso otra vez, los adjuntos se vuelven a leer. */
    void olvidar() {
        lista = null;
    }

    public List<Adjunto> getLista() {
        if (lista == null) {
            lista = caso() == null ? List.of() : vista.adjuntos.deCaso(vista.id());
        }
        return lista;
    }

    public Part getArchivo() {
        return archivo;
    }

    public void setArchivo(Part archivo) {
        this.archivo = archivo;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public void setDescripcion(String descripcion) {
        this.descripcion = descripcion;
    }
}
