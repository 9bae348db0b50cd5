package co.gov.cartagena.ruta.web.importacion;

import co.gov.cartagena.ruta.importacion.LoteImportacion;
import co.gov.cartagena.ruta.importacion.ServicioImportacion;
import co.gov.cartagena.ruta.web.Mensajes;
import co.gov.cartagena.ruta.web.Releida;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code app/importacion/lotes.xhtml}: el historial de lotes de las sedes que coordina el usuario, con sus cifras, la
 * descarga de las filas que fallaron y la anulación de un lote con motivo.
 */
@Named("lotesImportacion")
@ViewScoped
public class LotesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int CUANTOS = 200;

    @Inject
    ServicioImportacion servicio;

    /** Entidades: no viajan con la sesión replicada; en otra instancia se vuelven a leer (ver {@link Releida}). */
    private final Releida<List<LoteImportacion>> lotes = new Releida<>();
    private final Map<Long, String> motivos = new HashMap<>();

    /** Al abrir la página: 403 a quien no coordina ninguna sede. */
    public void cargar() {
        if (servicio.sedesParaImportar().isEmpty()) {
            Descarga.prohibir();
            return;
        }
        lotes.poner(servicio.lotes(CUANTOS));
    }

    public void anular(Long id) {
        try {
            servicio.anular(id, motivos.get(id));
            Mensajes.info(Mensajes.formato("importacion.loteAnulado", "{0}", id));
            motivos.remove(id);
            lotes.poner(servicio.lotes(CUANTOS));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e, "lotes")) {
                throw e;
            }
        }
    }

    public void descargarErrores(Long id) {
        try {
            Descarga.enviar(servicio.filasConError(id), Descarga.CSV, "lote-" + id + "-filas-con-error.csv");
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public String estado(LoteImportacion l) {
        return Mensajes.texto("importacion.lote.estado." + l.getEstado().name(), l.getEstado().name());
    }

    public String ruta(LoteImportacion l) {
        return l.isDeActividades() ? Mensajes.texto("importacion.actividades", "Actividades colectivas")
                : Mensajes.nombreRuta(l.getRuta());
    }

    public List<LoteImportacion> getLotes() {
        return Objects.requireNonNullElse(lotes.get(() -> servicio.lotes(CUANTOS)), List.of());
    }

    public Map<Long, String> getMotivos() {
        return motivos;
    }
}
