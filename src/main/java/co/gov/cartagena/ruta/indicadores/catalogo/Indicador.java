package co.gov.cartagena.ruta.indicadores.catalogo;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.RegistroEditable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Un indicador del Plan de Desarrollo, con todas las columnas de {@code indicadores.csv}. Lo crea la migración V7
 * con su código sin cambios; un administrador solo puede corregir sus textos ({@link #corregirTextos}).
 * Sin línea base ({@link #getLineaBase()} {@code null}) el plan no trae una cifra: su texto lo dice (N.D.).
 */
@Entity
@Table(name = "indicador")
// Todo el catálogo en una consulta: el componente con su línea y el programa (la relación es ansiosa; sin unirlos,
// EclipseLink haría una consulta por cada uno).
@NamedQuery(name = "Indicador.todos", query = "SELECT i FROM Indicador i ORDER BY i.orden", hints = {
        @QueryHint(name = "eclipselink.join-fetch", value = "i.componente.linea"),
        @QueryHint(name = "eclipselink.left-join-fetch", value = "i.programa.componente")})
@NamedQuery(name = "Indicador.porCodigo", query = "SELECT i FROM Indicador i WHERE i.codigo.valor = :codigo")
public class Indicador extends RegistroEditable {

    static final int MAX_NOMBRE = 500;
    static final int MAX_TEXTO = 1000;
    static final int MAX_UNIDAD = 100;

    @Id
    private Long id;

    @Embedded
    private CodigoIndicador codigo;

    @Convert(converter = NivelIndicador.Convertidor.class)
    @Column(nullable = false, updatable = false, length = 12)
    private NivelIndicador nivel;

    @ManyToOne(optional = false)
    @JoinColumn(name = "componente_id", nullable = false, updatable = false)
    private Componente componente;

    @ManyToOne
    @JoinColumn(name = "programa_id", updatable = false)
    private Programa programa;

    @Column(nullable = false, length = MAX_NOMBRE)
    private String nombre;

    @Column(name = "linea_base", updatable = false, precision = 18, scale = 4)
    private BigDecimal lineaBase;

    @Column(name = "linea_base_texto", nullable = false, length = MAX_TEXTO)
    private String lineaBaseTexto;

    @Column(nullable = false, updatable = false, precision = 18, scale = 4)
    private BigDecimal meta;

    @Column(name = "meta_texto", nullable = false, length = MAX_TEXTO)
    private String metaTexto;

    @Column(nullable = false, length = MAX_UNIDAD)
    private String unidad;

    @Convert(converter = TipoMeta.Convertidor.class)
    @Column(name = "tipo_meta", nullable = false, updatable = false, length = 15)
    private TipoMeta tipoMeta;

    @Convert(converter = FuenteIndicador.Convertidor.class)
    @Column(nullable = false, updatable = false, length = 15)
    private FuenteIndicador fuente;

    @Column(nullable = false, length = MAX_TEXTO)
    private String regla;

    @Column(nullable = false, updatable = false)
    private int orden;

    protected Indicador() {
        // para JPA: los indicadores los crea la migración
    }

    /**
     * Corrige los textos que vienen no nulos y devuelve lo que cambió, una línea por campo
     * ({@code nombre: «antes» → «después»}); vacío si nada cambió.
     */
    public List<String> corregirTextos(TextosIndicador nuevos, String quien) {
        List<String> cambios = new ArrayList<>();
        nombre = corregir(cambios, "nombre", nombre, nuevos.nombre(), MAX_NOMBRE);
        lineaBaseTexto = corregir(cambios, "lineaBaseTexto", lineaBaseTexto, nuevos.lineaBaseTexto(), MAX_TEXTO);
        metaTexto = corregir(cambios, "metaTexto", metaTexto, nuevos.metaTexto(), MAX_TEXTO);
        unidad = corregir(cambios, "unidad", unidad, nuevos.unidad(), MAX_UNIDAD);
        regla = corregir(cambios, "regla", regla, nuevos.regla(), MAX_TEXTO);
        if (!cambios.isEmpty()) {
            anotarCambio(Objects.requireNonNull(quien));
        }
        return cambios;
    }

    private static String corregir(List<String> cambios, String campo, String actual, String nuevo, int maximo) {
        if (nuevo == null) {
            return actual;
        }
        String limpio = nuevo.strip();
        if (limpio.isEmpty()) {
            throw new ReglaIncumplida(campo, Texto.de("indicadores.textoNoPuedeQuedar", campo));
        }
        if (limpio.length() > maximo) {
            throw new ReglaIncumplida(campo, Texto.de("indicadores.textoAdmiteComoMaximo", campo, maximo));
        }
        if (!limpio.equals(actual)) {
            cambios.add(campo + ": «" + actual + "» → «" + limpio + "»");
        }
        return limpio;
    }

    /** Si el indicador se alimenta con reportes (fuentes manual y externo). */
    public boolean seReporta() {
        return fuente.seReporta();
    }

    /** Si un reporte puede traer numerador y denominador: el indicador es un porcentaje. */
    public boolean esProporcion() {
        return tipoMeta == TipoMeta.COBERTURA || "porcentaje".equalsIgnoreCase(unidad);
    }

    public Long getId() {
        return id;
    }

    public CodigoIndicador getCodigo() {
        return codigo;
    }

    /** El código como texto, para páginas y JSON. */
    public String getCodigoTexto() {
        return codigo.valor();
    }

    public NivelIndicador getNivel() {
        return nivel;
    }

    public Componente getComponente() {
        return componente;
    }

    /** {@code null} en las metas de resultado, que cuelgan del componente. */
    public Programa getPrograma() {
        return programa;
    }

    public String getNombre() {
        return nombre;
    }

    public BigDecimal getLineaBase() {
        return lineaBase;
    }

    public String getLineaBaseTexto() {
        return lineaBaseTexto;
    }

    public BigDecimal getMeta() {
        return meta;
    }

    public String getMetaTexto() {
        return metaTexto;
    }

    public String getUnidad() {
        return unidad;
    }

    public TipoMeta getTipoMeta() {
        return tipoMeta;
    }

    public FuenteIndicador getFuente() {
        return fuente;
    }

    public String getRegla() {
        return regla;
    }

    public int getOrden() {
        return orden;
    }

    @Override
    public String toString() {
        return codigo.valor();
    }
}
