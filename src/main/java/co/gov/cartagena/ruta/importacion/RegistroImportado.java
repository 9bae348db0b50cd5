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

/** Lo que creó una fila de un lote: la persona (nueva o la que ya estaba) y el caso, con la clave de la fila. */
@Entity
@Table(name = "importacion_registro")
@NamedQuery(name = "RegistroImportado.vigentePorClave", query = "SELECT r FROM RegistroImportado r"
        + " WHERE r.claveFila = :clave AND r.lote.estado <> co.gov.cartagena.ruta.importacion.EstadoLote.ANULADO")
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

    @Column(name = "persona_id", nullable = false)
    private Long personaId;

    @Column(name = "persona_nueva", nullable = false)
    private boolean personaNueva;

    @Column(name = "caso_id", nullable = false)
    private Long casoId;

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
}
