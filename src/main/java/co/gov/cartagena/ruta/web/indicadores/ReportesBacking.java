package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.indicadores.reportes.ImportacionRechazada;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.reportes.NuevoReporte;
import co.gov.cartagena.ruta.indicadores.reportes.ReporteIndicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code app/indicadores/reportes.xhtml}: el coordinador reporta valores manuales y externos (o importa cifras
 * oficiales de un archivo CSV, o de su texto pegado); el supervisor aprueba o rechaza con motivo los pendientes que no
 * registró él.
 */
@Named("reportesIndicadores")
@ViewScoped
public class ReportesBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int RECIENTES = 50;
    private static final long MAX_CSV = 2L * 1024 * 1024;

    @Inject
    ServicioIndicadores servicio;

    @Inject
    UsuarioActual usuarioActual;

    private List<OpcionIndicador> reportables = List.of();
    private List<FilaReporte> pendientes = List.of();
    private List<FilaReporte> recientes = List.of();
    private final Map<Long, String> motivos = new HashMap<>();

    private String codigo;
    private LocalDate fechaCorte;
    private BigDecimal valor;
    private BigDecimal numerador;
    private BigDecimal denominador;
    private String fuente;
    private String evidencia;
    private transient Part archivoCsv;
    private String contenido;

    /** Al abrir la página (f:viewAction): 403 si el rol no ve indicadores. */
    public void cargar() {
        try {
            recargar();
        } catch (OperacionNoPermitida e) {
            Pagina.prohibir();
        }
    }

    private void recargar() {
        Locale idioma = Pagina.idioma();
        String yo = usuarioActual.get().map(Usuario::getUsuario).orElse("");
        reportables = servicio.catalogo().stream().filter(Indicador::seReporta).map(i -> new OpcionIndicador(i, idioma)).toList();
        pendientes = servicio.pendientes().stream().map(r -> new FilaReporte(r, yo, idioma)).toList();
        recientes = servicio.recientes(RECIENTES).stream().map(r -> new FilaReporte(r, yo, idioma)).toList();
    }

    public void reportar() {
        try {
            ReporteIndicador r = servicio.reportar(codigo, new NuevoReporte(fechaCorte, valor, numerador, denominador,
                    fuente, evidencia));
            Pagina.informar("indicadores.reportes.enviado", r.getId());
            valor = null;
            numerador = null;
            denominador = null;
            evidencia = null;
            recargar();
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    /** Importa el archivo elegido o, si no se eligió ninguno, el texto pegado. */
    public void importar() {
        try {
            String nombre = null;
            String texto = contenido;
            if (archivoCsv != null && archivoCsv.getSize() > 0) {
                if (archivoCsv.getSize() > MAX_CSV) {
                    Mensajes.error(Pagina.texto("indicadores.reportes.archivoGrande"));
                    return;
                }
                nombre = archivoCsv.getSubmittedFileName();
                try (InputStream entrada = archivoCsv.getInputStream()) {
                    texto = new String(entrada.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            int cuantos = servicio.importarExternos(nombre, texto).size();
            Pagina.informar("indicadores.reportes.importado", cuantos);
            contenido = null;
            recargar();
        } catch (IOException e) {
            Mensajes.error(Pagina.texto("indicadores.reportes.archivoIlegible"));
        } catch (ImportacionRechazada e) {
            Mensajes.error(Pagina.texto("indicadores.reportes.importacionRechazada"));
            e.errores(Mensajes.idioma()).forEach(Mensajes::error);
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public void aprobar(Long id) {
        try {
            servicio.aprobar(id);
            Pagina.informar("indicadores.reportes.aprobado", id);
            recargar();
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public void rechazar(Long id) {
        try {
            servicio.rechazar(id, motivos.get(id));
            Pagina.informar("indicadores.reportes.rechazado", id);
            motivos.remove(id);
            recargar();
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public boolean isReporta() {
        return tiene(Rol.COORDINADOR);
    }

    public boolean isAprueba() {
        return tiene(Rol.SUPERVISOR);
    }

    private boolean tiene(Rol rol) {
        return usuarioActual.get().map(u -> u.tiene(rol)).orElse(false);
    }

    public List<OpcionIndicador> getReportables() {
        return reportables;
    }

    public List<FilaReporte> getPendientes() {
        return pendientes;
    }

    public List<FilaReporte> getRecientes() {
        return recientes;
    }

    /** El motivo de rechazo que se escribe en cada fila pendiente, por número de reporte. */
    public Map<Long, String> getMotivos() {
        return motivos;
    }

    public String getCodigo() {
        return codigo;
    }

    public void setCodigo(String codigo) {
        this.codigo = codigo;
    }

    public LocalDate getFechaCorte() {
        return fechaCorte;
    }

    public void setFechaCorte(LocalDate fechaCorte) {
        this.fechaCorte = fechaCorte;
    }

    public BigDecimal getValor() {
        return valor;
    }

    public void setValor(BigDecimal valor) {
        this.valor = valor;
    }

    public BigDecimal getNumerador() {
        return numerador;
    }

    public void setNumerador(BigDecimal numerador) {
        this.numerador = numerador;
    }

    public BigDecimal getDenominador() {
        return denominador;
    }

    public void setDenominador(BigDecimal denominador) {
        this.denominador = denominador;
    }

    public String getFuente() {
        return fuente;
    }

    public void setFuente(String fuente) {
        this.fuente = fuente;
    }

    public String getEvidencia() {
        return evidencia;
    }

    public void setEvidencia(String evidencia) {
        this.evidencia = evidencia;
    }

    public Part getArchivoCsv() {
        return archivoCsv;
    }

    public void setArchivoCsv(Part archivoCsv) {
        this.archivoCsv = archivoCsv;
    }

    public String getContenido() {
        return contenido;
    }

    public void setContenido(String contenido) {
        this.contenido = contenido;
    }
}
