package co.gov.cartagena.ruta.web.indicadores;

import java.io.Serializable;
import java.math.BigDecimal;

/** La meta de un año en el formulario del administrador. */
public class MetaEditable implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int anio;
    private BigDecimal valor;

    MetaEditable(int anio, BigDecimal valor) {
        this.anio = anio;
        this.valor = valor;
    }

    public int getAnio() {
        return anio;
    }

    /** El año como texto, para la etiqueta del campo (p:outputLabel la copia al campo y exige texto). */
    public String getEtiqueta() {
        return String.valueOf(anio);
    }

    public BigDecimal getValor() {
        return valor;
    }

    public void setValor(BigDecimal valor) {
        this.valor = valor;
    }
}
