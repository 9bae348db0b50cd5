package co.gov.cartagena.ruta.configuracion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link Clave} es el único registro de configuración: todo {@code ${MPCONFIG=…}} de src/main nombra una Clave,
 * cada {@code Clave.X} existe, ninguna Clave sobra y el código no lee configuración por otro camino.
 */
class ClaveTest {

    /** {@code ${MPCONFIG=clave}} o {@code ${MPCONFIG=clave:valor por defecto}}. */
    private static final Pattern MPCONFIG = Pattern.compile("\\$\\{MPCONFIG=([^}:]+)(?::([^}]*))?}");
    private static final Pattern USO_CLAVE = Pattern.compile("\\bClave\\.([A-Z][A-Z0-9_]*)\\b");
    /** Lecturas de configuración que esquivan {@link Configuracion}. */
    private static final Pattern LECTURA_DIRECTA = Pattern.compile(
            "System\\.getenv\\s*\\(|System\\.getProperty\\s*\\(|@ConfigProperty\\b|get(?:Optional)?Value\\s*\\(\\s*\"");

    private static Path main;
    private static Map<Path, String> fuentes;

    @BeforeAll
    static void leerFuentes() throws IOException {
        main = Path.of(System.getProperty("ruta.raiz", ".")).toAbsolutePath().resolve("src/main");
        fuentes = new TreeMap<>();
        try (Stream<Path> todo = Files.walk(main)) {
            for (Path p : todo.filter(Files::isRegularFile).toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".java") || n.endsWith(".xml") || n.endsWith(".properties")) {
                    fuentes.put(p, Files.readString(p));
                }
            }
        }
        assertTrue(fuentes.keySet().stream().anyMatch(p -> p.endsWith("web.xml")), "No se encontró src/main: " + main);
    }

    @Test
    void cadaMpconfigNombraUnaClave() {
        List<String> referencias = new ArrayList<>();
        fuentes.forEach((archivo, texto) -> {
            Matcher m = MPCONFIG.matcher(texto);
            while (m.find()) {
                String nombre = m.group(1).trim();
                referencias.add(nombre);
                assertTrue(Clave.deNombre(nombre).isPresent(),
                        main.relativize(archivo) + " lee ${MPCONFIG=" + nombre + "}, que no es una Clave");
            }
        });
        // FuenteDeDatos (url, usuario, clave) y web.xml (etapa de Faces) como mínimo.
        assertTrue(referencias.containsAll(List.of("ruta.db.url", "ruta.db.usuario", "ruta.db.clave",
                "ruta.faces.etapa")), "Referencias MPCONFIG encontradas: " + referencias);
    }

    @Test
    void elValorPorDefectoDeUnMpconfigEsElDeLaClave() {
        fuentes.forEach((archivo, texto) -> {
            Matcher m = MPCONFIG.matcher(texto);
            while (m.find()) {
                Optional<Clave> clave = Clave.deNombre(m.group(1).trim());
                if (clave.isPresent() && m.group(2) != null) {
                    assertEquals(clave.get().porDefecto(), Optional.of(m.group(2)),
                            main.relativize(archivo) + ": el valor por defecto de " + m.group()
                                    + " no es el de la Clave");
                }
            }
        });
    }

    /**
     * Una Clave con valor por defecto debe tenerlo también en el {@code ${MPCONFIG=…}}: Payara resuelve esas
     * referencias sin pasar por {@link Configuracion}, así que el valor por defecto de la Clave no se aplica.
     */
    @Test
    void unMpconfigDeUnaClaveConValorPorDefectoLoRepite() {
        List<String> sinDefecto = new ArrayList<>();
        fuentes.forEach((archivo, texto) -> {
            Matcher m = MPCONFIG.matcher(texto);
            while (m.find()) {
                Optional<Clave> clave = Clave.deNombre(m.group(1).trim());
                if (clave.isPresent() && clave.get().porDefecto().isPresent() && m.group(2) == null) {
                    sinDefecto.add(main.relativize(archivo) + ": " + m.group());
                }
            }
        });
        assertEquals(List.of(), sinDefecto);
    }

    @Test
    void cadaUsoDeClaveEnElCodigoExiste() {
        Set<String> nombres = new HashSet<>();
        Arrays.stream(Clave.values()).forEach(c -> nombres.add(c.name()));
        Set<String> usadas = new TreeSet<>();
        fuentes.forEach((archivo, texto) -> {
            if (archivo.toString().endsWith(".java")) {
                Matcher m = USO_CLAVE.matcher(texto);
                while (m.find()) {
                    usadas.add(m.group(1));
                    assertTrue(nombres.contains(m.group(1)), main.relativize(archivo) + " usa Clave." + m.group(1));
                }
            }
        });
        assertTrue(usadas.containsAll(List.of("DB_URL", "OIDC_PROVEEDOR", "OIDC_SECRETO")), "Usos: " + usadas);
    }

    @Test
    void ningunaClaveSobra() {
        Set<Clave> leidas = EnumSet.noneOf(Clave.class);
        fuentes.forEach((archivo, texto) -> {
            if (archivo.endsWith("configuracion/Clave.java")) {
                return;
            }
            Matcher uso = USO_CLAVE.matcher(texto);
            while (uso.find()) {
                Arrays.stream(Clave.values()).filter(c -> c.name().equals(uso.group(1))).forEach(leidas::add);
            }
            Matcher mp = MPCONFIG.matcher(texto);
            while (mp.find()) {
                Clave.deNombre(mp.group(1).trim()).ifPresent(leidas::add);
            }
        });
        Set<Clave> sinUso = EnumSet.complementOf(EnumSet.copyOf(leidas));
        assertEquals(Set.of(), sinUso, "Claves que nada en src/main lee");
    }

    @Test
    void elCodigoNoLeeConfiguracionPorOtroCamino() {
        fuentes.forEach((archivo, texto) -> {
            if (!archivo.toString().endsWith(".java")) {
                return;
            }
            Matcher m = LECTURA_DIRECTA.matcher(texto);
            assertFalse(m.find(),
                    () -> main.relativize(archivo) + " lee configuración sin pasar por Clave: " + m.group());
        });
    }

    @Test
    void variableDeEntornoSegunMicroProfileConfig() {
        assertEquals("RUTA_DB_URL", Clave.DB_URL.variableDeEntorno());
        assertEquals("RUTA_DB_MIGRACION_USUARIO", Clave.DB_MIGRACION_USUARIO.variableDeEntorno());
        assertEquals("RUTA_OIDC_SECRETO", Clave.OIDC_SECRETO.variableDeEntorno());
        assertEquals("RUTA_URL_PUBLICA", Clave.URL_PUBLICA.variableDeEntorno());
        assertEquals("RUTA_FACES_ETAPA", Clave.FACES_ETAPA.variableDeEntorno());
        for (Clave c : Clave.values()) {
            assertEquals(c.nombre().replace('.', '_').toUpperCase(Locale.ROOT), c.variableDeEntorno());
            assertEquals(Optional.of(c), Clave.deVariableDeEntorno(c.variableDeEntorno()));
            assertEquals(Optional.of(c), Clave.deNombre(c.nombre()));
        }
        assertEquals(Optional.empty(), Clave.deVariableDeEntorno("RUTA_DESCONOCIDA"));
        assertEquals(Optional.empty(), Clave.deVariableDeEntorno("ruta_db_url"));
        assertEquals(Optional.empty(), Clave.deNombre("RUTA_DB_URL"));
    }

    @Test
    void nombresYVariablesUnicosYConPrefijoRuta() {
        Set<String> nombres = new HashSet<>();
        Set<String> variables = new HashSet<>();
        for (Clave c : Clave.values()) {
            assertTrue(nombres.add(c.nombre()), "Nombre repetido: " + c.nombre());
            assertTrue(variables.add(c.variableDeEntorno()), "Variable repetida: " + c.variableDeEntorno());
            assertTrue(c.nombre().matches("ruta(\\.[a-z]+)+"), "Nombre fuera de la convención: " + c.nombre());
            assertFalse(c.descripcion().isBlank(), c + " sin descripción");
        }
    }

    @Test
    void losSecretosNoTienenValorPorDefecto() {
        for (Clave c : List.of(Clave.DB_CLAVE, Clave.DB_MIGRACION_CLAVE, Clave.OIDC_SECRETO)) {
            assertEquals(Optional.empty(), c.porDefecto(), c + " no puede tener un valor por defecto");
        }
    }
}
