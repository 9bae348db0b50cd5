package co.gov.cartagena.ruta.personas;

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

/** Una autorización de tratamiento de datos otorgada por la persona (con su soporte firmado), revocable. */
@Entity
@Table(name = "consentimiento")
public class Consentimiento {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "persona_id")
    private Persona persona;

    @Column(nullable = false)
    private LocalDate fecha;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AlcanceConsentimiento alcance;

    @Column(length = 200)
    private String soporte;

    @Column(name = "revocado_en")
    private Instant revocadoEn;

    @Column(name = "revocado_por", length = 100)
    private String revocadoPor;

    @Column(name = "creado_en", nullable = false)
    private Instant creadoEn;

    @Column(name = "creado_por", nullable = false, length = 100)
    private String creadoPor;

    protected Consentimiento() {
    }

    Consentimiento(Persona persona, LocalDate fecha, AlcanceConsentimiento alcance, String soporte, String quien) {
        this.persona = persona;
        this.fecha = fecha;
        this.alcance = alcance;
        this.soporte = soporte;
        this.creadoPor = quien;
        this.creadoEn = Instant.now();
    }

    void revocar(String quien) {
        this.revocadoEn = Instant.now();
        this.revocadoPor = quien;
    }

    public boolean vigente() {
        return revocadoEn == null;
    }

    public Long getId() {
        return id;
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public AlcanceConsentimiento getAlcance() {
        return alcance;
    }

    public String getSoporte() {
        return soporte;
    }

    public String getCreadoPor() {
        return creadoPor;
    }

    public Instant getRevocadoEn() {
        return revocadoEn;
    }
}
