package co.gov.cartagena.ruta.indicadores.catalogo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Programa de un componente; agrupa indicadores de producto. Lo crea la migración V7. */
@Entity
@Table(name = "programa")
public class Programa {

    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "componente_id", nullable = false, updatable = false)
    private Componente componente;

    @Column(nullable = false, length = 300)
    private String nombre;

    @Column(nullable = false)
    private int orden;

    @Version
    private int version;

    protected Programa() {
        // para JPA
    }

    public Long getId() {
        return id;
    }

    public Componente getComponente() {
        return componente;
    }

    public String getNombre() {
        return nombre;
    }

    public int getOrden() {
        return orden;
    }
}
