package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.RegistroAuditado;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * Un lote de importación: un archivo de una ruta para una sede, con lo que se creó, lo que ya estaba importado y
 * lo que falló. Se anula entero, con motivo; un lote anulado no vuelve.
 */
@Entity
@Table(name = "importacion_lote")
@NamedQuery(name = "LoteImportacion.enCurso", query = "SELECT l FROM LoteImportacion l WHERE l.huella = :huella"
        + " AND l.ruta = :ruta AND l.sedeCodigo = :sede AND l.estado = co.gov.cartagena.ruta.importacion.EstadoLote.EN_CURSO")
@NamedQuery(name = "LoteImportacion.enCursoDeActividades", query = "SELECT l FROM LoteImportacion l"
        + " WHERE l.huella = :huella AND l.ruta IS NULL AND l.sedeCodigo = :sede"
        + " AND l.estado = co.gov.cartagena.ruta.importacion.EstadoLote.EN_CURSO")
@NamedQuery(name = "LoteImportacion.deSedes", query = "SELECT l FROM LoteImportacion l WHERE l.sedeCodigo IN :sedes"
        + " ORDER BY l.creadoEn DESC, l.id DESC")
public class LoteImportacion extends RegistroAuditado {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(length = 40)
    private Ruta ruta;

    @Column(name = "sede_codigo", nullable = false, length = 40)
    private String sedeCodigo;

    @Column(nullable = false, length = 200)
    private String archivo;

    @Column(nullable = false, length = 64)
    private String huella;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private EstadoLote estado;

    @Column(nullable = false)
    private int filas;

    @Column(nullable = false)
    private int creadas;

    @Column(name = "ya_importadas", nullable = false)
    private int yaImportadas;

    @Column(name = "con_errores", nullable = false)
    private int conErrores;

    @Column(name = "personas_nuevas", nullable = false)
    private int personasNuevas;

    @Column(name = "anulado_en")
    private Instant anuladoEn;

    @Column(name = "anulado_por", length = 100)
    private String anuladoPor;

    @Column(name = "motivo_anulacion", length = 500)
    private String motivoAnulacion;

    @Version
    private int version;

    @Column(name = "modificado_en")
    private Instant modificadoEn;

    protected LoteImportacion() {
    }

    LoteImportacion(Ruta ruta, String sedeCodigo, String archivo, String huella, int filas, String quien) {
        super(quien);
        this.ruta = ruta;
        this.sedeCodigo = sedeCodigo;
        this.archivo = archivo.length() > 200 ? archivo.substring(0, 200) : archivo;
        this.huella = huella;
        this.filas = filas;
        this.estado = EstadoLote.EN_CURSO;
    }

    /** Termina el lote con sus cifras. */
    void terminar(int creadas, int yaImportadas, int conErrores, int personasNuevas) {
        this.creadas = creadas;
        this.yaImportadas = yaImportadas;
        this.conErrores = conErrores;
        this.personasNuevas = personasNuevas;
        this.estado = EstadoLote.IMPORTADO;
        this.modificadoEn = Instant.now();
    }

    void anular(String motivo, String quien) {
        ReglaIncumplida.exigir(estado != EstadoLote.ANULADO, "lote", Texto.de("importacion.loteYaAnulado", id));
        String m = motivo == null ? null : motivo.trim();
        ReglaIncumplida.exigir(m != null && !m.isEmpty(), "motivo", Texto.de("importacion.motivoAnulacion"));
        ReglaIncumplida.exigir(m.length() <= 500, "motivo", Texto.de("importacion.motivoLargo"));
        this.estado = EstadoLote.ANULADO;
        this.motivoAnulacion = m;
        this.anuladoPor = quien;
        this.anuladoEn = Instant.now();
        this.modificadoEn = anuladoEn;
    }

    public Long getId() {
        return id;
    }

    /** La ruta del lote; null en un lote de actividades colectivas. */
    public Ruta getRuta() {
        return ruta;
    }

    /** Si el lote trae actividades colectivas (y no casos de una ruta). */
    public boolean isDeActividades() {
        return ruta == null;
    }

    public String getSedeCodigo() {
        return sedeCodigo;
    }

    public String getArchivo() {
        return archivo;
    }

    public String getHuella() {
        return huella;
    }

    public EstadoLote getEstado() {
        return estado;
    }

    public int getFilas() {
        return filas;
    }

    public int getCreadas() {
        return creadas;
    }

    public int getYaImportadas() {
        return yaImportadas;
    }

    public int getConErrores() {
        return conErrores;
    }

    public int getPersonasNuevas() {
        return personasNuevas;
    }

    public String getMotivoAnulacion() {
        return motivoAnulacion;
    }

    public String getAnuladoPor() {
        return anuladoPor;
    }

    public Instant getAnuladoEn() {
        return anuladoEn;
    }
}
