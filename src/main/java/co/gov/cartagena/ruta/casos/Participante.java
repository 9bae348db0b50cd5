package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.personas.Persona;
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

/** Una persona en un caso, con su papel (titular, miembro del hogar, víctima, agresor). */
@Entity
@Table(name = "caso_persona")
public class Participante {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "caso_id")
    private Caso caso;

    @ManyToOne(optional = false)
    @JoinColumn(name = "persona_id")
    private Persona persona;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private RolParticipante rol;

    protected Participante() {
    }

    Participante(Caso caso, Persona persona, RolParticipante rol) {
        this.caso = caso;
        this.persona = persona;
        this.rol = rol;
    }

    /** En una fusión de personas, el papel pasa a la persona que se conserva. */
    void cambiarPersona(Persona conservada) {
        this.persona = conservada;
    }

    public Long getId() {
        return id;
    }

    public Persona getPersona() {
        return persona;
    }

    public RolParticipante getRol() {
        return rol;
    }

    public Caso getCaso() {
        return caso;
    }
}
