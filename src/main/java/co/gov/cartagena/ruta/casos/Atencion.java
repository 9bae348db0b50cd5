package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.Anulacion;
import co.gov.cartagena.ruta.persistencia.AvisoDeCambios;
import co.gov.cartagena.ruta.persistencia.ConAviso;
import co.gov.cartagena.ruta.persistencia.RegistroAuditado;
import co.gov.cartagena.ruta.personas.Persona;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** Un servicio efectivamente prestado en un caso. Es lo que cuentan los indicadores; se anula, nunca se borra. */
@Entity
@Table(name = "atencion")
@NamedQuery(name = "Atencion.porClaveEnvio", query = "SELECT a FROM Atencion a WHERE a.claveEnvio = :clave")
@EntityListeners(AvisoDeCambios.class)
public class Atencion extends RegistroAuditado implements ConAviso {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "caso_id")
    private Caso caso;

    @ManyToOne
    @JoinColumn(name = "persona_id")
    private Persona persona;

    @Column(nullable = false, length = 60)
    private String tipo;

    @Column(nullable = false)
    private LocalDate fecha;

    @Column(name = "prestada_por", nullable = false, length = 100)
    private String prestadaPor;

    @Column(columnDefinition = "TEXT")
    private String notas;

    @Embedded
    @AttributeOverride(name = "anulado", column = @Column(name = "anulada", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "anulada_en"))
    @AttributeOverride(name = "por", column = @Column(name = "anulada_por", length = 100))
    private Anulacion anulacion = new Anulacion();

    @Column(name = "clave_envio", length = 64, unique = true)
    private String claveEnvio;

    protected Atencion() {
    }

    Atencion(Caso caso, String tipo, LocalDate fecha, Persona persona, String notas, String quien,
            String claveEnvio) {
        super(quien);
        this.caso = caso;
        this.tipo = tipo;
        this.fecha = fecha;
        this.persona = persona;
        this.notas = notas;
        this.prestadaPor = quien;
        this.claveEnvio = claveEnvio;
    }

    void anular(String motivo, String quien) {
        anulacion.anular(motivo, quien, Texto.de("casos.atencionYaEstabaAnulada"),
                Texto.de("casos.indiqueAnulaAtencion"), Texto.de("casos.motivoNoPuedePasar", Anulacion.MOTIVO));
    }

    void cambiarPersona(Persona conservada) {
        this.persona = conservada;
    }

    String claveEnvio() {
        return claveEnvio;
    }

    public Long getId() {
        return id;
    }

    public Caso getCaso() {
        return caso;
    }

    public Persona getPersona() {
        return persona;
    }

    public String getTipo() {
        return tipo;
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public String getPrestadaPor() {
        return prestadaPor;
    }

    public String getNotas() {
        return notas;
    }

    public boolean isAnulada() {
        return anulacion.isAnulado();
    }

    public String getMotivoAnulacion() {
        return anulacion.getMotivo();
    }

    /** Una atención registrada o anulada mueve las cifras de su caso en los indicadores. */
    @Override
    public Optional<Object> aviso() {
        return Optional.of(new CambioEnCaso(caso.getId()));
    }
}
