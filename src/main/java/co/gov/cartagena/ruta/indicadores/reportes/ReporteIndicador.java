package co.gov.cartagena.ruta.indicadores.reportes;

import co.gov.cartagena.ruta.indicadores.catalogo.Cifras;
import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.FuenteIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import static co.gov.cartagena.ruta.comun.FormatoFecha.FECHA;

import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Un valor reportado para un indicador de fuente manual o externo. Nace pendiente; cuenta para el indicador solo si
 * un supervisor, distinto de quien reportó, lo aprueba. Un rechazo lleva su motivo. Las decisiones no se cambian:
 * una corrección es un reporte nuevo (a igual fecha de corte manda la aprobación más reciente).
 */
@Entity
@Table(name = "reporte_indicador")
// Para el tablero: las cifras aprobadas sin cargar las entidades (ni el indicador y su jerarquía).
@NamedQuery(name = "ReporteIndicador.valoresAprobados",
        query = "SELECT r.indicador.id, r.valor, r.numerador, r.denominador, r.fechaCorte, r.fuente"
                + " FROM ReporteIndicador r WHERE r.estado = :estado"
                + " ORDER BY r.fechaCorte DESC, r.decididoEn DESC, r.id DESC")
@NamedQuery(name = "ReporteIndicador.porEstado",
        query = "SELECT r FROM ReporteIndicador r WHERE r.estado = :estado ORDER BY r.reportadoEn, r.id")
@NamedQuery(name = "ReporteIndicador.deIndicador",
        query = "SELECT r FROM ReporteIndicador r WHERE r.indicador = :indicador ORDER BY r.fechaCorte DESC, r.id DESC")
@NamedQuery(name = "ReporteIndicador.recientes",
        query = "SELECT r FROM ReporteIndicador r ORDER BY r.reportadoEn DESC, r.id DESC")
@NamedQuery(name = "ReporteIndicador.pendientesEnFecha",
        query = "SELECT COUNT(r) FROM ReporteIndicador r WHERE r.indicador = :indicador AND r.fechaCorte = :fecha"
                + " AND r.estado = :estado")
public class ReporteIndicador {

    static final int MAX_FUENTE = 500;
    static final int MAX_EVIDENCIA = 4000;
    static final int MAX_MOTIVO = 1000;
    private static final BigDecimal TOLERANCIA = new BigDecimal("0.01");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicador_id", nullable = false, updatable = false)
    private Indicador indicador;

    @Column(name = "fecha_corte", nullable = false, updatable = false)
    private LocalDate fechaCorte;

    @Column(nullable = false, updatable = false, precision = 18, scale = 4)
    private BigDecimal valor;

    @Column(updatable = false, precision = 18, scale = 4)
    private BigDecimal numerador;

    @Column(updatable = false, precision = 18, scale = 4)
    private BigDecimal denominador;

    @Column(nullable = false, updatable = false, length = MAX_FUENTE)
    private String fuente;

    @Column(updatable = false, columnDefinition = "TEXT")
    private String evidencia;

    @Column(updatable = false, length = 300)
    private String origen;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private EstadoReporte estado;

    @Column(name = "motivo_rechazo", length = MAX_MOTIVO)
    private String motivoRechazo;

    @Column(name = "reportado_por", nullable = false, updatable = false, length = 100)
    private String reportadoPor;

    @Column(name = "reportado_en", nullable = false, updatable = false)
    private Instant reportadoEn;

    @Column(name = "decidido_por", length = 100)
    private String decididoPor;

    @Column(name = "decidido_en")
    private Instant decididoEn;

    @Version
    private int version;

    protected ReporteIndicador() {
        // para JPA
    }

    /**
     * Un reporte pendiente, validado contra las reglas del indicador.
     *
     * @param origen de dónde vino, p. ej. el archivo y la línea de una importación; {@code null} si es del formulario
     * @param hoy    la fecha de hoy (hora de Colombia): no se reportan fechas de corte futuras
     * @throws ReglaIncumplida con el campo que falla
     */
    public ReporteIndicador(Indicador indicador, NuevoReporte datos, String quien, String origen, LocalDate hoy) {
        this.indicador = Objects.requireNonNull(indicador);
        if (!indicador.seReporta()) {
            throw new ReglaIncumplida("codigo",
                    Texto.de("indicadores.indicadorFuenteRutaCalcula", indicador, indicador.getFuente().codigo()));
        }
        this.fechaCorte = validarFecha(datos.fechaCorte(), hoy);
        BigDecimal[] fraccion = validarFraccion(indicador, datos.numerador(), datos.denominador());
        this.numerador = fraccion[0];
        this.denominador = fraccion[1];
        this.valor = validarValor(indicador, datos.valor(), numerador, denominador);
        this.fuente = texto("fuente", datos.fuente(), MAX_FUENTE, true,
                indicador.getFuente() == FuenteIndicador.EXTERNO
                        ? Texto.de("indicadores.escribaLaFuenteOficial")
                        : Texto.de("indicadores.escribaElSoporte"));
        this.evidencia = texto("evidencia", datos.evidencia(), MAX_EVIDENCIA,
                indicador.getFuente() == FuenteIndicador.MANUAL, Texto.de("indicadores.describaLaEvidencia"));
        this.origen = origen;
        this.estado = EstadoReporte.PENDIENTE;
        this.reportadoPor = Objects.requireNonNull(quien);
        this.reportadoEn = Instant.now();
    }

    /** Lo aprueba un supervisor distinto de quien reportó: desde ahora cuenta para el indicador. */
    public void aprobar(String quien) {
        decidir(quien);
        estado = EstadoReporte.APROBADO;
    }

    /** Lo rechaza un supervisor distinto de quien reportó, con un motivo que ve quien reportó. */
    public void rechazar(String quien, String motivo) {
        String limpio = texto("motivo", motivo, MAX_MOTIVO, true, Texto.de("indicadores.escribaElMotivoDelRechazo"));
        decidir(quien);
        estado = EstadoReporte.RECHAZADO;
        motivoRechazo = limpio;
    }

    private void decidir(String quien) {
        if (estado != EstadoReporte.PENDIENTE) {
            throw new ReglaIncumplida("estado", estado == EstadoReporte.APROBADO
                    ? Texto.de("indicadores.reporteYaAprobado", id) : Texto.de("indicadores.reporteYaRechazado", id));
        }
        if (Objects.requireNonNull(quien).equals(reportadoPor)) {
            throw new OperacionNoPermitida(Texto.de("indicadores.ustedRegistroReporteDebe"));
        }
        decididoPor = quien;
        decididoEn = Instant.now();
    }

    private static LocalDate validarFecha(LocalDate fecha, LocalDate hoy) {
        if (fecha == null) {
            throw new ReglaIncumplida("fechaCorte", Texto.de("indicadores.escribaFechaCorte"));
        }
        if (fecha.isBefore(Cuatrienio.INICIO) || fecha.isAfter(Cuatrienio.FIN)) {
            throw new ReglaIncumplida("fechaCorte", Texto.de("indicadores.fechaCorteEnElCuatrienio",
                    FECHA.format(Cuatrienio.INICIO), FECHA.format(Cuatrienio.FIN)));
        }
        if (fecha.isAfter(hoy)) {
            throw new ReglaIncumplida("fechaCorte", Texto.de("indicadores.fechaCorteFutura", FECHA.format(fecha)));
        }
        return fecha;
    }

    private static BigDecimal[] validarFraccion(Indicador indicador, BigDecimal numerador, BigDecimal denominador) {
        if (numerador == null && denominador == null) {
            return new BigDecimal[2];
        }
        if (numerador == null || denominador == null) {
            throw new ReglaIncumplida(numerador == null ? "numerador" : "denominador",
                    Texto.de("indicadores.numeradorDenominadorVanJuntos"));
        }
        if (!indicador.esProporcion()) {
            throw new ReglaIncumplida("numerador", Texto.de("indicadores.indicadorNoPorcentajeValor", indicador));
        }
        Cifras.validar("numerador", numerador);
        Cifras.validar("denominador", denominador);
        if (denominador.signum() == 0) {
            throw new ReglaIncumplida("denominador", Texto.de("indicadores.denominadorDebeSerMayor"));
        }
        return new BigDecimal[] {numerador, denominador};
    }

    private static BigDecimal validarValor(Indicador indicador, BigDecimal valor, BigDecimal numerador,
            BigDecimal denominador) {
        BigDecimal calculado = numerador == null ? null
                : numerador.multiply(Cifras.CIEN).divide(denominador, 4, RoundingMode.HALF_EVEN);
        if (valor == null && calculado == null) {
            throw new ReglaIncumplida("valor", Texto.de("indicadores.escribaValorNumeradorDenominador"));
        }
        if (valor != null && calculado != null && valor.subtract(calculado).abs().compareTo(TOLERANCIA) > 0) {
            throw new ReglaIncumplida("valor",
                    Texto.de("indicadores.valorNoCoincideNumerador", valor.toPlainString(), calculado.toPlainString()));
        }
        BigDecimal elegido = valor != null ? valor : calculado;
        Cifras.validar("valor", elegido);
        if (indicador.getTipoMeta() == TipoMeta.HITO && elegido.compareTo(Cifras.CIEN) > 0) {
            throw new ReglaIncumplida("valor", Texto.de("indicadores.hitoValorPorcentajeAvance"));
        }
        return elegido;
    }

    private static String texto(String campo, String texto, int maximo, boolean obligatorio, Texto siFalta) {
        String limpio = texto == null ? "" : texto.strip();
        if (limpio.isEmpty()) {
            if (obligatorio) {
                throw new ReglaIncumplida(campo, siFalta);
            }
            return null;
        }
        if (limpio.length() > maximo) {
            throw new ReglaIncumplida(campo, Texto.de("indicadores.campoAdmiteComoMaximo", campo, maximo));
        }
        return limpio;
    }

    public boolean cuenta() {
        return estado == EstadoReporte.APROBADO;
    }

    public Long getId() {
        return id;
    }

    public Indicador getIndicador() {
        return indicador;
    }

    public LocalDate getFechaCorte() {
        return fechaCorte;
    }

    public BigDecimal getValor() {
        return valor;
    }

    public BigDecimal getNumerador() {
        return numerador;
    }

    public BigDecimal getDenominador() {
        return denominador;
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

    public EstadoReporte getEstado() {
        return estado;
    }

    public String getMotivoRechazo() {
        return motivoRechazo;
    }

    public String getReportadoPor() {
        return reportadoPor;
    }

    public Instant getReportadoEn() {
        return reportadoEn;
    }

    public String getDecididoPor() {
        return decididoPor;
    }

    public Instant getDecididoEn() {
        return decididoEn;
    }

    public int getVersion() {
        return version;
    }
}
