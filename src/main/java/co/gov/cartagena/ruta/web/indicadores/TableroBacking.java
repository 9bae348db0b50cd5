package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.adjuntos.TipoArchivo;
import co.gov.cartagena.ruta.indicadores.informes.ArchivoInforme;
import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.informes.FormatoInforme;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.SeguimientoIndicador;
import co.gov.cartagena.ruta.indicadores.informes.InformeDeAvance;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import co.gov.cartagena.ruta.sedes.FiltroSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.sedes.SedeALaFecha;
import co.gov.cartagena.ruta.sedes.ServicioSedes;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;

/**
 * {@code app/indicadores/tablero.xhtml}: el árbol línea → componente → programa → indicador con línea base, meta,
 * valor, avance y semáforo, filtrado por año, fecha de corte y sede. Admite
 * {@code ?anio=2025&corte=2025-06-30&sede=CJ-CANAPOTE}. Descarga el informe de avance (Excel, PDF, CSV) con los
 * filtros que se están viendo.
 */
@Named("tablero")
@ViewScoped
public class TableroBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock reloj;

    @Inject
    ServicioIndicadores servicio;

    @Inject
    InformeDeAvance informes;

    @Inject
    ServicioSedes servicioSedes;

    private Integer anio;
    private LocalDate corte;
    private String sede;
    /** Los filtros con los que se armó lo que se ve: los que usa la descarga. */
    private Integer anioVisto;
    private LocalDate corteVisto;
    private String sedeVista;
    private List<SelectItem> sedes;
    private LocalDate corteEfectivo;
    private DefaultTreeNode<FilaTablero> raiz;
    private int cuantos;

    /** Al abrir la página (f:viewAction): lee el año y el corte de la dirección y arma el árbol; 403 si no puede verlo. */
    public void cargar() {
        try {
            anio = parametroAnio();
            corte = parametroCorte();
            sede = parametroSede();
            armar();
        } catch (OperacionNoPermitida e) {
            Pagina.prohibir();
        } catch (ReglaIncumplida e) {
            anio = null;
            corte = null;
            sede = null;
            Mensajes.error(Mensajes.delDominio(e));
            armar();
        }
    }

    /** Vuelve a calcular con el año y la fecha de corte del formulario. */
    public void filtrar() {
        try {
            armar();
        } catch (ReglaIncumplida e) {
            Mensajes.error(Mensajes.delDominio(e));
        }
    }

    /**
     * Descarga el informe de avance en ese formato (xlsx, pdf, csv) con los filtros de lo que se está viendo (no los
     * que se cambiaron en el formulario sin aplicarlos). Si no se puede, un mensaje y la página sigue igual.
     */
    public void descargar(String formato) {
        FacesContext faces = Pagina.faces();
        try {
            ArchivoInforme archivo = informes.exportar(FormatoInforme.leer(formato), anioVisto, corteVisto, sedeVista);
            ExternalContext externo = faces.getExternalContext();
            externo.responseReset();
            externo.setResponseContentType(archivo.tipoContenido());
            externo.setResponseContentLength(archivo.contenido().length);
            externo.setResponseHeader("Content-Disposition", TipoArchivo.disposicion(archivo.nombre()));
            externo.setResponseHeader("X-Content-Type-Options", "nosniff");
            externo.setResponseHeader("Content-Security-Policy", "default-src 'none'; sandbox");
            externo.setResponseHeader("Cache-Control", "no-store");
            externo.getResponseOutputStream().write(archivo.contenido());
            faces.responseComplete();
        } catch (ReglaIncumplida | OperacionNoPermitida e) {
            Mensajes.error(Mensajes.delDominio(e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void armar() {
        Locale idioma = Pagina.idioma();
        List<SeguimientoIndicador> medidos = servicio.tablero(anio, corte, vacioANulo(sede));
        corteEfectivo = ServicioIndicadores.corte(anio, corte, LocalDate.now(reloj));
        anioVisto = anio;
        corteVisto = corte;
        sedeVista = vacioANulo(sede);
        cuantos = medidos.size();
        raiz = new DefaultTreeNode<>(FilaTablero.grupo(FilaTablero.Tipo.LINEA, ""), null);
        Map<Long, TreeNode<FilaTablero>> lineas = new LinkedHashMap<>();
        Map<Long, TreeNode<FilaTablero>> componentes = new LinkedHashMap<>();
        Map<Long, TreeNode<FilaTablero>> programas = new LinkedHashMap<>();
        for (SeguimientoIndicador s : medidos) {
            Indicador i = s.indicador();
            TreeNode<FilaTablero> linea = lineas.computeIfAbsent(i.getComponente().getLinea().getId(),
                    k -> nodo(FilaTablero.grupo(FilaTablero.Tipo.LINEA, i.getComponente().getLinea().getNombre()),
                            raiz));
            TreeNode<FilaTablero> componente = componentes.computeIfAbsent(i.getComponente().getId(),
                    k -> nodo(FilaTablero.grupo(FilaTablero.Tipo.COMPONENTE, i.getComponente().getNombre()), linea));
            TreeNode<FilaTablero> padre = i.getPrograma() == null ? componente
                    : programas.computeIfAbsent(i.getPrograma().getId(),
                            k -> nodo(FilaTablero.grupo(FilaTablero.Tipo.PROGRAMA, i.getPrograma().getNombre()),
                                    componente));
            nodo(FilaTablero.de(s, idioma), padre);
        }
    }

    private static TreeNode<FilaTablero> nodo(FilaTablero fila, TreeNode<FilaTablero> padre) {
        TreeNode<FilaTablero> n = new DefaultTreeNode<>(fila.getTipo().name(), fila, padre);
        n.setExpanded(true);
        return n;
    }

    private static Integer parametroAnio() {
        String texto = Pagina.parametro("anio");
        if (texto == null || texto.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(texto.trim());
        } catch (NumberFormatException e) {
            throw ReglaIncumplida.deLaPagina("anio", Pagina.texto("indicadores.anioDelPlan"));
        }
    }

    private static LocalDate parametroCorte() {
        String texto = Pagina.parametro("corte");
        if (texto == null || texto.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(texto.trim());
        } catch (DateTimeParseException e) {
            return Fechas.leer(texto)
                    .orElseThrow(() -> ReglaIncumplida.deLaPagina("corte", Pagina.texto("indicadores.corteInvalido")));
        }
    }

    private static String parametroSede() {
        return vacioANulo(Pagina.parametro("sede"));
    }

    private static String vacioANulo(String texto) {
        return texto == null || texto.isBlank() ? null : texto.strip();
    }

    /** Las sedes del registro para el filtro, por nombre (la opción vacía es «Todas las sedes»). */
    public List<SelectItem> getSedes() {
        if (sedes == null) {
            sedes = servicioSedes.listar(new FiltroSedes(null, null, null)).stream().map(SedeALaFecha::getSede)
                    .sorted(Comparator.comparing(Sede::getNombre, String.CASE_INSENSITIVE_ORDER))
                    .map(s -> new SelectItem(s.getCodigo(), s.getNombre())).collect(Collectors.toList());
        }
        return sedes;
    }

    /** El nombre de la sede de lo que se ve; {@code null} si son todas. */
    public String getSedeVistaNombre() {
        if (sedeVista == null) {
            return null;
        }
        return getSedes().stream().filter(o -> sedeVista.equals(o.getValue())).map(SelectItem::getLabel)
                .findFirst().orElse(sedeVista);
    }

    /** Los años del plan para el filtro (el vacío es el cuatrienio). */
    public List<Integer> getAnios() {
        return IntStream.rangeClosed(Cuatrienio.PRIMER_ANIO, Cuatrienio.ULTIMO_ANIO).boxed()
                .collect(Collectors.toList());
    }

    public Integer getAnio() {
        return anio;
    }

    public void setAnio(Integer anio) {
        this.anio = anio;
    }

    public String getSede() {
        return sede;
    }

    public void setSede(String sede) {
        this.sede = sede;
    }

    public LocalDate getCorte() {
        return corte;
    }

    public void setCorte(LocalDate corte) {
        this.corte = corte;
    }

    /** La fecha a la que están los valores (la del filtro o, sin ella, hoy). */
    /** El año aplicado (para el enlace a la página de cada indicador). */
    public Integer getAnioVisto() {
        return anioVisto;
    }

    /** La fecha de corte aplicada, aaaa-mm-dd (para el enlace a la página de cada indicador). */
    public String getCorteVistoIso() {
        return corteVisto == null ? null : corteVisto.toString();
    }

    public String getSedeVista() {
        return sedeVista;
    }

    public LocalDate getCorteEfectivo() {
        return corteEfectivo;
    }

    public String getCorteTexto() {
        return corteEfectivo == null ? "" : Fechas.formatear(corteEfectivo);
    }

    public TreeNode<FilaTablero> getRaiz() {
        return raiz;
    }

    public int getCuantos() {
        return cuantos;
    }

    public boolean isCuatrienio() {
        return Objects.isNull(anio);
    }
}
