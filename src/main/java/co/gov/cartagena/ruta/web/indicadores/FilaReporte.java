package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.indicadores.reportes.ReporteIndicador;
import co.gov.cartagena.ruta.web.Fechas;
import java.io.Serializable;
import java.util.Locale;

/** Un reporte de valor en las tablas de pendientes y recientes, ya escrito para la página. */
public class FilaReporte implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String codigo;
    private final String indicador;
    private final String fechaCorte;
    private final String valor;
    private final String fraccion;
    private final String fuente;
    private final String evidencia;
    private final String origen;
    private final String estado;
    private final String reportadoPor;
    private final String reportadoEn;
    private final String decididoPor;
    private final String motivoRechazo;
    private final boolean propio;

    FilaReporte(ReporteIndicador r, String usuario, Locale idioma) {
        id = r.getId();
        codigo = r.getIndicador().getCodigoTexto();
        indicador = r.getIndicador().getNombre();
        fechaCorte = Fechas.formatear(r.getFechaCorte());
        valor = Pagina.numero(r.getValor(), idioma);
        fraccion = r.getNumerador() == null ? null
                : Pagina.numero(r.getNumerador(), idioma) + " / " + Pagina.numero(r.getDenominador(), idioma);
        fuente = r.getFuente();
        evidencia = r.getEvidencia();
        origen = r.getOrigen();
        estado = r.getEstado().name();
        reportadoPor = r.getReportadoPor();
        reportadoEn = Fechas.formatear(r.getReportadoEn());
        decididoPor = r.getDecididoPor();
        motivoRechazo = r.getMotivoRechazo();
        propio = r.getReportadoPor().equals(usuario);
    }

    public Long getId() {
        return id;
    }

    public String getCodigo() {
        return codigo;
    }

    public String getIndicador() {
        return indicador;
    }

    public String getFechaCorte() {
        return fechaCorte;
    }

    public String getValor() {
        return valor;
    }

    public String getFraccion() {
        return fraccion;
    }

    public String getFuente() {
        return fuente;
    }

    public String getEvidencia() {
        return evidencia;
    }

    public String getOrigen() {
        return origen;
    }

    public String getEstado() {
        return estado;
    }

    public String getClaveEstado() {
        return "indicadores.reportes.estado." + estado;
    }

    public String getReportadoPor() {
        return reportadoPor;
    }

    public String getReportadoEn() {
        return reportadoEn;
    }

    public String getDecididoPor() {
        return decididoPor;
    }

    public String getMotivoRechazo() {
        return motivoRechazo;
    }

    /** Si lo registró quien ve la página: no lo puede aprobar ni rechazar. */
    public boolean isPropio() {
        return propio;
    }
}
