package co.gov.cartagena.ruta.despliegue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import co.gov.cartagena.ruta.configuracion.Clave;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Revisa {@code docker/compose.yaml} y {@code docker/Dockerfile} sin Docker: que los archivos montados existan, que
 * Ruta reciba exactamente sus claves de configuración ({@link Clave}), que ningún secreto esté escrito en claro, que
 * las dos instancias de Ruta sean iguales y formen el data grid por TCP/IP, que el balanceador reparta entre ellas
 * con sesiones pegajosas y que la réplica de MariaDB siga a la primaria por GTID semisíncrona.
 */
class ComposeTest {

    /** Claves con valor por defecto que igual hay que pasar: sus valores por defecto apuntan a localhost. */
    private static final Set<Clave> OBLIGATORIAS_EN_CONTENEDOR =
            EnumSet.of(Clave.DB_URL, Clave.DB_USUARIO, Clave.OIDC_PROVEEDOR);

    /** Solo {@code ${VAR:?mensaje}}: una interpolación sin valor por defecto, que detiene Compose si falta. */
    private static final Pattern INTERPOLACION_OBLIGATORIA = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:\\?[^}]*}");

    /** Una referencia {@code ${VAR…}} a una variable de entorno (no {@code $${…}}, un $ literal para Compose). */
    private static final Pattern REFERENCIA = Pattern.compile("(?<!\\$)\\$\\{([A-Z_][A-Z0-9_]*)");

    /** Las instancias de Ruta (mismo Dockerfile, mismo entorno) detrás del balanceador. */
    private static final List<String> INSTANCIAS = List.of("ruta-a", "ruta-b");

    private static Path docker;
    private static Map<String, Object> compose;

    @BeforeAll
    static void leer() throws IOException {
        docker = Path.of(System.getProperty("ruta.raiz", ".")).toAbsolutePath().resolve("docker");
        try (Reader r = Files.newBufferedReader(docker.resolve("compose.yaml"))) {
            compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(r);
        }
    }

    @Test
    void losServiciosExisten() {
        assertEquals(Set.of("mariadb", "mariadb-replica", "keycloak", "ruta-a", "ruta-b", "balanceador"),
                servicios().keySet());
    }

    @Test
    void cadaMontajeDeArchivoExisteRelativoADocker() {
        List<String> montajes = new ArrayList<>();
        servicios().forEach((nombre, servicio) -> {
            for (Object v : lista(mapa(servicio).get("volumes"))) {
                origenDeMontaje(v).ifPresent(origen -> {
                    montajes.add(origen);
                    assertTrue(Files.exists(docker.resolve(origen).normalize()),
                            "El servicio " + nombre + " monta " + origen + ", que no existe relativo a docker/");
                });
            }
        });
        assertTrue(montajes.contains("./mariadb/initdb/01-cuentas.sh"), "Falta el script de cuentas: " + montajes);
        assertTrue(montajes.contains("../realm-config/ruta-realm.json"), "Falta el reino de Keycloak: " + montajes);
        assertTrue(montajes.contains("./haproxy/haproxy.cfg"), "Falta la configuración del balanceador: " + montajes);
    }

    @Test
    void nuncaSeMontanLosDatosDeDemostracion() {
        for (String valor : textos(compose)) {
            assertFalse(valor.contains("ruta-demo") || valor.contains("realm-config/demo"),
                    "compose.yaml no debe usar los datos de demostración: " + valor);
        }
        servicios().forEach((nombre, servicio) -> {
            for (Object v : lista(mapa(servicio).get("volumes"))) {
                origenDeMontaje(v).ifPresent(origen -> assertFalse(origen.contains("demo"),
                        nombre + " monta datos de demostración: " + origen));
            }
        });
    }

    @Test
    void losVolumenesConNombreEstanDeclarados() {
        Set<String> declarados = mapa(compose.get("volumes")).keySet();
        servicios().forEach((nombre, servicio) -> {
            for (Object v : lista(mapa(servicio).get("volumes"))) {
                if (origenDeMontaje(v).isEmpty()) {
                    String origen = v instanceof String s ? s.split(":")[0] : String.valueOf(mapa(v).get("source"));
                    assertTrue(declarados.contains(origen), nombre + " usa el volumen no declarado " + origen);
                }
            }
        });
        assertTrue(lista(mapa(servicios().get("mariadb")).get("volumes")).stream()
                .anyMatch(v -> String.valueOf(v).endsWith(":/var/lib/mysql")),
                "MariaDB debe guardar sus datos en un volumen");
    }

    @Test
    void rutaSoloRecibeClavesDeConfiguracion() {
        for (String instancia : INSTANCIAS) {
            for (String variable : entorno(instancia).keySet()) {
                assertTrue(Clave.deVariableDeEntorno(variable).isPresent(),
                        "El servicio " + instancia + " recibe " + variable + ", que no es ninguna Clave de Ruta");
            }
        }
    }

    @Test
    void rutaRecibeLasClavesSinValorPorDefectoYLasQueApuntanALocalhost() {
        Set<String> recibidas = entorno("ruta-a").keySet();
        Set<String> faltan = new TreeSet<>();
        for (Clave c : Clave.values()) {
            if ((c.porDefecto().isEmpty() || OBLIGATORIAS_EN_CONTENEDOR.contains(c))
                    && !recibidas.contains(c.variableDeEntorno())) {
                faltan.add(c.variableDeEntorno());
            }
        }
        assertEquals(Set.of(), faltan, "Variables de Ruta que compose.yaml no pasa");
        assertTrue(recibidas.containsAll(List.of("RUTA_DB_URL", "RUTA_DB_CLAVE", "RUTA_OIDC_SECRETO")));
    }

    @Test
    void rutaUsaLosNombresDeServicioDeLaRedDeCompose() {
        Map<String, String> env = entorno("ruta-a");
        String db = env.get(Clave.DB_URL.variableDeEntorno());
        assertTrue(db.startsWith("jdbc:mariadb://"), db);
        assertTrue(servicios().containsKey(URI.create(db.substring("jdbc:".length())).getHost()), db);
        assertTrue(db.endsWith("/ruta"), db);
        URI proveedor = URI.create(env.get(Clave.OIDC_PROVEEDOR.variableDeEntorno()));
        assertEquals("keycloak", proveedor.getHost());
        assertEquals("/realms/ruta", proveedor.getPath());
        assertEquals("ruta_app", env.get(Clave.DB_USUARIO.variableDeEntorno()));
        assertEquals("ruta_propietario", env.get(Clave.DB_MIGRACION_USUARIO.variableDeEntorno()));
    }

    @Test
    void ningunSecretoEstaEscritoEnClaro() {
        int revisados = 0;
        for (Map.Entry<String, Object> s : servicios().entrySet()) {
            for (Map.Entry<String, String> e : entorno(s.getKey()).entrySet()) {
                String k = e.getKey().toUpperCase(Locale.ROOT);
                if (k.contains("CLAVE") || k.contains("SECRETO") || k.contains("PASSWORD")) {
                    revisados++;
                    assertTrue(INTERPOLACION_OBLIGATORIA.matcher(e.getValue()).matches(), s.getKey() + ": "
                            + e.getKey() + " debe ser ${VARIABLE:?mensaje} desde .env, no un valor escrito: "
                            + e.getValue());
                }
            }
        }
        assertTrue(revisados >= 9, "Se esperaban al menos 9 secretos en el entorno; hay " + revisados);
    }

    @Test
    void losServiciosQueCompartenUnaVariableLeDanElMismoValor() {
        Map<String, String> ruta = entorno("ruta-a");
        Map<String, String> keycloak = entorno("keycloak");
        Map<String, String> mariadb = entorno("mariadb");
        for (String v : List.of("RUTA_OIDC_SECRETO", "RUTA_URL_PUBLICA")) {
            assertEquals(ruta.get(v), keycloak.get(v), v + " debe ser igual para Keycloak (reino) y Ruta");
        }
        for (String v : List.of("RUTA_DB_CLAVE", "RUTA_DB_MIGRACION_CLAVE")) {
            assertEquals(ruta.get(v), mariadb.get(v), v + " debe ser igual para MariaDB (cuentas) y Ruta");
        }
        assertEquals(keycloak.get("KC_DB_PASSWORD"), mariadb.get("KEYCLOAK_DB_CLAVE"));
        Map<String, String> replica = entorno("mariadb-replica");
        for (String v : List.of("MARIADB_ROOT_PASSWORD", "MARIADB_REPLICATION_USER", "MARIADB_REPLICATION_PASSWORD")) {
            assertEquals(mariadb.get(v), replica.get(v), v + " debe ser igual en la primaria y la réplica");
        }
    }

    // --- dos instancias, balanceador y réplica ---

    @Test
    void lasInstanciasDeRutaSonLaMismaImagenConElMismoEntornoYSinPuertosPropios() {
        Map<String, Object> a = mapa(servicios().get("ruta-a"));
        Map<String, Object> b = mapa(servicios().get("ruta-b"));
        assertEquals(a.get("image"), b.get("image"));
        assertEquals(a.get("build"), b.get("build"));
        assertEquals(entorno("ruta-a"), entorno("ruta-b"), "Las dos instancias deben configurarse igual");
        for (String instancia : INSTANCIAS) {
            assertFalse(mapa(servicios().get(instancia)).containsKey("ports"),
                    instancia + " no publica puertos: se entra por el balanceador");
        }
    }

    @Test
    void lasInstanciasFormanElDataGridPorTcpIpYReplicanLasSesiones() throws IOException {
        String dockerfile = Files.readString(docker.resolve("Dockerfile"));
        assertTrue(Pattern.compile("(?m)^COPY\\s+(--\\S+\\s+)*docker/payara/post-boot-commands\\.asadmin\\s+"
                + "\\$\\{?POSTBOOT_COMMANDS}?\\s*$").matcher(dockerfile).find(),
                "El Dockerfile debe copiar los comandos de arranque a $POSTBOOT_COMMANDS");
        assertTrue(Pattern.compile("(?m)^ENV\\s+DEPLOY_PROPS=\"[^\"]*--availabilityenabled=true").matcher(dockerfile)
                .find(), "Ruta se despliega con las sesiones replicadas (--availabilityenabled=true)");
        assertTrue(Pattern.compile("(?m)^EXPOSE\\b.*\\b4900\\b").matcher(dockerfile).find(),
                "La imagen expone el puerto del data grid");

        String comandos = Files.readString(docker.resolve("payara/post-boot-commands.asadmin"));
        Matcher grid = Pattern.compile("(?m)^set-hazelcast-configuration\\s.*$").matcher(comandos);
        assertTrue(grid.find(), "Falta set-hazelcast-configuration");
        String linea = grid.group();
        assertTrue(linea.contains("--clustermode=tcpip"), "Descubrimiento por TCP/IP: " + linea);
        assertTrue(comandos.lines().filter(l -> !l.startsWith("#"))
                .noneMatch(l -> l.toLowerCase(Locale.ROOT).contains("multicast")), "Sin multicast");
        Matcher m = Pattern.compile("--tcpipmembers=(\\S+)").matcher(linea);
        assertTrue(m.find(), linea);
        Set<String> miembros = new TreeSet<>(List.of(m.group(1).split(",")));
        Set<String> esperados = new TreeSet<>();
        INSTANCIAS.forEach(i -> esperados.add(i + ":4900"));
        assertEquals(esperados, miembros, "Los miembros del data grid son las instancias de Ruta de compose.yaml");
        assertTrue(comandos.contains(
                "web-container-availability.persistence-type=hazelcast"), "Sesiones web en Hazelcast");
    }

    @Test
    void elBalanceadorRepartePegajosoEntreLasInstanciasSanas() throws IOException {
        Map<String, Object> balanceador = mapa(servicios().get("balanceador"));
        assertTrue(String.valueOf(balanceador.get("image")).matches("haproxy:\\d+\\.\\d+"),
                "Imagen oficial de HAProxy con versión: " + balanceador.get("image"));
        assertEquals(List.of("127.0.0.1:8080:8080"), balanceador.get("ports"));
        String cfg = Files.readString(docker.resolve("haproxy/haproxy.cfg"));
        assertTrue(Pattern.compile("(?m)^\\s*cookie\\s+\\S+\\s+insert\\b").matcher(cfg).find(),
                "Sesiones pegajosas por cookie");
        assertTrue(Pattern.compile("(?m)^\\s*option\\s+redispatch\\s*$").matcher(cfg).find(),
                "Si la instancia de la cookie cae, la petición va a la otra");
        assertTrue(cfg.contains("/health/ready"), "Chequeo de salud contra /health/ready");
        Matcher servidor = Pattern.compile("(?m)^\\s*server\\s+(\\S+)\\s+(\\S+):8080\\s+cookie\\s+(\\S+)").matcher(cfg);
        Set<String> destinos = new TreeSet<>();
        Set<String> cookies = new TreeSet<>();
        while (servidor.find()) {
            destinos.add(servidor.group(2));
            cookies.add(servidor.group(3));
        }
        assertEquals(new TreeSet<>(INSTANCIAS), destinos, "El balanceador reparte entre las instancias de Ruta");
        assertEquals(INSTANCIAS.size(), cookies.size(), "Cada instancia con su propio valor de cookie");
    }

    @Test
    void laReplicaSigueALaPrimariaPorGtidSemisincronaYSoloLee() {
        List<String> primaria = opciones("mariadb");
        List<String> replica = opciones("mariadb-replica");
        for (List<String> o : List.of(primaria, replica)) {
            assertTrue(o.containsAll(List.of("--log-bin", "--binlog-format=ROW", "--gtid-strict-mode=ON",
                    "--log-slave-updates=ON", "--rpl-semi-sync-master-enabled=ON", "--rpl-semi-sync-slave-enabled=ON",
                    "--rpl-semi-sync-master-wait-point=AFTER_SYNC", "--default-time-zone=+00:00",
                    "--log-bin-trust-function-creators=ON")), o.toString());
        }
        assertTrue(replica.contains("--read-only=ON"), "La réplica solo lee");
        assertFalse(primaria.contains("--read-only=ON"));
        List<String> sinPapel = new ArrayList<>(replica);
        sinPapel.remove("--read-only=ON");
        sinPapel.replaceAll(o -> o.startsWith("--server-id=") ? "--server-id" : o);
        List<String> primariaSinPapel = new ArrayList<>(primaria);
        primariaSinPapel.replaceAll(o -> o.startsWith("--server-id=") ? "--server-id" : o);
        assertEquals(primariaSinPapel, sinPapel, "Las mismas opciones salvo server-id y read-only: los papeles se "
                + "pueden invertir");
        assertFalse(primaria.stream().filter(o -> o.startsWith("--server-id=")).toList()
                .equals(replica.stream().filter(o -> o.startsWith("--server-id=")).toList()), "server-id distintos");
        assertEquals("mariadb", entorno("mariadb-replica").get("MARIADB_MASTER_HOST"));
        assertTrue(lista(mapa(servicios().get("mariadb-replica")).get("volumes")).stream()
                .anyMatch(v -> String.valueOf(v).equals("mariadb-replica-datos:/var/lib/mysql")),
                "La réplica guarda sus datos en su propio volumen");
    }

    private static List<String> opciones(String servicio) {
        return lista(mapa(servicios().get(servicio)).get("command")).stream().map(String::valueOf).toList();
    }

    @Test
    void elScriptDeCuentasUsaLasVariablesQueRecibeMariadb() throws IOException {
        String script = Files.readString(docker.resolve("mariadb/initdb/01-cuentas.sh"));
        Set<String> usadas = new TreeSet<>();
        Matcher m = REFERENCIA.matcher(script);
        while (m.find()) {
            usadas.add(m.group(1));
        }
        assertTrue(entorno("mariadb").keySet().containsAll(usadas),
                "El script usa " + usadas + " pero mariadb solo recibe " + entorno("mariadb").keySet());
        assertTrue(script.contains(
                "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE TEMPORARY TABLES ON ruta.* TO 'ruta_app'"));
        assertTrue(script.contains("GRANT ALL PRIVILEGES ON ruta.* TO 'ruta_propietario'"));
        assertTrue(script.contains("CREATE DATABASE IF NOT EXISTS ruta CHARACTER SET utf8mb4"));
    }

    @Test
    void elEjemploDeEnvDefineCadaVariableQueInterpolaCompose() throws IOException {
        Set<String> interpoladas = new TreeSet<>();
        for (String valor : textos(compose)) {
            Matcher m = REFERENCIA.matcher(valor);
            while (m.find()) {
                interpoladas.add(m.group(1));
            }
        }
        Set<String> definidas = new LinkedHashSet<>();
        for (String linea : Files.readAllLines(docker.resolve(".env.example"))) {
            String l = linea.strip();
            if (!l.isEmpty() && !l.startsWith("#") && l.contains("=")) {
                definidas.add(l.substring(0, l.indexOf('=')).strip());
            }
        }
        assertFalse(interpoladas.isEmpty());
        Set<String> faltan = new TreeSet<>(interpoladas);
        faltan.removeAll(definidas);
        assertEquals(Set.of(), faltan, "Variables que compose.yaml usa y docker/.env.example no define");
    }

    @Test
    void rutaSeConstruyeConElDockerfileQueCopiaElWar() throws IOException {
        Map<String, Object> build = mapa(mapa(servicios().get("ruta-a")).get("build"));
        Path contexto = docker.resolve(String.valueOf(build.get("context"))).normalize();
        Path dockerfile = contexto.resolve(String.valueOf(build.get("dockerfile")));
        assertEquals(docker.resolve("Dockerfile").normalize(), dockerfile.normalize());
        assertTrue(Files.exists(contexto.resolve("pom.xml")),
                "El contexto de construcción debe ser la raíz: " + contexto);

        String texto = Files.readString(dockerfile);
        assertTrue(Pattern.compile("(?m)^FROM\\s+payara/server-full:\\S+-jdk17\\s*$").matcher(texto).find(),
                "La imagen base debe ser payara/server-full con JDK 17");
        assertTrue(Pattern.compile("(?m)^COPY\\s+(--\\S+\\s+)*target/ruta\\.war\\s+\\$\\{?DEPLOY_DIR}?/")
                .matcher(texto).find(), "El Dockerfile debe copiar target/ruta.war a $DEPLOY_DIR");
        assertTrue(texto.contains("-Duser.timezone=UTC"), "La JVM debe correr en UTC");
        assertTrue(Pattern.compile("(?m)^HEALTHCHECK\\b[^\\n]*(\\\\\\n[^\\n]*)*/health/ready").matcher(texto).find(),
                "Falta el HEALTHCHECK contra /health/ready");
        assertFalse(Pattern.compile("(?m)^USER\\s+root\\s*$").matcher(texto).find(),
                "La imagen no debe correr como root");
    }

    // --- utilidades ---

    /** Todas las claves y valores de texto del YAML (los comentarios no cuentan). */
    private static List<String> textos(Object nodo) {
        List<String> todos = new ArrayList<>();
        if (nodo instanceof Map<?, ?> m) {
            m.forEach((k, v) -> {
                todos.add(String.valueOf(k));
                todos.addAll(textos(v));
            });
        } else if (nodo instanceof List<?> l) {
            l.forEach(v -> todos.addAll(textos(v)));
        } else if (nodo != null) {
            todos.add(String.valueOf(nodo));
        }
        return todos;
    }

    private static Map<String, Object> servicios() {
        return mapa(compose.get("services"));
    }

    /** El entorno de un servicio, sea mapa o lista {@code CLAVE=valor}. */
    private static Map<String, String> entorno(String servicio) {
        Object env = mapa(servicios().get(servicio)).get("environment");
        Map<String, String> resultado = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> m) {
            m.forEach((k, v) -> resultado.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else {
            for (Object o : lista(env)) {
                String s = String.valueOf(o);
                int i = s.indexOf('=');
                resultado.put(i < 0 ? s : s.substring(0, i), i < 0 ? "" : s.substring(i + 1));
            }
        }
        return resultado;
    }

    /** El origen en el anfitrión si es un montaje de archivo o carpeta; vacío si es un volumen con nombre. */
    private static Optional<String> origenDeMontaje(Object volumen) {
        if (volumen instanceof String s) {
            String origen = s.split(":")[0];
            boolean ruta = origen.startsWith(".") || origen.startsWith("/") || origen.startsWith("~");
            return ruta ? Optional.of(origen) : Optional.empty();
        }
        Map<String, Object> largo = mapa(volumen);
        return "bind".equals(largo.get("type")) ? Optional.of(String.valueOf(largo.get("source")))
                : Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mapa(Object o) {
        if (o == null) {
            return Map.of();
        }
        if (!(o instanceof Map)) {
            fail("Se esperaba un mapa en compose.yaml: " + o);
        }
        return (Map<String, Object>) o;
    }

    private static List<?> lista(Object o) {
        return o == null ? List.of() : (List<?>) o;
    }
}
