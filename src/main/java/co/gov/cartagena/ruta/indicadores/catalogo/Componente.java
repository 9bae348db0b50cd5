package co.gov.cartagena.ruta.indicadores.catalogo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Componente (impulsor de avance) de una línea estratégica. Lo crea la migración V7. */
@Entity
@Table(name = "componente")
public class Componente {

    @Id
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "linea_id", nullable = false, updatable = false)
    private LineaEstrategica linea;

    @Column(nullable = false, length = 200)
    private String nombre;

    @Column(nullable = false)
    private int orden;

    @Version
    private int version;

    protected Componente() {
        // para JPA
    }

    public Long getId() {
        return id;
    }

    public LineaEstrategica getLinea() {
        return linea;
    }

    public String getNombre() {
        return nombre;
    }

    public int getOrden() {
        return orden;
    }
}
