package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** Un seguimiento programado con fecha de vencimiento; vencido si pasa la fecha sin cumplirse. */
@Entity
@Table(name = "seguimiento")
public class Seguimiento {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "caso_id")
    private Caso caso;

    @Column(nullable = false, length = 1000)
    private String descripcion;

    @Column(name = "fecha_vencimiento", nullable = false)
    private LocalDate fechaVencimiento;

    @Column(name = "cumplido_en")
    private LocalDate cumplidoEn;

    @Column(length = 1000)
    private String resultado;

    @Column(name = "clave_envio", length = 64, unique = true)
    private String claveEnvio;

    @Column(name = "creado_en", nullable = false)
    private Instant creadoEn;

    @Column(name = "creado_por", nullable = false, length = 100)
    private String creadoPor;

    protected Seguimiento() {
    }

    Seguimiento(Caso caso, String descripcion, LocalDate vencimiento, String quien, String claveEnvio) {
        this.caso = caso;
        this.claveEnvio = claveEnvio;
        this.descripcion = descripcion;
        this.fechaVencimiento = vencimiento;
        this.creadoPor = quien;
        this.creadoEn = Instant.now();
    }

    void cumplir(LocalDate fecha, String resultado, LocalDate hoy) {
        ReglaIncumplida.exigir(cumplidoEn == null, null, Texto.de("casos.seguimientoYaEstabaCumplido"));
        ReglaIncumplida.exigir(fecha != null && !fecha.isAfter(hoy), "fecha",
                Texto.de("casos.fechaCumplimientoObligatoriaNo"));
        ReglaIncumplida.exigir(resultado != null && !resultado.isBlank(), "resultado",
                Texto.de("casos.escribaResultadoSeguimiento"));
        ReglaIncumplida.exigirHasta(resultado, Caso.TEXTO_DE_SEGUIMIENTO, "resultado",
                Texto.de("casos.resultadoNoPuedePasar", Caso.TEXTO_DE_SEGUIMIENTO));
        this.cumplidoEn = fecha;
        this.resultado = resultado.trim();
    }

    public boolean vencido(LocalDate hoy) {
        return cumplidoEn == null && fechaVencimiento.isBefore(hoy);
    }

    public Long getId() {
        return id;
    }

    public Caso getCaso() {
        return caso;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public LocalDate getFechaVencimiento() {
        return fechaVencimiento;
    }

    public LocalDate getCumplidoEn() {
        return cumplidoEn;
    }

    public String getResultado() {
        return resultado;
    }

    /** La clave de envío del formulario o de la cabecera {@code Idempotency-Key} con que se creó (puede faltar). */
    String claveEnvio() {
        return claveEnvio;
    }
}
