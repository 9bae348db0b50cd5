package co.gov.cartagena.ruta.web.importacion;

import co.gov.cartagena.ruta.importacion.LoteImportacion;
import co.gov.cartagena.ruta.importacion.ServicioImportacion;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private List<LoteImportacion> lotes = List.of();
    private final Map<Long, String> motivos = new HashMap<>();

    /** Al abrir la página: 403 a quien no coordina ninguna sede. */
    public void cargar() {
        if (servicio.sedesParaImportar().isEmpty()) {
            Descarga.prohibir();
            return;
        }
        lotes = servicio.lotes(CUANTOS);
    }

    public void anular(Long id) {
        try {
            servicio.anular(id, motivos.get(id));
            Mensajes.info(Mensajes.formato("importacion.loteAnulado", "{0}", id));
            motivos.remove(id);
            lotes = servicio.lotes(CUANTOS);
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
        return Mensajes.nombreRuta(l.getRuta());
    }

    public List<LoteImportacion> getLotes() {
        return lotes;
    }

    public Map<Long, String> getMotivos() {
        return motivos;
    }
}
