package co.gov.cartagena.ruta.persistencia;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Lo que todo registro escrito por una persona guarda de su creación: quién y cuándo (columnas {@code creado_por},
 * {@code creado_en}, que no cambian nunca). Los que además se corrigen extienden {@link RegistroEditable}.
 */
@MappedSuperclass
public abstract class RegistroAuditado {

    @Column(name = "creado_en", nullable = false, updatable = false)
    private Instant creadoEn;

    @Column(name = "creado_por", nullable = false, updatable = false, length = 100)
    private String creadoPor;

    protected RegistroAuditado() {
    }

    protected RegistroAuditado(String quien, Instant cuando) {
        this.creadoPor = quien;
        this.creadoEn = cuando;
    }

    public Instant getCreadoEn() {
        return creadoEn;
    }

    public String getCreadoPor() {
        return creadoPor;
    }
}
