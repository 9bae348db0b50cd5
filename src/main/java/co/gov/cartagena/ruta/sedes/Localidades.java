package co.gov.cartagena.ruta.sedes;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Las tres localidades del Distrito de Cartagena, escritas como las guarda el registro de sedes. */
public final class Localidades {

    public static final List<String> TODAS = List.of(
            "Histórica y del Caribe Norte",
            "De la Virgen y Turística",
            "Industrial y de la Bahía");

    private Localidades() {
    }

    /**
     * La forma canónica de una localidad escrita con otras mayúsculas, sin tildes o con espacios de más; vacío si
     * no es una localidad de Cartagena.
     */
    public static Optional<String> canonica(String texto) {
        if (texto == null) {
            return Optional.empty();
        }
        String buscada = comparable(texto);
        return TODAS.stream().filter(l -> comparable(l).equals(buscada)).findFirst();
    }

    private static String comparable(String texto) {
        String sinTildes = Normalizer.normalize(texto.trim(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return sinTildes.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
