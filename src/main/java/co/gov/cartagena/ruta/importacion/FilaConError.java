package co.gov.cartagena.ruta.importacion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Una fila de un lote que no se importó: sus valores (JSON por clave de columna) y los motivos, para descargarla. */
@Entity
@Table(name = "importacion_fila_con_error")
@NamedQuery(name = "FilaConError.deLote", query = "SELECT f FROM FilaConError f WHERE f.lote.id = :lote ORDER BY f.fila")
public class FilaConError {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "lote_id")
    private LoteImportacion lote;

    @Column(nullable = false)
    private int fila;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String valores;

    @Column(nullable = false, columnDefinition = "TEXT")
    private String motivos;

    protected FilaConError() {
    }

    FilaConError(LoteImportacion lote, int fila, String valores, String motivos) {
        this.lote = lote;
        this.fila = fila;
        this.valores = valores;
        this.motivos = motivos;
    }

    public int getFila() {
        return fila;
    }

    public String getValores() {
        return valores;
    }

    public String getMotivos() {
        return motivos;
    }
}
