package co.gov.cartagena.ruta.persistencia;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * Lo que todo registro escrito por una persona guarda de su creación: quién y cuándo (columnas {@code creado_por},
 * {@code creado_en}, que no cambian nunca). Los momentos que se anotan son del reloj del sistema, el del servidor que
 * escribe la fila; lo que se decide con la fecha de hoy usa el {@code Clock} de {@code comun/Reloj} (decisión 0013). Los que además se corrigen extienden {@link RegistroEditable}.
 */
@MappedSuperclass
public abstract class RegistroAuditado {

    @Column(name = "creado_en", nullable = false, updatable = false)
    private Instant creadoEn;

    @Column(name = "creado_por", nullable = false, updatable = false, length = 100)
    private String creadoPor;

    protected RegistroAuditado() {
    }

    /** Anota quién lo crea y el momento, del reloj del sistema (decisión 0013). */
    protected RegistroAuditado(String quien) {
        this.creadoPor = quien;
        this.creadoEn = Instant.now();
    }

    public Instant getCreadoEn() {
        return creadoEn;
    }

    public String getCreadoPor() {
        return creadoPor;
    }
}
