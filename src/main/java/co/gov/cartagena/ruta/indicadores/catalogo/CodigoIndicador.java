package co.gov.cartagena.ruta.indicadores.catalogo;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * El código de un indicador tal como lo trae el plan ({@code SC.R1}, {@code PZ.VIC.12}, {@code GE.MIG.2}):
 * dos letras del componente y uno o dos segmentos separados por punto. No cambia nunca.
 */
@Embeddable
public class CodigoIndicador implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Pattern FORMA = Pattern.compile("[A-Z]{2}(\\.[A-Z0-9]{1,10}){1,3}");

    @Column(name = "codigo", nullable = false, updatable = false, length = 20)
    private String valor;

    protected CodigoIndicador() {
        // para JPA
    }

    private CodigoIndicador(String valor) {
        this.valor = valor;
    }

    /** El código, o vacío si el texto no tiene la forma de un código del plan. */
    public static Optional<CodigoIndicador> leer(String texto) {
        if (texto == null) {
            return Optional.empty();
        }
        String limpio = texto.trim();
        return FORMA.matcher(limpio).matches() ? Optional.of(new CodigoIndicador(limpio)) : Optional.empty();
    }

    public static CodigoIndicador de(String texto) {
        return leer(texto).orElseThrow(() -> new ReglaIncumplida("codigo",
                Texto.de("indicadores.noCodigoIndicadorPlan", texto)));
    }

    public String valor() {
        return valor;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CodigoIndicador c && Objects.equals(c.valor, valor);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(valor);
    }

    @Override
    public String toString() {
        return valor;
    }
}
