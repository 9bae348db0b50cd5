package co.gov.cartagena.ruta.sedes;

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
import java.util.Objects;

/** Una sede de la Secretaría. Su código es el mismo del grupo {@code /sedes/<codigo>} en Keycloak. */
@Entity
@Table(name = "sede")
@NamedQuery(name = "Sede.porCodigos", query = "SELECT s FROM Sede s WHERE s.codigo IN :codigos ORDER BY s.nombre")
@NamedQuery(name = "Sede.todas", query = "SELECT s FROM Sede s ORDER BY s.tipo, s.nombre")
public class Sede {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String codigo;

    @Column(nullable = false, length = 200)
    private String nombre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private TipoSede tipo;

    @Column(length = 80)
    private String localidad;

    @Column(length = 200)
    private String direccion;

    @Version
    private int version;

    @Column(name = "creado_en", nullable = false)
    private Instant creadoEn;

    @Column(name = "creado_por", nullable = false, length = 100)
    private String creadoPor;

    @Column(name = "modificado_en")
    private Instant modificadoEn;

    @Column(name = "modificado_por", length = 100)
    private String modificadoPor;

    protected Sede() {
        // para JPA
    }

    public Sede(String codigo, String nombre, TipoSede tipo, String localidad, String creadoPor) {
        this.codigo = requerido(codigo, "El código de la sede es obligatorio").trim().toUpperCase();
        this.nombre = requerido(nombre, "El nombre de la sede es obligatorio").trim();
        this.tipo = Objects.requireNonNull(tipo, "El tipo de sede es obligatorio");
        this.localidad = localidad;
        this.creadoPor = requerido(creadoPor, "Falta quién crea la sede");
        this.creadoEn = Instant.now();
    }

    /** Corrige el nombre (las sedes de la línea base empiezan con nombres provisionales). */
    public void renombrar(String nuevoNombre, String quien) {
        this.nombre = requerido(nuevoNombre, "El nombre de la sede es obligatorio").trim();
        this.modificadoPor = quien;
        this.modificadoEn = Instant.now();
    }

    private static String requerido(String valor, String mensaje) {
        if (valor == null || valor.isBlank()) {
            throw new IllegalArgumentException(mensaje);
        }
        return valor;
    }

    public Long getId() {
        return id;
    }

    public String getCodigo() {
        return codigo;
    }

    public String getNombre() {
        return nombre;
    }

    public TipoSede getTipo() {
        return tipo;
    }

    public String getLocalidad() {
        return localidad;
    }

    public String getDireccion() {
        return direccion;
    }

    public int getVersion() {
        return version;
    }

    public Instant getCreadoEn() {
        return creadoEn;
    }

    public String getCreadoPor() {
        return creadoPor;
    }
}
