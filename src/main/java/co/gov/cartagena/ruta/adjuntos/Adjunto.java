package co.gov.cartagena.ruta.adjuntos;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.Anulacion;
import co.gov.cartagena.ruta.persistencia.AvisoDeCambios;
import co.gov.cartagena.ruta.persistencia.ConAviso;
import co.gov.cartagena.ruta.persistencia.RegistroAuditado;
import co.gov.cartagena.ruta.personas.Persona;
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
import java.time.Instant;
import java.util.Optional;

/** Los datos de un adjunto (sin su contenido, que está en {@link ContenidoAdjunto}). */
@Entity
@Table(name = "adjunto")
@NamedQuery(name = "Adjunto.deCaso", query = "SELECT a FROM Adjunto a WHERE a.caso = :caso ORDER BY a.creadoEn")
@NamedQuery(name = "Adjunto.dePersona", query = "SELECT a FROM Adjunto a WHERE a.persona = :persona ORDER BY a.creadoEn")
@NamedQuery(name = "Adjunto.deActividad",
        query = "SELECT a FROM Adjunto a WHERE a.actividadId = :actividad ORDER BY a.creadoEn, a.id")
@EntityListeners(AvisoDeCambios.class)
public class Adjunto extends RegistroAuditado implements ConAviso {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "caso_id")
    private Caso caso;

    @ManyToOne
    @JoinColumn(name = "persona_id")
    private Persona persona;

    /** La actividad colectiva de la que es evidencia (acta, listado de asistencia, fotos). */
    @Column(name = "actividad_id", updatable = false)
    private Long actividadId;

    @Column(nullable = false, length = 200)
    private String nombre;

    @Column(nullable = false, length = 100)
    private String tipo;

    @Column(nullable = false)
    private int tamano;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(length = 500)
    private String descripcion;

    @Embedded
    private Anulacion anulacion = new Anulacion();

    protected Adjunto() {
    }

    Adjunto(Caso caso, Persona persona, String nombre, TipoArchivo tipo, int tamano, String sha256,
            String descripcion, String quien) {
        super(quien);
        this.caso = caso;
        this.persona = persona;
        this.nombre = nombre;
        this.tipo = tipo.mime();
        this.tamano = tamano;
        this.sha256 = sha256;
        this.descripcion = descripcion;
    }

    /** Una evidencia de una actividad colectiva. */
    Adjunto(Long actividadId, String nombre, TipoArchivo tipo, int tamano, String sha256, String descripcion,
            String quien) {
        this(null, null, nombre, tipo, tamano, sha256, descripcion, quien);
        this.actividadId = actividadId;
    }

    /** En una fusión de personas: el adjunto de {@code duplicada} pasa a {@code conservada}. */
    void pasarDePersona(Persona duplicada, Persona conservada) {
        if (persona != null && persona.getId().equals(duplicada.getId())) {
            persona = conservada;
        }
    }

    /** Anula el adjunto con motivo (deja de contar como soporte); no se borra. */
    void anular(String motivo, String quien) {
        anulacion.anular(motivo, quien, Texto.de("adjuntos.adjuntoYaAnulado"),
                Texto.de("adjuntos.escribaMotivoAnulacionAdjunto"), Texto.de("adjuntos.motivoNoPuedePasar"));
    }

    public Long getActividadId() {
        return actividadId;
    }

    public Instant getAnuladoEn() {
        return anulacion.getEn();
    }

    public String getAnuladoPor() {
        return anulacion.getPor();
    }

    public String getMotivoAnulacion() {
        return anulacion.getMotivo();
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

    public String getNombre() {
        return nombre;
    }

    public String getTipo() {
        return tipo;
    }

    public int getTamano() {
        return tamano;
    }

    public String getSha256() {
        return sha256;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public boolean isAnulado() {
        return anulacion.isAnulado();
    }

    /** Una evidencia de una actividad, agregada o anulada, cambia si la actividad tiene soporte (y cuenta). */
    @Override
    public Optional<Object> aviso() {
        return actividadId == null ? Optional.empty() : Optional.of(new CambioEnEvidencias(actividadId));
    }
}
