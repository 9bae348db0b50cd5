package co.gov.cartagena.ruta.indicadores.catalogo;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import java.math.BigDecimal;

/** Reglas de las cifras que se guardan (DECIMAL(18,4)): no negativas, hasta 14 enteros y 4 decimales. */
public final class Cifras {

    public static final BigDecimal CIEN = BigDecimal.valueOf(100);
    private static final int DECIMALES = 4;
    private static final int ENTEROS = 14;

    private Cifras() {
    }

    public static BigDecimal validar(String campo, BigDecimal cifra) {
        if (cifra.signum() < 0) {
            throw new ReglaIncumplida(campo, Texto.de("indicadores.valorNoPuedeSer"));
        }
        BigDecimal limpia = cifra.stripTrailingZeros();
        if (limpia.scale() > DECIMALES) {
            throw new ReglaIncumplida(campo, Texto.de("indicadores.valorAdmiteComoMaximo", DECIMALES));
        }
        if (limpia.precision() - limpia.scale() > ENTEROS) {
            throw new ReglaIncumplida(campo, Texto.de("indicadores.valorDemasiadoGrande"));
        }
        return cifra;
    }
}
