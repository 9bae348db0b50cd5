package co.gov.cartagena.ruta.comun;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Normalización de nombres para buscar sin importar tildes, mayúsculas ni el orden de las palabras. */
public final class Textos {

    private Textos() {
    }

    /** "María  José Pérez" → "jose maria perez": minúsculas, sin tildes ni signos, palabras ordenadas. */
    public static String claveNombre(String... partes) {
        String todo = String.join(" ", Arrays.stream(partes).map(p -> p == null ? "" : p).toList());
        return Arrays.stream(sinTildes(todo).toLowerCase(Locale.ROOT).split("[^a-z0-9ñ]+"))
                .filter(p -> !p.isBlank())
                .sorted()
                .collect(Collectors.joining(" "));
    }

    /** Palabras normalizadas de una búsqueda, para exigir que todas aparezcan. */
    public static String[] palabras(String texto) {
        String clave = claveNombre(texto);
        return clave.isEmpty() ? new String[0] : clave.split(" ");
    }

    public static String sinTildes(String texto) {
        String descompuesto = Normalizer.normalize(texto, Normalizer.Form.NFD);
        // conserva la ñ: se recompone antes de quitar las marcas de las demás letras
        return descompuesto.replace("n\u0303", "ñ").replace("N\u0303", "Ñ").replaceAll("\\p{M}+", "");
    }

    public static String limpio(String texto) {
        return texto == null || texto.isBlank() ? null : texto.trim().replaceAll("\\s+", " ");
    }
}
