package co.gov.cartagena.ruta.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: cada paquete de mensajes está completo en los dos idiomas. El español es la base ({@code X.properties},
 * con {@code X_es.properties} vacío a propósito) y el inglés {@code X_en.properties}: una clave que esté en uno y no
 * en el otro, o que esté vacía, hace fallar la prueba con su nombre. Recorre todos los paquetes de
 * {@code src/main/resources}, así que uno nuevo entra solo.
 */
class PaquetesCompletosTest {

    private static final Path RECURSOS = Path.of(System.getProperty("ruta.raiz", "."), "src", "main", "resources");

    private static Properties leer(Path archivo) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(archivo, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static List<Path> ingleses() throws IOException {
        try (Stream<Path> s = Files.walk(RECURSOS)) {
            return s.filter(f -> f.getFileName().toString().endsWith("_en.properties")).sorted().toList();
        }
    }

    @Test
    void hayPaquetesEnInglesYCadaUnoTieneSuBaseEnEspanol() throws IOException {
        List<Path> en = ingleses();
        assertFalse(en.isEmpty(), "No se encontraron paquetes _en en " + RECURSOS.toAbsolutePath());
        for (Path p : en) {
            Path base = p.resolveSibling(p.getFileName().toString().replace("_en.properties", ".properties"));
            assertTrue(Files.exists(base), "Falta la base en español de " + p);
        }
    }

    @Test
    void cadaClaveEstaEnLosDosIdiomasYNingunaVacia() throws IOException {
        List<String> problemas = new ArrayList<>();
        for (Path en : ingleses()) {
            String nombre = en.getFileName().toString();
            Path base = en.resolveSibling(nombre.replace("_en.properties", ".properties"));
            Path es = en.resolveSibling(nombre.replace("_en.properties", "_es.properties"));
            Properties ingles = leer(en);
            Properties espanol = leer(base);
            if (Files.exists(es)) {
                espanol.putAll(leer(es));
            }
            Set<String> soloEspanol = new TreeSet<>(espanol.stringPropertyNames());
            soloEspanol.removeAll(ingles.stringPropertyNames());
            Set<String> soloIngles = new TreeSet<>(ingles.stringPropertyNames());
            soloIngles.removeAll(espanol.stringPropertyNames());
            if (!soloEspanol.isEmpty()) {
                problemas.add(nombre + ": faltan en inglés " + soloEspanol);
            }
            if (!soloIngles.isEmpty()) {
                problemas.add(base.getFileName() + ": faltan en español " + soloIngles);
            }
            for (Properties p : List.of(ingles, espanol)) {
                p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()).sorted()
                        .forEach(k -> problemas.add((p == ingles ? nombre : base.getFileName()) + ": vacía " + k));
            }
        }
        assertTrue(problemas.isEmpty(), String.join("\n", problemas));
    }

    /** Una clave repetida en un archivo se pierde sin aviso (gana la última): ninguna se repite. */
    @Test
    void ningunaClaveSeRepiteEnUnArchivo() throws IOException {
        List<String> repetidas = new ArrayList<>();
        try (Stream<Path> s = Files.walk(RECURSOS)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".properties")).sorted().toList()) {
                Set<String> vistas = new java.util.HashSet<>();
                for (String linea : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    String l = linea.strip();
                    if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || !l.contains("=")
                            || Character.isWhitespace(linea.charAt(0))) {
                        continue;
                    }
                    String clave = l.substring(0, l.indexOf('=')).strip();
                    if (!vistas.add(clave)) {
                        repetidas.add(f.getFileName() + ": " + clave);
                    }
                }
            }
        }
        assertTrue(repetidas.isEmpty(), "Claves repetidas: " + repetidas);
    }

    /**
     * Las etiquetas y ayudas de los campos de las rutas y los nombres de las entidades de remisión están en el paquete
     * español y también en su definición ({@code Rutas}, {@code EntidadRemision}), que las usa si falta la clave: los
     * dos textos deben ser el mismo, para que no se separen.
     */
    @Test
    void losTextosDeLasRutasEnEspanolSonLosDeSuDefinicion() throws IOException {
        Properties es = leer(RECURSOS.resolve("co/gov/cartagena/ruta/web/mensajes.properties"));
        List<String> distintos = new ArrayList<>();
        for (co.gov.cartagena.ruta.casos.Ruta r : co.gov.cartagena.ruta.casos.Ruta.values()) {
            for (co.gov.cartagena.ruta.casos.Campo c : r.definicion().campos()) {
                comparar(es, "ruta." + r.name() + ".campo." + c.nombre(), c.etiqueta(), distintos);
                if (c.ayuda() != null) {
                    comparar(es, "ruta." + r.name() + ".ayuda." + c.nombre(), c.ayuda(), distintos);
                }
            }
        }
        for (co.gov.cartagena.ruta.casos.EntidadRemision e : co.gov.cartagena.ruta.casos.EntidadRemision.values()) {
            comparar(es, "caso.entidad." + e.name(), e.nombre(), distintos);
        }
        assertTrue(distintos.isEmpty(), String.join("\n", distintos));
    }

    private static void comparar(Properties p, String clave, String esperado, List<String> distintos) {
        if (!esperado.equals(p.getProperty(clave))) {
            distintos.add(clave + ": en el paquete «" + p.getProperty(clave) + "», en el código «" + esperado + "»");
        }
    }
}
