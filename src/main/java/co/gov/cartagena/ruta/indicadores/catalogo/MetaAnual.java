package co.gov.cartagena.ruta.indicadores.catalogo;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.RegistroEditable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Meta de un indicador para un año del plan indicativo (2024–2027). Qué significa el valor depende del tipo de meta:
 * para acumulado, lo que se logra en ese año; para hito, el porcentaje del hito al cierre del año; para los demás,
 * el nivel esperado al cierre del año. Ver {@code avance.Programacion}.
 */
@Entity
@Table(name = "meta_anual")
// Para el tablero: los valores sin cargar las entidades (cargar cada MetaAnual cargaría su indicador y su jerarquía).
@NamedQuery(name = "MetaAnual.valores", query = "SELECT m.indicador.id, m.anio, m.valor FROM MetaAnual m")
@NamedQuery(name = "MetaAnual.deIndicador",
        query = "SELECT m FROM MetaAnual m WHERE m.indicador = :indicador ORDER BY m.anio")
public class MetaAnual extends RegistroEditable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "indicador_id", nullable = false, updatable = false)
    private Indicador indicador;

    @Column(nullable = false, updatable = false)
    private int anio;

    @Column(nullable = false, precision = 18, scale = 4)
    private BigDecimal valor;

    protected MetaAnual() {
        // para JPA
    }

    public MetaAnual(Indicador indicador, int anio, BigDecimal valor, String quien) {
        super(Objects.requireNonNull(quien));
        this.indicador = Objects.requireNonNull(indicador);
        this.anio = validarAnio(anio);
        this.valor = validarValor(indicador, valor);
    }

    /** Cambia el valor; devuelve el anterior. */
    public BigDecimal cambiarValor(BigDecimal nuevo, String quien) {
        BigDecimal anterior = valor;
        valor = validarValor(indicador, nuevo);
        anotarCambio(Objects.requireNonNull(quien));
        return anterior;
    }

    public static int validarAnio(int anio) {
        if (!Cuatrienio.contiene(anio)) {
            throw new ReglaIncumplida("anio",
                    Texto.de("indicadores.metasAnualesSonFuera", Cuatrienio.PRIMER_ANIO, Cuatrienio.ULTIMO_ANIO, anio));
        }
        return anio;
    }

    static BigDecimal validarValor(Indicador indicador, BigDecimal valor) {
        if (valor == null) {
            throw new ReglaIncumplida("valor", Texto.de("indicadores.escribaValorMetaAnual"));
        }
        Cifras.validar("valor", valor);
        if (indicador.getTipoMeta() == TipoMeta.HITO && valor.compareTo(Cifras.CIEN) > 0) {
            throw new ReglaIncumplida("valor",
                    Texto.de("indicadores.hitoMetaAnualPorcentaje"));
        }
        return valor;
    }

    public Long getId() {
        return id;
    }

    public Indicador getIndicador() {
        return indicador;
    }

    public int getAnio() {
        return anio;
    }

    public BigDecimal getValor() {
        return valor;
    }
}
