package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.sedes.Sede;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** El envío del caso a otra sede o entidad, con su respuesta. */
@Entity
@Table(name = "remision")
public class Remision {

    public enum Estado { ENVIADA, RESPONDIDA }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "caso_id")
    private Caso caso;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private EntidadRemision entidad;

    @ManyToOne
    @JoinColumn(name = "sede_destino_id")
    private Sede sedeDestino;

    @Column(nullable = false)
    private LocalDate fecha;

    @Column(nullable = false, length = 1000)
    private String motivo;

    @Column(name = "comparte_datos", nullable = false)
    private boolean comparteDatos;

    @Column(name = "justificacion_sin_consentimiento", length = 1000)
    private String justificacionSinConsentimiento;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Estado estado;

    @Column(name = "fecha_respuesta")
    private LocalDate fechaRespuesta;

    @Column(length = 1000)
    private String respuesta;

    @Column(name = "clave_envio", length = 64, unique = true)
    private String claveEnvio;

    @Column(name = "creado_en", nullable = false)
    private Instant creadoEn;

    @Column(name = "creado_por", nullable = false, length = 100)
    private String creadoPor;

    protected Remision() {
    }

    Remision(Caso caso, EntidadRemision entidad, Sede sedeDestino, LocalDate fecha, String motivo,
            boolean comparteDatos, String justificacion, String quien, String claveEnvio) {
        this.caso = caso;
        this.entidad = entidad;
        this.sedeDestino = sedeDestino;
        this.fecha = fecha;
        this.motivo = motivo;
        this.comparteDatos = comparteDatos;
        this.justificacionSinConsentimiento = justificacion;
        this.estado = Estado.ENVIADA;
        this.creadoPor = quien;
        this.creadoEn = Instant.now();
        this.claveEnvio = claveEnvio;
    }

    void registrarRespuesta(LocalDate fecha, String texto, LocalDate hoy) {
        ReglaIncumplida.exigir(estado == Estado.ENVIADA, null, Texto.de("casos.remisionYaTieneRespuesta"));
        ReglaIncumplida.exigir(fecha != null && !fecha.isBefore(this.fecha) && !fecha.isAfter(hoy),
                "fechaRespuesta", Texto.de("casos.fechaRespuestaNoPuede"));
        ReglaIncumplida.exigir(texto != null && !texto.isBlank(), "respuesta",
                Texto.de("casos.escribaRespuestaRecibida"));
        ReglaIncumplida.exigirHasta(texto, Caso.TEXTO_DE_REMISION, "respuesta",
                Texto.de("casos.respuestaNoPuedePasar", Caso.TEXTO_DE_REMISION));
        this.fechaRespuesta = fecha;
        this.respuesta = texto.trim();
        this.estado = Estado.RESPONDIDA;
    }

    public Long getId() {
        return id;
    }

    public Caso getCaso() {
        return caso;
    }

    public EntidadRemision getEntidad() {
        return entidad;
    }

    public Sede getSedeDestino() {
        return sedeDestino;
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public String getMotivo() {
        return motivo;
    }

    public boolean isComparteDatos() {
        return comparteDatos;
    }

    public String getJustificacionSinConsentimiento() {
        return justificacionSinConsentimiento;
    }

    public Estado getEstado() {
        return estado;
    }

    public LocalDate getFechaRespuesta() {
        return fechaRespuesta;
    }

    public String getRespuesta() {
        return respuesta;
    }

    /** La clave del formulario o de la cabecera Idempotency-Key con que se registró (o null). */
    String claveEnvio() {
        return claveEnvio;
    }
}
