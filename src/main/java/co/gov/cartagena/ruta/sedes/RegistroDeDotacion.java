package co.gov.cartagena.ruta.sedes;

import co.gov.cartagena.ruta.persistencia.RegistroAuditado;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
 * Un renglón de la historia de dotación de una Inspección de Policía: si desde esa fecha tiene la dotación técnica,
 * tecnológica y operativa completa, y el detalle. Inmutable como {@link CambioDeEstado}.
 */
@Entity
@Table(name = "sede_dotacion")
@NamedQuery(name = "RegistroDeDotacion.vigentesALaFecha",
        query = "SELECT d FROM RegistroDeDotacion d JOIN FETCH d.sede WHERE d.vigenteDesde <= :corte AND NOT EXISTS ("
                + "SELECT p FROM RegistroDeDotacion p WHERE p.sede = d.sede AND p.vigenteDesde <= :corte"
                + " AND (p.vigenteDesde > d.vigenteDesde OR (p.vigenteDesde = d.vigenteDesde AND p.id > d.id)))")
public class RegistroDeDotacion extends RegistroAuditado {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sede_id", nullable = false, updatable = false)
    private Sede sede;

    @Column(nullable = false, updatable = false)
    private boolean completa;

    @Column(nullable = false, updatable = false, length = 1000)
    private String detalle;

    @Column(name = "vigente_desde", nullable = false, updatable = false)
    private LocalDate vigenteDesde;

    @Version
    private int version;

    protected RegistroDeDotacion() {
        // para JPA
    }

    RegistroDeDotacion(Sede sede, boolean completa, String detalle, LocalDate vigenteDesde, String creadoPor) {
        super(creadoPor);
        this.sede = sede;
        this.completa = completa;
        this.detalle = detalle;
        this.vigenteDesde = vigenteDesde;
    }

    public Long getId() {
        return id;
    }

    public Sede getSede() {
        return sede;
    }

    public boolean isCompleta() {
        return completa;
    }

    public String getDetalle() {
        return detalle;
    }

    public LocalDate getVigenteDesde() {
        return vigenteDesde;
    }
}
