package co.gov.cartagena.ruta.importacion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * El archivo que una persona subió para importar, guardado en el servidor entre la revisión y la importación (la
 * página guarda solo su id, no el contenido). Es de quien lo subió: nadie más lo lee. Se borra al importarlo, al
 * abandonarlo o pasado el plazo ({@link ArchivosSubidos}).
 */
@Entity
@Table(name = "importacion_archivo")
@NamedQuery(name = "ArchivoSubido.deUsuario", query = "SELECT a FROM ArchivoSubido a WHERE a.usuario = :usuario"
        + " AND a.huella = :huella")
@NamedQuery(name = "ArchivoSubido.vencidos", query = "SELECT a.id, a.usuario, a.nombre FROM ArchivoSubido a"
        + " WHERE a.subidoEn < :antes ORDER BY a.id")
@NamedQuery(name = "ArchivoSubido.borrar", query = "DELETE FROM ArchivoSubido a WHERE a.id = :id")
public class ArchivoSubido {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String usuario;

    @Column(nullable = false, length = 64)
    private String huella;

    @Column(nullable = false, length = 200)
    private String nombre;

    @Column(nullable = false)
    private long tamano;

    @Lob
    @Column(nullable = false)
    private byte[] contenido;

    @Column(name = "subido_en", nullable = false)
    private Instant subidoEn;

    protected ArchivoSubido() {
    }

    ArchivoSubido(String usuario, String nombre, byte[] contenido) {
        this.usuario = usuario;
        this.huella = InterpreteDeFila.huella(contenido);
        this.tamano = contenido.length;
        this.contenido = contenido;
        subidoOtraVez(nombre);
    }

    /** La misma persona subió otra vez el mismo contenido: cuenta el plazo desde ahora, con el nombre de ahora. */
    void subidoOtraVez(String nombre) {
        this.nombre = nombre.length() > 200 ? nombre.substring(0, 200) : nombre;
        this.subidoEn = Instant.now();
    }

    boolean esDe(String quien) {
        return usuario.equals(quien);
    }

    public Long getId() {
        return id;
    }

    public String getNombre() {
        return nombre;
    }

    public String getHuella() {
        return huella;
    }

    public long getTamano() {
        return tamano;
    }

    byte[] contenido() {
        return contenido;
    }
}
