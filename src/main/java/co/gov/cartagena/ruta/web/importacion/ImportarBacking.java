package co.gov.cartagena.ruta.web.importacion;

import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.importacion.Candidato;
import co.gov.cartagena.ruta.importacion.EstadoFila;
import co.gov.cartagena.ruta.importacion.ResultadoImportacion;
import co.gov.cartagena.ruta.importacion.Revision;
import co.gov.cartagena.ruta.importacion.RevisionDeFila;
import co.gov.cartagena.ruta.importacion.ServicioImportacion;
import co.gov.cartagena.ruta.importacion.ServicioImportacionActividades;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code app/importacion/importar.xhtml}: la coordinación elige ruta y sede, descarga la plantilla, sube el archivo,
 * ve la revisión fila por fila (sin que nada se escriba), decide por cada persona parecida si es la misma o una nueva
 * e importa; después ve el resultado y puede descargar las filas que fallaron. El archivo queda en el servidor entre
 * la revisión y la importación; la vista (que viaja con la sesión replicada) guarda solo su id.
 */
@Named("importar")
@ViewScoped
public class ImportarBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    /** Como la API: un archivo de 100.000 filas cabe holgado. */
    private static final long MAXIMO_BYTES = 60L * 1024 * 1024;
    static final String NUEVA = "nueva";
    /** La opción de «qué se importa» que no es una ruta: las actividades colectivas. */
    static final String ACTIVIDADES = "ACTIVIDADES";

    @Inject
    ServicioImportacion servicio;

    @Inject
    ServicioImportacionActividades actividades;

    private List<SelectItem> sedes = List.of();
    /** Qué se importa: el nombre de una ruta o {@link #ACTIVIDADES}. */
    private String que;
    private String sede;
    private transient Part archivo;
    /** El archivo subido, guardado en el servidor (ArchivosSubidos): la vista guarda su id, no su contenido. */
    private Long archivoSubido;
    private String nombreArchivo;
    private Revision revision;
    private final Map<Integer, String> decisiones = new HashMap<>();
    private ResultadoImportacion resultado;

    /** Al abrir la página: 403 a quien no coordina ninguna sede. */
    public void cargar() {
        List<Sede> mias = servicio.sedesParaImportar();
        if (mias.isEmpty()) {
            Descarga.prohibir();
            return;
        }
        sedes = mias.stream().map(s -> new SelectItem(s.getCodigo(), s.getNombre())).toList();
        if (sede == null) {
            sede = mias.get(0).getCodigo();
        }
    }

    public void descargarPlantilla(String formato) {
        try {
            exigirRuta();
            boolean csv = "csv".equals(formato);
            byte[] plantilla = deActividades() ? (csv ? actividades.plantillaCsv() : actividades.plantillaExcel())
                    : csv ? servicio.plantillaCsv(getRuta()) : servicio.plantillaExcel(getRuta());
            Descarga.enviar(plantilla, csv ? Descarga.CSV : Descarga.XLSX, "plantilla-"
                    + que.toLowerCase(Locale.ROOT).replace('_', '-') + (csv ? ".csv" : ".xlsx"));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e, "subir")) {
                throw e;
            }
        }
    }

    /** Lee el archivo y lo revisa sin escribir nada. */
    public void revisar() {
        try {
            exigirRuta();
            if (archivo == null || archivo.getSize() == 0) {
                Mensajes.enCampo("subir:archivo", Mensajes.texto("importacion.elijaArchivo", "Elija el archivo."));
                return;
            }
            if (archivo.getSize() > MAXIMO_BYTES) {
                Mensajes.enCampo("subir:archivo", Mensajes.texto("importacion.archivoGrande", "El archivo es muy grande."));
                return;
            }
            byte[] contenido;
            try (InputStream entrada = archivo.getInputStream()) {
                contenido = entrada.readAllBytes();
            }
            nombreArchivo = archivo.getSubmittedFileName();
            revision = null;
            archivoSubido = servicio.subir(deActividades() ? null : getRuta(), sede, nombreArchivo, contenido,
                    archivoSubido);
            revision = deActividades() ? actividades.revisarSubido(archivoSubido, sede)
                    : servicio.revisarSubido(archivoSubido, getRuta(), sede);
            decisiones.clear();
            resultado = null;
        } catch (IOException e) {
            Mensajes.enCampo("subir:archivo", Mensajes.texto("importacion.archivoIlegible", "No se pudo leer."));
        } catch (RuntimeException e) {
            revision = null;
            if (!Mensajes.deDominio(e, "subir")) {
                throw e;
            }
            descartarSubido();
        }
    }

    /** Importa las filas válidas y las decididas. */
    public void importarFilas() {
        try {
            Map<Integer, Long> elegidas = new HashMap<>();
            decisiones.forEach((fila, d) -> {
                if (d != null && !d.isBlank()) {
                    elegidas.put(fila, NUEVA.equals(d) ? ServicioImportacion.PERSONA_NUEVA : Long.valueOf(d));
                }
            });
            resultado = deActividades() ? actividades.importarSubido(archivoSubido, sede, elegidas)
                    : servicio.importarSubido(archivoSubido, getRuta(), sede, elegidas);
            revision = null;
            archivoSubido = null;
            Mensajes.info(resultado.nadaNuevo()
                    ? Mensajes.formato("importacion.nadaNuevo", "{0}", resultado.yaImportadas())
                    : Mensajes.formato("importacion.importado", "{0}", resultado.creadas(), resultado.lote()));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e, "revision")) {
                throw e;
            }
        }
    }

    /** Las filas con errores de la revisión, con la columna de motivos, para corregirlas. */
    public void descargarErroresDeRevision() {
        if (revision != null) {
            Descarga.enviar(ServicioImportacion.filasConError(revision), Descarga.CSV, "filas-con-error.csv");
        }
    }

    public void descargarErroresDelLote() {
        try {
            if (resultado != null && resultado.lote() != null) {
                Descarga.enviar(servicio.filasConError(resultado.lote()), Descarga.CSV,
                        "lote-" + resultado.lote() + "-filas-con-error.csv");
            }
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public void otraVez() {
        descartarSubido();
        revision = null;
        resultado = null;
        decisiones.clear();
    }

    /** El archivo que no se va a importar (se abandonó, o su revisión falló) no se queda en el servidor. */
    private void descartarSubido() {
        if (archivoSubido == null) {
            return;
        }
        try {
            servicio.abandonar(archivoSubido);
            archivoSubido = null;
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    private void exigirRuta() {
        if (!deActividades() && getRuta() == null) {
            throw co.gov.cartagena.ruta.comun.ReglaIncumplida.deLaPagina("ruta",
                    Mensajes.texto("importacion.elijaRuta", "Elija la ruta."));
        }
    }

    /** Las opciones de decisión de una fila por decidir: cada persona parecida o una nueva. */
    public List<SelectItem> opciones(RevisionDeFila f) {
        List<SelectItem> o = new ArrayList<>();
        for (Candidato c : f.candidatos()) {
            o.add(new SelectItem(String.valueOf(c.id()), Mensajes.formato("importacion.decision.misma",
                    "{0}", c.nombre(), c.documento(), c.id())));
        }
        o.add(new SelectItem(NUEVA, Mensajes.texto("importacion.decision.nueva", "Nueva")));
        return o;
    }

    /** Un mensaje de la revisión en el idioma de la vista (la API y el archivo de filas con error, en español). */
    public String enIdioma(Texto texto) {
        return texto == null ? "" : texto.en(Mensajes.idioma());
    }

    public String claseEstado(RevisionDeFila f) {
        return "imp-estado imp-" + f.estado().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String estado(RevisionDeFila f) {
        return Mensajes.texto("importacion.estado." + f.estado().name(), f.estado().name());
    }

    /** Las rutas y, al final, las actividades colectivas. */
    public List<SelectItem> getRutas() {
        List<SelectItem> o = new ArrayList<>(Arrays.stream(Ruta.values())
                .map(r -> new SelectItem(r.name(), Mensajes.nombreRuta(r))).toList());
        o.add(new SelectItem(ACTIVIDADES, Mensajes.texto("importacion.actividades", "Actividades colectivas")));
        return o;
    }

    public boolean deActividades() {
        return ACTIVIDADES.equals(que);
    }

    public boolean hayPorDecidir() {
        return revision != null && revision.porDecidir() > 0;
    }

    public boolean hayQueImportar() {
        return revision != null && revision.filas().stream()
                .anyMatch(f -> f.estado() == EstadoFila.VALIDA || f.estado() == EstadoFila.POR_DECIDIR);
    }

    public List<SelectItem> getSedes() {
        return sedes;
    }

    /** La ruta elegida; null si no se eligió o si se importan actividades. */
    public Ruta getRuta() {
        return que == null || deActividades() ? null
                : Arrays.stream(Ruta.values()).filter(r -> r.name().equals(que)).findFirst().orElse(null);
    }

    public String getQue() {
        return que;
    }

    public void setQue(String que) {
        this.que = que;
    }

    public String getSede() {
        return sede;
    }

    public void setSede(String sede) {
        this.sede = sede;
    }

    public Part getArchivo() {
        return archivo;
    }

    public void setArchivo(Part archivo) {
        this.archivo = archivo;
    }

    public Revision getRevision() {
        return revision;
    }

    public Map<Integer, String> getDecisiones() {
        return decisiones;
    }

    public ResultadoImportacion getResultado() {
        return resultado;
    }

    public String getNombreArchivo() {
        return nombreArchivo;
    }
}
