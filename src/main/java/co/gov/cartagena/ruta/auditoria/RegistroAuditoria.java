package co.gov.cartagena.ruta.auditoria;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** Una entrada del rastro. Inmutable: no tiene métodos que la cambien y la base de datos rechaza UPDATE y DELETE. */
@Entity
@Table(name = "auditoria")
@NamedQuery(name = "RegistroAuditoria.recientes",
        query = "SELECT r FROM RegistroAuditoria r ORDER BY r.momento DESC, r.id DESC")
@NamedQuery(name = "RegistroAuditoria.deEntidad",
        query = "SELECT r FROM RegistroAuditoria r WHERE r.entidad = :entidad AND r.entidadId = :entidadId"
                + " ORDER BY r.momento DESC, r.id DESC")
public class RegistroAuditoria {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private Instant momento;

    @Column(nullable = false, updatable = false, length = 100)
    private String usuario;

    @Column(name = "direccion_ip", updatable = false, length = 45)
    private String direccionIp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 30)
    private Accion accion;

    @Column(updatable = false, length = 60)
    private String entidad;

    @Column(name = "entidad_id", updatable = false, length = 60)
    private String entidadId;

    @Column(updatable = false, columnDefinition = "TEXT")
    private String detalle;

    protected RegistroAuditoria() {
        // para JPA
    }

    public RegistroAuditoria(String usuario, String direccionIp, Accion accion, String entidad, String entidadId,
            String detalle) {
        this.momento = Instant.now();
        this.usuario = usuario == null || usuario.isBlank() ? "anónimo" : usuario;
        this.direccionIp = direccionIp;
        this.accion = accion;
        this.entidad = entidad;
        this.entidadId = entidadId;
        this.detalle = detalle;
    }

    public Long getId() {
        return id;
    }

    public Instant getMomento() {
        return momento;
    }

    public String getUsuario() {
        return usuario;
    }

    public String getDireccionIp() {
        return direccionIp;
    }

    public Accion getAccion() {
        return accion;
    }

    public String getEntidad() {
        return entidad;
    }

    public String getEntidadId() {
        return entidadId;
    }

    public String getDetalle() {
        return detalle;
    }
}
