package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.indicadores.avance.EstadoAvance;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.avance.Medicion;
import co.gov.cartagena.ruta.indicadores.seguimiento.SeguimientoIndicador;
import co.gov.cartagena.ruta.web.Fechas;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Locale;

/** Una fila del árbol del tablero: la línea, un componente, un programa o un indicador con su medición ya escrita. */
public class FilaTablero implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Qué es la fila. */
    public enum Tipo {
        LINEA, COMPONENTE, PROGRAMA, INDICADOR
    }

    private final Tipo tipo;
    private final String nombre;
    private String codigo;
    private String fuente;
    private String tipoMeta;
    private String unidad;
    private String lineaBase;
    private String meta;
    private boolean metaAnual;
    private String valor;
    private String fechaValor;
    private String fraccion;
    private String avance;
    private Integer barra;
    private String esperado;
    private String semaforo;
    private String estado;

    private FilaTablero(Tipo tipo, String nombre) {
        this.tipo = tipo;
        this.nombre = nombre;
    }

    static FilaTablero grupo(Tipo tipo, String nombre) {
        return new FilaTablero(tipo, nombre);
    }

    static FilaTablero de(SeguimientoIndicador s, Locale idioma) {
        Indicador i = s.indicador();
        Medicion m = s.medicion();
        FilaTablero f = new FilaTablero(Tipo.INDICADOR, i.getNombre());
        f.codigo = i.getCodigoTexto();
        f.fuente = Pagina.fuente(i.getFuente(), idioma);
        f.tipoMeta = Pagina.tipoMeta(i.getTipoMeta(), idioma);
        f.unidad = i.getUnidad();
        f.lineaBase = Pagina.numero(i.getLineaBase(), idioma);
        f.meta = Pagina.numero(m.meta(), idioma);
        f.metaAnual = m.metaAnual();
        if (m.valor() != null) {
            f.valor = Pagina.numero(m.valor().valor(), idioma);
            f.fechaValor = Fechas.formatear(m.valor().fechaCorte());
            if (m.valor().numerador() != null) {
                f.fraccion = Pagina.numero(m.valor().numerador(), idioma) + " / "
                        + Pagina.numero(m.valor().denominador(), idioma);
            }
        }
        BigDecimal razon = m.avance().getRazon();
        f.avance = Pagina.porcentaje(razon, idioma);
        f.barra = razon == null ? null
                : razon.multiply(BigDecimal.valueOf(100)).max(BigDecimal.ZERO).min(BigDecimal.valueOf(100)).intValue();
        f.esperado = Pagina.porcentaje(m.esperado(), idioma);
        f.semaforo = m.semaforo().name();
        f.estado = m.avance().getEstado() == EstadoAvance.CALCULADO ? null : m.avance().getEstado().name();
        return f;
    }

    public boolean isIndicador() {
        return tipo == Tipo.INDICADOR;
    }

    public Tipo getTipo() {
        return tipo;
    }

    public String getNombre() {
        return nombre;
    }

    public String getCodigo() {
        return codigo;
    }

    public String getFuente() {
        return fuente;
    }

    public String getTipoMeta() {
        return tipoMeta;
    }

    public String getUnidad() {
        return unidad;
    }

    /** {@code null} si el plan no trae línea base. */
    public String getLineaBase() {
        return lineaBase;
    }

    public String getMeta() {
        return meta;
    }

    public boolean isMetaAnual() {
        return metaAnual;
    }

    /** {@code null} si no hay valor a la fecha de corte. */
    public String getValor() {
        return valor;
    }

    public String getFechaValor() {
        return fechaValor;
    }

    /** «numerador / denominador» cuando el valor es una proporción que los trae; {@code null} si no. */
    public String getFraccion() {
        return fraccion;
    }

    /** El avance sin recortar, p. ej. «112,5 %»; {@code null} si no se calcula. */
    public String getAvance() {
        return avance;
    }

    /** El avance recortado a 0–100 para la barra; {@code null} si no se calcula. */
    public Integer getBarra() {
        return barra;
    }

    public String getEsperado() {
        return esperado;
    }

    public String getSemaforo() {
        return semaforo;
    }

    /** Clave del texto del semáforo. */
    public String getClaveSemaforo() {
        return "indicadores.semaforo." + semaforo;
    }

    /** Por qué no hay avance ({@code SIN_CALCULO}, {@code SIN_DATOS}…); {@code null} si se calculó. */
    public String getEstado() {
        return estado;
    }

    public String getClaveEstado() {
        return estado == null ? null : "indicadores.estado." + estado;
    }
}
