package co.gov.cartagena.ruta.importacion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Lo que creó una fila de un lote, con la clave de la fila: en un lote de una ruta, la persona (nueva o la que ya
 * estaba) y el caso; en uno de actividades, la actividad (creada por esta fila o por otra de su grupo), la clave del
 * grupo y, si la fila traía asistente, la persona que sumó a la asistencia.
 */
@Entity
@Table(name = "importacion_registro")
@NamedQuery(name = "RegistroImportado.vigentePorClave", query = "SELECT r FROM RegistroImportado r"
        + " WHERE r.claveFila = :clave AND r.lote.estado <> co.gov.cartagena.ruta.importacion.EstadoLote.ANULADO")
@NamedQuery(name = "RegistroImportado.vigentePorGrupo", query = "SELECT r FROM RegistroImportado r"
        + " WHERE r.claveGrupo = :grupo AND r.lote.estado <> co.gov.cartagena.ruta.importacion.EstadoLote.ANULADO"
        + " ORDER BY r.id")
@NamedQuery(name = "RegistroImportado.deLote", query = "SELECT r FROM RegistroImportado r WHERE r.lote.id = :lote"
        + " ORDER BY r.fila")
public class RegistroImportado {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lote_id")
    private LoteImportacion lote;

    @Column(nullable = false)
    private int fila;

    @Column(name = "clave_fila", nullable = false, length = 64)
    private String claveFila;

    @Column(name = "persona_id")
    private Long personaId;

    @Column(name = "persona_nueva", nullable = false)
    private boolean personaNueva;

    @Column(name = "caso_id")
    private Long casoId;

    @Column(name = "actividad_id")
    private Long actividadId;

    @Column(name = "actividad_nueva", nullable = false)
    private boolean actividadNueva;

    @Column(name = "clave_grupo", length = 64)
    private String claveGrupo;

    protected RegistroImportado() {
    }

    RegistroImportado(LoteImportacion lote, int fila, String claveFila, Long personaId, boolean personaNueva,
            Long casoId) {
        this.lote = lote;
        this.fila = fila;
        this.claveFila = claveFila;
        this.personaId = personaId;
        this.personaNueva = personaNueva;
        this.casoId = casoId;
    }

    /** Lo que escribió una fila con clave del caso: el caso (abierto por ella o por la primera de su grupo). */
    static RegistroImportado deCaso(LoteImportacion lote, int fila, String claveFila, Long personaId,
            boolean personaNueva, Long casoId, String claveGrupo) {
        RegistroImportado r = new RegistroImportado(lote, fila, claveFila, personaId, personaNueva, casoId);
        r.claveGrupo = claveGrupo;
        return r;
    }

    /** Lo que escribió una fila de actividades: la actividad (y si la creó ella) y el asistente, si lo traía. */
    static RegistroImportado deActividad(LoteImportacion lote, int fila, String claveFila, String claveGrupo,
            Long actividadId, boolean actividadNueva, Long personaId, boolean personaNueva) {
        RegistroImportado r = new RegistroImportado(lote, fila, claveFila, personaId, personaNueva, null);
        r.actividadId = actividadId;
        r.actividadNueva = actividadNueva;
        r.claveGrupo = claveGrupo;
        return r;
    }

    public LoteImportacion getLote() {
        return lote;
    }

    public int getFila() {
        return fila;
    }

    public String getClaveFila() {
        return claveFila;
    }

    public Long getPersonaId() {
        return personaId;
    }

    public boolean isPersonaNueva() {
        return personaNueva;
    }

    public Long getCasoId() {
        return casoId;
    }

    public Long getActividadId() {
        return actividadId;
    }

    public boolean isActividadNueva() {
        return actividadNueva;
    }

    public String getClaveGrupo() {
        return claveGrupo;
    }
}
