package co.gov.cartagena.ruta.adjuntos;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.RegistroAuditado;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Una nota de trabajo en un caso, con autor y momento. No se edita ni se borra. */
@Entity
@Table(name = "nota")
@NamedQuery(name = "Nota.deCaso", query = "SELECT n FROM Nota n WHERE n.caso = :caso ORDER BY n.creadoEn, n.id")
public class Nota extends RegistroAuditado {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "caso_id")
    private Caso caso;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String texto;

    protected Nota() {
    }

    Nota(Caso caso, String texto, String quien) {
        super(quien);
        ReglaIncumplida.exigir(texto != null && !texto.isBlank(), "texto", Texto.de("adjuntos.escribaNota"));
        ReglaIncumplida.exigir(texto.length() <= 10_000, "texto", Texto.de("adjuntos.notaNoPuedePasar"));
        this.caso = caso;
        this.texto = texto.trim();
    }

    public Long getId() {
        return id;
    }

    public String getTexto() {
        return texto;
    }
}
