package co.gov.cartagena.ruta.sedes;

import co.gov.cartagena.ruta.persistencia.RegistroAuditado;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * Un renglón de la historia de estados de una sede: desde qué fecha rige, por qué y quién lo registró. Inmutable:
 * se crea con {@link Sede#cambiarEstado} o {@link Sede#reabrir} y la base de datos rechaza UPDATE y DELETE. Si dos
 * renglones de una sede rigen desde la misma fecha, vale el registrado después (así se corrige un error).
 */
@Entity
@Table(name = "sede_estado")
@NamedQuery(name = "CambioDeEstado.vigentesALaFecha",
        query = "SELECT e FROM CambioDeEstado e JOIN FETCH e.sede WHERE e.vigenteDesde <= :corte AND NOT EXISTS ("
                + "SELECT p FROM CambioDeEstado p WHERE p.sede = e.sede AND p.vigenteDesde <= :corte"
                + " AND (p.vigenteDesde > e.vigenteDesde OR (p.vigenteDesde = e.vigenteDesde AND p.id > e.id)))")
public class CambioDeEstado extends RegistroAuditado {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sede_id", nullable = false, updatable = false)
    private Sede sede;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    private EstadoSede estado;

    @Column(name = "vigente_desde", nullable = false, updatable = false)
    private LocalDate vigenteDesde;

    @Column(nullable = false, updatable = false, length = 500)
    private String motivo;

    @Column(nullable = false, updatable = false)
    private boolean reapertura;

    @Version
    private int version;

    protected CambioDeEstado() {
        // para JPA
    }

    CambioDeEstado(Sede sede, EstadoSede estado, LocalDate vigenteDesde, String motivo, boolean reapertura,
            String creadoPor) {
        super(creadoPor);
        this.sede = sede;
        this.estado = estado;
        this.vigenteDesde = vigenteDesde;
        this.motivo = motivo;
        this.reapertura = reapertura;
    }

    public Long getId() {
        return id;
    }

    public Sede getSede() {
        return sede;
    }

    public EstadoSede getEstado() {
        return estado;
    }

    public LocalDate getVigenteDesde() {
        return vigenteDesde;
    }

    public String getMotivo() {
        return motivo;
    }

    public boolean isReapertura() {
        return reapertura;
    }
}
