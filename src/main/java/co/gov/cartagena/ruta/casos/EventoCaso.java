package co.gov.cartagena.ruta.casos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Un paso del caso de un estado a otro: la historia que permite medir el tiempo de cada paso. */
@Entity
@Table(name = "caso_evento")
public class EventoCaso {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "caso_id")
    private Caso caso;

    @Column(nullable = false)
    private Instant momento;

    @Column(nullable = false, length = 100)
    private String usuario;

    @Column(name = "estado_de", length = 40)
    private String estadoDe;

    @Column(name = "estado_a", nullable = false, length = 40)
    private String estadoA;

    @Column(length = 1000)
    private String motivo;

    protected EventoCaso() {
    }

    EventoCaso(Caso caso, String usuario, String de, String a, String motivo) {
        this.caso = caso;
        this.momento = Instant.now();
        this.usuario = usuario;
        this.estadoDe = de;
        this.estadoA = a;
        this.motivo = motivo;
    }

    public Instant getMomento() {
        return momento;
    }

    public String getUsuario() {
        return usuario;
    }

    public String getEstadoDe() {
        return estadoDe;
    }

    public String getEstadoA() {
        return estadoA;
    }

    public String getMotivo() {
        return motivo;
    }
}
