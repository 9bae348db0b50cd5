package co.gov.cartagena.ruta.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.Texto;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: los mensajes del dominio ({@code comun/dominio.properties} en español, {@code dominio_en.properties} en
 * inglés) están completos. Que los dos tengan las mismas claves, ninguna vacía, lo revisa
 * {@link PaquetesCompletosTest}; aquí: cada patrón tiene los mismos argumentos en los dos idiomas, cada clave que el
 * código usa ({@code Texto.de("clave", …)}) está en el paquete y cada clave del paquete se usa, y ningún texto en
 * inglés tiene español.
 */
class MensajesDelDominioCompletosTest {

    private static final Path RAIZ = Path.of(System.getProperty("ruta.raiz", "."));
    private static final Path PAQUETES = RAIZ.resolve("src/main/resources/co/gov/cartagena/ruta/comun");
    private static final Path FUENTES = RAIZ.resolve("src/main/java");
    private static final Pattern USO = Pattern.compile("Texto\\.de\\(\\s*\"([^\"]+)\"");

    /** Palabras que delatan español en un texto que debería estar en inglés (como palabra entera). */
    static final Pattern ESPANOL = Pattern.compile("[¿¡ñÑ]|\\b(?:el|la|los|las|del|debe|deben|puede|para|que|una|"
            + "con|sin|está|están|fecha|caso|persona|sede|obligatori[oa]|válid[oa]|número|año|usted|ningún|ninguna|"
            + "solo|ya|tiene|hay|es|son|desde|hasta|entre|cuando|según|también)\\b", Pattern.UNICODE_CHARACTER_CLASS);

    private static Properties leer(String archivo) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(PAQUETES.resolve(archivo), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p;
    }

    private static int argumentos(String patron) {
        return new MessageFormat(patron, Locale.ROOT).getFormatsByArgumentIndex().length;
    }

    @Test
    void cadaPatronTieneLosMismosArgumentosEnLosDosIdiomas() throws IOException {
        Properties es = leer("dominio.properties");
        Properties en = leer("dominio_en.properties");
        List<String> distintos = new ArrayList<>();
        for (String clave : new TreeSet<>(es.stringPropertyNames())) {
            String ingles = en.getProperty(clave);
            if (ingles != null && argumentos(es.getProperty(clave)) != argumentos(ingles)) {
                distintos.add(clave + ": " + argumentos(es.getProperty(clave)) + " argumentos en español, "
                        + argumentos(ingles) + " en inglés");
            }
        }
        assertTrue(distintos.isEmpty(), String.join("\n", distintos));
    }

    @Test
    void cadaClaveQueUsaElCodigoEstaEnElPaqueteYCadaClaveDelPaqueteSeUsa() throws IOException {
        Set<String> usadas = new TreeSet<>();
        try (Stream<Path> s = Files.walk(FUENTES)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".java")).toList()) {
                Matcher m = USO.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    usadas.add(m.group(1));
                }
            }
        }
        assertFalse(usadas.isEmpty(), "No se encontró ningún Texto.de(\"…\") en " + FUENTES.toAbsolutePath());
        Set<String> enPaquete = leer("dominio.properties").stringPropertyNames();
        Set<String> faltan = new TreeSet<>(usadas);
        faltan.removeAll(enPaquete);
        Set<String> sobran = new TreeSet<>(enPaquete);
        sobran.removeAll(usadas);
        assertTrue(faltan.isEmpty(), "Claves usadas en el código que no están en dominio.properties: " + faltan);
        assertTrue(sobran.isEmpty(), "Claves de dominio.properties que ningún código usa: " + sobran);
    }

    /** {@code ReglaIncumplida.deLaPagina} (un texto que la página ya trae en su idioma) es solo de las páginas. */
    @Test
    void soloLasPaginasLanzanReglasConTextoPropio() throws IOException {
        List<Path> fuera = new ArrayList<>();
        Path web = FUENTES.resolve("co/gov/cartagena/ruta/web");
        try (Stream<Path> s = Files.walk(FUENTES)) {
            for (Path f : s.filter(x -> x.toString().endsWith(".java") && !x.startsWith(web)
                    && !x.endsWith("ReglaIncumplida.java")).toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains("deLaPagina(")) {
                    fuera.add(FUENTES.relativize(f));
                }
            }
        }
        assertTrue(fuera.isEmpty(), "ReglaIncumplida.deLaPagina fuera de web: " + fuera);
    }

    @Test
    void ningunTextoEnInglesTieneEspanol() throws IOException {
        Properties en = leer("dominio_en.properties");
        List<String> conEspanol = new ArrayList<>();
        for (String clave : new TreeSet<>(en.stringPropertyNames())) {
            Matcher m = ESPANOL.matcher(en.getProperty(clave));
            if (m.find()) {
                conEspanol.add(clave + " («" + m.group() + "»): " + en.getProperty(clave));
            }
        }
        assertTrue(conEspanol.isEmpty(), String.join("\n", conEspanol));
    }

    @Test
    void elEspanolNoCambiaNiUnNumeroNiUnaFecha() {
        Texto t = Texto.de("comun.noDisponible.consultaLarga", 1000);
        assertTrue(t.enEspanol().startsWith("La consulta tardó más de 1000 segundos"), t.enEspanol());
        assertTrue(t.en(Locale.ENGLISH).startsWith("The search took more than 1000 seconds"), t.en(Locale.ENGLISH));
        Texto anidado = Texto.de("comun.noEncontrado", Texto.de("comun.noDisponible.consultaLarga", 5));
        assertTrue(anidado.en(Locale.ENGLISH).startsWith("Could not find The search took more than 5"),
                anidado.en(Locale.ENGLISH));
    }
}
