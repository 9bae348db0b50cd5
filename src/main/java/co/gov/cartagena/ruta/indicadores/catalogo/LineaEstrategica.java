package co.gov.cartagena.ruta.indicadores.catalogo;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Línea estratégica del Plan de Desarrollo (Ruta atiende «Seguridad Humana»). La crea la migración V7. */
@Entity
@Table(name = "linea_estrategica")
public class LineaEstrategica {

    @Id
    private Long id;

    @Column(nullable = false, length = 200)
    private String nombre;

    @Column(nullable = false)
    private int orden;

    @Version
    private int version;

    protected LineaEstrategica() {
        // para JPA
    }

    public Long getId() {
        return id;
    }

    public String getNombre() {
        return nombre;
    }

    public int getOrden() {
        return orden;
    }
}
