package co.gov.cartagena.ruta.persistencia;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Un registro que se corrige después de creado: además de su creación ({@link RegistroAuditado}) guarda quién lo
 * cambió por última vez y cuándo ({@code modificado_por}, {@code modificado_en}) y lleva la {@code version} con la
 * que dos personas que editan lo mismo no se pisan (ver decisión 0007).
 */
@MappedSuperclass
public abstract class RegistroEditable extends RegistroAuditado {

    @Version
    private int version;

    @Column(name = "modificado_en")
    private Instant modificadoEn;

    @Column(name = "modificado_por", length = 100)
    private String modificadoPor;

    protected RegistroEditable() {
    }

    protected RegistroEditable(String quien) {
        super(quien);
    }

    /** Anota el último cambio: lo llama cada método de intención de la entidad que cambia algo. */
    protected void anotarCambio(String quien) {
        this.modificadoPor = quien;
        this.modificadoEn = Instant.now();
    }

    public int getVersion() {
        return version;
    }

    public Instant getModificadoEn() {
        return modificadoEn;
    }

    public String getModificadoPor() {
        return modificadoPor;
    }
}
