package co.gov.cartagena.ruta.indicadores;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Los subpaquetes de {@code co.gov.cartagena.ruta.indicadores} no forman ciclos: se leen las fuentes de
 * {@code src/main/java} (importaciones y nombres completos en el código, sin comentarios) y se busca un ciclo en el
 * grafo de paquetes. Y las páginas y la API no usan las reglas del almacén ({@code Regla}, {@code ReglasDelPlan}).
 */
class PaquetesSinCiclosTest {

    private static final String RAIZ = "co.gov.cartagena.ruta.indicadores";
    private static final Path FUENTES = Path.of("src/main/java", RAIZ.split("\\."));
    private static final Pattern PAQUETE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCIA = Pattern.compile(
            "\\b(" + Pattern.quote(RAIZ) + "(?:\\.[a-z]\\w*)*)\\.[A-Z]");
    private static final Pattern INTERNAS_DEL_ALMACEN = Pattern.compile(
            "\\b" + Pattern.quote(RAIZ) + "\\.calculo\\.(Regla|ReglasDelPlan)\\b");
    private static final Pattern COMENTARIO = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void losPaquetesDeIndicadoresNoFormanCiclos() throws IOException {
        Map<String, Set<String>> usos = usosEntrePaquetes();
        assertTrue(usos.keySet().containsAll(Set.of(RAIZ + ".catalogo", RAIZ + ".calculo", RAIZ + ".seguimiento",
                RAIZ + ".publicacion")), "No se leyeron los paquetes: " + usos.keySet());
        assertTrue(usos.get(RAIZ + ".calculo").contains(RAIZ + ".catalogo"),
                "El almacén usa el cuatrienio del catálogo y la lectura no lo vio: " + usos);
        assertEquals(List.of(), ciclo(usos), "Ciclo entre paquetes de indicadores");
    }

    @Test
    void lasPaginasYLaApiNoUsanLasReglasDelAlmacen() throws IOException {
        List<String> usan = new ArrayList<>();
        for (String capa : List.of("web", "api")) {
            try (Stream<Path> archivos = Files.walk(Path.of("src/main/java/co/gov/cartagena/ruta", capa))) {
                for (Path fuente : archivos.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (INTERNAS_DEL_ALMACEN.matcher(Files.readString(fuente)).find()) {
                        usan.add(fuente.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), usan, "Piden lo que necesitan a DesgloseIndicadores o usan ParteDeLaCifra");
    }

    @Test
    void unCicloSeDetectaYSeNombra() {
        Map<String, Set<String>> usos = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        assertEquals(List.of("a", "b", "c", "a"), ciclo(usos));
        assertEquals(List.of(), ciclo(Map.of("a", Set.of("b"), "b", Set.of("c"), "d", Set.of("a", "c"))));
    }

    /** Paquete → paquetes de indicadores que usa (sin él mismo). */
    static Map<String, Set<String>> usosEntrePaquetes() throws IOException {
        Map<String, Set<String>> usos = new TreeMap<>();
        List<Path> fuentes;
        try (Stream<Path> archivos = Files.walk(FUENTES)) {
            fuentes = archivos.filter(p -> p.toString().endsWith(".java")).toList();
        }
        for (Path fuente : fuentes) {
            String texto = COMENTARIO.matcher(Files.readString(fuente)).replaceAll(" ");
            Matcher paquete = PAQUETE.matcher(texto);
            assertTrue(paquete.find(), "Sin package: " + fuente);
            Set<String> usados = usos.computeIfAbsent(paquete.group(1), k -> new TreeSet<>());
            Matcher referencia = REFERENCIA.matcher(texto.substring(paquete.end()));
            while (referencia.find()) {
                if (!referencia.group(1).equals(paquete.group(1))) {
                    usados.add(referencia.group(1));
                }
            }
        }
        return usos;
    }

    /** Un ciclo del grafo (el primero que se encuentra, cerrado en su origen), o vacío si no hay. */
    static List<String> ciclo(Map<String, Set<String>> usos) {
        Set<String> terminados = new TreeSet<>();
        for (String inicio : new TreeSet<>(usos.keySet())) {
            List<String> hallado = recorrer(inicio, usos, new ArrayList<>(), terminados);
            if (!hallado.isEmpty()) {
                return hallado;
            }
        }
        return List.of();
    }

    private static List<String> recorrer(String paquete, Map<String, Set<String>> usos, List<String> camino,
            Set<String> terminados) {
        int i = camino.indexOf(paquete);
        if (i >= 0) {
            List<String> hallado = new ArrayList<>(camino.subList(i, camino.size()));
            hallado.add(paquete);
            return hallado;
        }
        if (terminados.contains(paquete)) {
            return List.of();
        }
        camino.add(paquete);
        for (String usado : new TreeSet<>(usos.getOrDefault(paquete, Set.of()))) {
            List<String> hallado = recorrer(usado, usos, camino, terminados);
            if (!hallado.isEmpty()) {
                return hallado;
            }
        }
        camino.remove(camino.size() - 1);
        terminados.add(paquete);
        return List.of();
    }
}
