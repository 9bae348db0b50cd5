package co.gov.cartagena.ruta.arquitectura;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
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
 * Ningún ciclo entre los paquetes de {@code co.gov.cartagena.ruta}: un paquete de abajo que necesita decirle algo a
 * uno de arriba publica un evento o depende de una interfaz que él mismo define (como {@code personas/AccesoPorCasos}
 * o {@code adjuntos/AccesoPorActividades}). Lee las fuentes: cuenta cada nombre de otro paquete de Ruta, importado o
 * escrito completo en el código (no en los comentarios ni en la documentación, que pueden nombrar a quien los usa).
 * Cubre también los subpaquetes de indicadores, que {@code indicadores/PaquetesSinCiclosTest} mira por separado.
 */
class PaquetesSinCiclosTest {

    private static final Path FUENTES = Path.of(System.getProperty("ruta.raiz", "."), "src/main/java");
    private static final String RAIZ = "co.gov.cartagena.ruta";
    private static final Pattern REFERENCIA = Pattern.compile(
            Pattern.quote(RAIZ) + "\\.([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z]");
    private static final Pattern DECLARACION = Pattern.compile("(?m)^package\\s+[^;]+;");
    private static final Pattern COMENTARIO = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    @Test
    void noHayCiclosEntrePaquetes() throws IOException {
        Map<String, Set<String>> dependencias = dependencias();
        assertTrue(dependencias.getOrDefault("adjuntos", Set.of()).contains("casos"),
                "La lectura no vio que adjuntos usa casos: " + dependencias);
        List<List<String>> ciclos = componentesConCiclo(dependencias);
        StringBuilder detalle = new StringBuilder();
        for (List<String> ciclo : ciclos) {
            detalle.append("\n  ").append(ciclo).append(':');
            for (String p : ciclo) {
                Set<String> dentro = new TreeSet<>(dependencias.get(p));
                dentro.retainAll(ciclo);
                detalle.append("\n    ").append(p).append(" -> ").append(dentro);
            }
        }
        assertTrue(ciclos.isEmpty(), "Paquetes en ciclo:" + detalle);
    }

    /** Las páginas y la API piden lo que necesitan a {@code DesgloseIndicadores}; no usan las reglas del almacén. */
    @Test
    void lasPaginasYLaApiNoUsanLasReglasDelAlmacen() throws IOException {
        Pattern internas = Pattern.compile("\\b" + Pattern.quote(RAIZ) + "\\.indicadores\\.calculo\\.(Regla|ReglasDelPlan)\\b");
        List<String> usan = new ArrayList<>();
        for (String capa : List.of("web", "api")) {
            try (Stream<Path> archivos = Files.walk(FUENTES.resolve(RAIZ.replace('.', '/')).resolve(capa))) {
                for (Path fuente : archivos.filter(p -> p.toString().endsWith(".java")).toList()) {
                    if (internas.matcher(Files.readString(fuente)).find()) {
                        usan.add(fuente.toString());
                    }
                }
            }
        }
        assertEquals(List.of(), usan, "Piden lo que necesitan a DesgloseIndicadores o usan ParteDeLaCifra");
    }

    @Test
    void detectaUnCiclo() {
        Map<String, Set<String>> g = new TreeMap<>(Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"),
                "d", Set.of("a")));
        assertEquals(List.of(List.of("a", "b", "c")), componentesConCiclo(g));
        assertEquals(List.of(), componentesConCiclo(Map.of("a", Set.of("b"), "b", Set.of())));
    }

    /** Paquete (relativo a la raíz) → paquetes de Ruta que nombra. */
    private static Map<String, Set<String>> dependencias() throws IOException {
        Map<String, Set<String>> g = new TreeMap<>();
        List<Path> fuentes;
        try (Stream<Path> s = Files.walk(FUENTES)) {
            fuentes = s.filter(p -> p.toString().endsWith(".java")).toList();
        }
        assertFalse(fuentes.isEmpty(), "No hay fuentes en " + FUENTES.toAbsolutePath());
        Path raiz = FUENTES.resolve(RAIZ.replace('.', '/'));
        for (Path f : fuentes) {
            if (!f.startsWith(raiz) || f.getParent().equals(raiz)) {
                continue;
            }
            String paquete = raiz.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
            Set<String> destinos = g.computeIfAbsent(paquete, k -> new TreeSet<>());
            String codigo = COMENTARIO.matcher(Files.readString(f, StandardCharsets.UTF_8)).replaceAll(" ");
            String texto = DECLARACION.matcher(codigo).replaceFirst("");
            Matcher m = REFERENCIA.matcher(texto);
            while (m.find()) {
                if (!m.group(1).equals(paquete)) {
                    destinos.add(m.group(1));
                }
            }
        }
        return g;
    }

    /** Las componentes fuertemente conexas de más de un paquete (Tarjan), cada una ordenada. */
    static List<List<String>> componentesConCiclo(Map<String, Set<String>> g) {
        Map<String, Integer> indice = new HashMap<>();
        Map<String, Integer> bajo = new HashMap<>();
        Deque<String> pila = new ArrayDeque<>();
        Set<String> enPila = new TreeSet<>();
        List<List<String>> resultado = new ArrayList<>();
        for (String v : new TreeSet<>(g.keySet())) {
            if (!indice.containsKey(v)) {
                visitar(v, g, indice, bajo, pila, enPila, resultado);
            }
        }
        return resultado;
    }

    private static void visitar(String v, Map<String, Set<String>> g, Map<String, Integer> indice,
            Map<String, Integer> bajo, Deque<String> pila, Set<String> enPila, List<List<String>> resultado) {
        indice.put(v, indice.size());
        bajo.put(v, indice.get(v));
        pila.push(v);
        enPila.add(v);
        for (String w : new TreeSet<>(g.getOrDefault(v, Set.of()))) {
            if (!indice.containsKey(w)) {
                visitar(w, g, indice, bajo, pila, enPila, resultado);
                bajo.put(v, Math.min(bajo.get(v), bajo.get(w)));
            } else if (enPila.contains(w)) {
                bajo.put(v, Math.min(bajo.get(v), indice.get(w)));
            }
        }
        if (bajo.get(v).equals(indice.get(v))) {
            List<String> componente = new ArrayList<>();
            String w;
            do {
                w = pila.pop();
                enPila.remove(w);
                componente.add(w);
            } while (!w.equals(v));
            if (componente.size() > 1) {
                componente.sort(null);
                resultado.add(componente);
            }
        }
    }
}
