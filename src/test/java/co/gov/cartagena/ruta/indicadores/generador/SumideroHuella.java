package co.gov.cartagena.ruta.indicadores.generador;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;

/** Resume en un SHA-256 todas las filas generadas, en orden: la misma semilla debe dar la misma huella. */
public final class SumideroHuella implements Sumidero {

    private final MessageDigest sha;
    private final Map<Tabla, Long> filas = new EnumMap<>(Tabla.class);

    public SumideroHuella() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void fila(Tabla tabla, Object... valores) {
        filas.merge(tabla, 1L, Long::sum);
        sha.update(tabla.name().getBytes(StandardCharsets.UTF_8));
        for (Object v : valores) {
            sha.update((byte) 0x1f);
            if (v instanceof byte[] b) {
                sha.update(b);
            } else {
                sha.update(String.valueOf(v).getBytes(StandardCharsets.UTF_8));
            }
        }
        sha.update((byte) 0x1e);
    }

    public String huella() {
        return HexFormat.of().formatHex(sha.digest());
    }

    public Map<Tabla, Long> filas() {
        return filas;
    }

    static String resumen(Object[] valores) {
        return Arrays.toString(valores);
    }
}
