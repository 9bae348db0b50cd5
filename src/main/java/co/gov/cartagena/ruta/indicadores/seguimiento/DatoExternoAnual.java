package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Una cifra oficial externa que un indicador calculado usa como denominador, por año, con su fuente (p. ej. la
 * población migrante estimada de GE.R1). No se corrige en el sitio: una cifra nueva para el mismo año reemplaza a
 * la anterior, que queda como historia.
 */
@Entity
@Table(name = "dato_externo_anual")
@NamedQuery(name = "DatoExternoAnual.deIndicador", query = "SELECT d FROM DatoExternoAnual d "
        + "WHERE d.indicador = :indicador ORDER BY d.anio, d.registradoEn DESC, d.id DESC")
public class DatoExternoAnual {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 20)
    private String indicador;

    @Column(nullable = false)
    private int anio;

    @Column(nullable = false, precision = 16, scale = 2)
    private BigDecimal valor;

    @Column(nullable = false, length = 300)
    private String fuente;

    @Column(name = "fecha_dato", nullable = false)
    private LocalDate fechaDato;

    @Column(name = "registrado_en", nullable = false)
    private Instant registradoEn;

    @Column(name = "registrado_por", nullable = false, length = 100)
    private String registradoPor;

    protected DatoExternoAnual() {
    }

    public DatoExternoAnual(String indicador, int anio, BigDecimal valor, String fuente, LocalDate fechaDato,
            String quien) {
        ReglaIncumplida.exigir(Cuatrienio.contiene(anio), "anio",
                Texto.de("indicadores.anoDebeSerPlan", Cuatrienio.PRIMER_ANIO, Cuatrienio.ULTIMO_ANIO));
        ReglaIncumplida.exigir(valor != null && valor.signum() > 0, "valor", Texto.de("indicadores.cifraDebeSerMayor"));
        ReglaIncumplida.exigir(fuente != null && !fuente.isBlank(), "fuente",
                Texto.de("indicadores.indiqueFuenteOficialCifra"));
        ReglaIncumplida.exigir(fuente.trim().length() <= 300, "fuente", Texto.de("indicadores.fuenteAdmiteHasta300"));
        ReglaIncumplida.exigir(fechaDato != null, "fechaDato", Texto.de("indicadores.indiqueFechaCifra"));
        this.indicador = indicador;
        this.anio = anio;
        this.valor = valor;
        this.fuente = fuente.trim();
        this.fechaDato = fechaDato;
        this.registradoEn = Instant.now();
        this.registradoPor = quien;
    }

    public Long getId() {
        return id;
    }

    public String getIndicador() {
        return indicador;
    }

    public int getAnio() {
        return anio;
    }

    public BigDecimal getValor() {
        return valor;
    }

    public String getFuente() {
        return fuente;
    }

    public LocalDate getFechaDato() {
        return fechaDato;
    }

    public Instant getRegistradoEn() {
        return registradoEn;
    }

    public String getRegistradoPor() {
        return registradoPor;
    }
}
