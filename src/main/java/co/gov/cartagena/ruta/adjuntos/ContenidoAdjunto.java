package co.gov.cartagena.ruta.adjuntos;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/** Los bytes de un adjunto; solo se leen al descargarlo. */
@Entity
@Table(name = "adjunto_contenido")
public class ContenidoAdjunto {

    @Id
    @Column(name = "adjunto_id")
    private Long adjuntoId;

    @Lob
    @Column(nullable = false)
    private byte[] contenido;

    protected ContenidoAdjunto() {
    }

    ContenidoAdjunto(Long adjuntoId, byte[] contenido) {
        this.adjuntoId = adjuntoId;
        this.contenido = contenido;
    }

    public byte[] getContenido() {
        return contenido;
    }
}
