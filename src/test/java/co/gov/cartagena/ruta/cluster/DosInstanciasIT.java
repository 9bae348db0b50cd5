package co.gov.cartagena.ruta.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.entorno.MariaDbEmbebida;
import co.gov.cartagena.ruta.entorno.PayaraMicroProceso;
import co.gov.cartagena.ruta.soporte.BalanceadorDePrueba;
import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Espera;
import co.gov.cartagena.ruta.soporte.Navegador;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Dos instancias de Ruta en Payara Micro reales, en un mismo clúster (data grid Hazelcast descubierto por TCP en la
 * máquina local, sin multicast), detrás de un balanceador de prueba con afinidad ({@link BalanceadorDePrueba}):
 * <ol>
 * <li>las dos escriben a la vez (la API, con tokens reales) y el almacén de indicadores queda igual al recuento;</li>
 * <li>la depuración programada la disparan las dos instancias cada minuto, y corre una sola vez por turno: lo anulado
 * vencido se depura una vez, con una sola constancia en la auditoría;</li>
 * <li>una gestora ingresa por Keycloak en la instancia A y llena un formulario; A muere con SIGKILL; el mismo navegador
 * sigue en B sin volver a ingresar y sin perder lo escrito, y guardar registra a la persona.</li>
 * </ol>
 * Una sola clase para arrancar las dos instancias una vez (cada arranque cuesta más de un minuto). Ver
 * docs/dos-instancias.md.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DosInstanciasIT {

    private static final String SEDE = "CJ-CANAPOTE";
    private static final String DIA = "2024-10-21";

    private static BalanceadorDePrueba balanceador;
    private static PayaraMicroProceso a;
    private static PayaraMicroProceso b;
    private static String base;
    private static int puertoA;
    private static int puertoB;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void arrancarLasDos() throws Exception {
        Path raiz = Path.of(System.getProperty("ruta.raiz", ".")).toAbsolutePath();
        int puerto = Integer.getInteger("ruta.pruebas.puerto.ruta");
        int hazelcast = Integer.getInteger("ruta.pruebas.puerto.hazelcast");
        puertoA = puerto + 1;
        puertoB = puerto + 2;
        base = "http://localhost:" + puerto + "/";
        // El balanceador escucha en el puerto de Ruta de las pruebas, que es la URL que Keycloak acepta para volver.
        balanceador = new BalanceadorDePrueba(puerto, List.of(puertoA, puertoB));
        Path logs = Files.createDirectories(raiz.resolve("target/dos-instancias"));
        Map<String, String> entorno = Map.of(
                "RUTA_URL_PUBLICA", "http://localhost:" + puerto,
                // Cada minuto, para ver en la prueba que las dos instancias la disparan y corre una vez por turno.
                "RUTA_RETENCION_HORARIO", "* *");
        String cluster = "ruta-pruebas-" + hazelcast;
        String miembros = "127.0.0.1:" + hazelcast + ",127.0.0.1:" + (hazelcast + 1);
        Path jar = raiz.resolve("target/servidores/payara-micro.jar");
        Path war = raiz.resolve("target/ruta.war");
        a = new PayaraMicroProceso(jar, war, puertoA, entorno, logs.resolve("a.log"))
                .enCluster(cluster, "ruta-a", hazelcast, miembros);
        b = new PayaraMicroProceso(jar, war, puertoB, entorno, logs.resolve("b.log"))
                .enCluster(cluster, "ruta-b", hazelcast + 1, miembros);
        long t0 = System.nanoTime();
        // Las dos a la vez (si la base es nueva, Flyway migra en una y la otra espera su bloqueo y no aplica nada).
        ExecutorService arranque = Executors.newFixedThreadPool(2);
        Future<?> arranqueA = arranque.submit(() -> a.iniciar());
        Future<?> arranqueB = arranque.submit(() -> b.iniciar());
        arranqueA.get(10, TimeUnit.MINUTES);
        arranqueB.get(10, TimeUnit.MINUTES);
        arranque.shutdown();
        System.out.printf("Dos instancias: listas en %.0f s%n", (System.nanoTime() - t0) / 1e9);
        String registros = Files.readString(a.log()) + Files.readString(b.log());
        assertTrue(registros.contains("DG Name: " + cluster + " DG Size: 2"),
                "A y B no formaron un clúster; ver " + a.log() + " y " + b.log());
    }

    @AfterAll
    static void detener() throws Exception {
        if (a != null) {
            a.close();
        }
        if (b != null) {
            b.close();
        }
        if (balanceador != null) {
            balanceador.close();
        }
    }

    private HttpResponse<String> enviar(int puerto, String metodo, String ruta, String cuerpo) throws Exception {
        HttpRequest.Builder p = HttpRequest.newBuilder(URI.create("http://localhost:" + puerto + "/api/v1/" + ruta))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Demo.token("gestora.canapote"))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        p.method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(cuerpo));
        return http.send(p.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Abre un caso para una persona nueva por la instancia dada; devuelve el id del caso. */
    private long abrirCaso(int puerto, String nombre) throws Exception {
        String documento = String.valueOf(3_000_000_000L + System.nanoTime() % 1_000_000_000L);
        HttpResponse<String> persona = enviar(puerto, "POST", "personas", "{\"tipoDocumento\":\"CC\","
                + "\"numeroDocumento\":\"" + documento + "\",\"nombres\":\"" + nombre + "\",\"apellidos\":\"Clúster\","
                + "\"fechaNacimiento\":\"1990-01-01\",\"sexo\":\"MUJER\"}");
        assertEquals(201, persona.statusCode(), persona.body());
        long personaId = Demo.json(persona.body()).getJsonNumber("id").longValue();
        HttpResponse<String> caso = enviar(puerto, "POST", "casos", "{\"ruta\":\"CASA_DE_JUSTICIA\",\"sede\":\"" + SEDE
                + "\",\"personaId\":" + personaId + ",\"fechaApertura\":\"" + DIA + "\",\"narrativa\":\"Relato\","
                + "\"datos\":{\"asunto\":\"FAMILIA\"}}");
        assertEquals(201, caso.statusCode(), caso.body());
        return Demo.json(caso.body()).getJsonNumber("id").longValue();
    }

    /** Registra una atención en el caso; devuelve su id. */
    private long registrarAtencion(int puerto, long caso) throws Exception {
        HttpResponse<String> r = enviar(puerto, "POST", "casos/" + caso + "/atenciones",
                "{\"tipo\":\"ORIENTACION_JURIDICA\",\"fecha\":\"" + DIA + "\",\"notas\":\"Orientación\"}");
        assertEquals(201, r.statusCode(), r.body());
        return Demo.json(r.body()).getJsonArray("atenciones").stream()
                .mapToLong(v -> v.asJsonObject().getJsonNumber("id").longValue()).max().orElseThrow();
    }

    @Test
    @Order(1)
    void lasDosEscribenALaVezYElAlmacenCuadraConElRecuento() throws Exception {
        List<String> fallas = Collections.synchronizedList(new ArrayList<>());
        ExecutorService hilos = Executors.newFixedThreadPool(6);
        List<Future<?>> tareas = new ArrayList<>();
        long t0 = System.nanoTime();
        for (int h = 0; h < 6; h++) {
            int puerto = h % 2 == 0 ? puertoA : puertoB;
            int hilo = h;
            tareas.add(hilos.submit(() -> {
                for (int i = 0; i < 15; i++) {
                    try {
                        long caso = abrirCaso(puerto, "Hilo " + hilo);
                        long atencion = registrarAtencion(puerto, caso);
                        registrarAtencion(puerto, caso);
                        if (i % 3 == 0) {
                            HttpResponse<String> r = enviar(puerto, "POST", "casos/" + caso + "/atenciones/"
                                    + atencion + "/anulacion", "{\"motivo\":\"Registrada por error\"}");
                            assertEquals(200, r.statusCode(), r.body());
                        }
                    } catch (Exception | AssertionError e) {
                        fallas.add("hilo " + hilo + " (puerto " + puerto + "), vuelta " + i + ": " + e);
                    }
                }
                return null;
            }));
        }
        for (Future<?> t : tareas) {
            t.get(10, TimeUnit.MINUTES);
        }
        hilos.shutdown();
        System.out.printf("Dos instancias: 6 hilos (3 por instancia), 90 casos con 180 atenciones en %.1f s%n",
                (System.nanoTime() - t0) / 1e9);
        assertTrue(fallas.isEmpty(), fallas.size() + " escrituras fallaron; las primeras: "
                + fallas.subList(0, Math.min(5, fallas.size())));
        for (int puerto : List.of(puertoA, puertoB)) {
            HttpResponse<String> recuento = http.send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + puerto + "/api/v1/indicadores/recuento"))
                    .header("Authorization", "Bearer " + Demo.token("administrador", true))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, recuento.statusCode(), recuento.body());
            assertTrue(Demo.json(recuento.body()).getBoolean("coincide"), "instancia " + puerto + ": "
                    + recuento.body());
        }
    }

    @Test
    @Order(2)
    void laDepuracionProgramadaCorreUnaVezPorTurnoAunqueLaDisparenLasDos() throws Exception {
        long caso = abrirCaso(puertoA, "Vencida");
        long atencion = registrarAtencion(puertoA, caso);
        HttpResponse<String> anulada = enviar(puertoA, "POST", "casos/" + caso + "/atenciones/" + atencion
                + "/anulacion", "{\"motivo\":\"Registrada por error\"}");
        assertEquals(200, anulada.statusCode(), anulada.body());
        try (Connection c = conexion()) {
            // Anulada hace 60 días: vencida para el plazo de 30 días que fija failsafe.
            try (PreparedStatement s = c.prepareStatement(
                    "UPDATE atencion SET anulada_en = anulada_en - INTERVAL 60 DAY WHERE id = ?")) {
                s.setLong(1, atencion);
                assertEquals(1, s.executeUpdate());
            }
            Instant limite = Instant.now().plus(Duration.ofSeconds(150));
            while (Instant.now().isBefore(limite) && depurada(c, atencion) == null) {
                Thread.sleep(2000);
            }
            assertTrue(depurada(c, atencion) != null, "la atención vencida no se depuró en 150 s");
            try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM auditoria WHERE accion = 'PURGAR' "
                    + "AND entidad = 'atencion' AND entidad_id = ?")) {
                s.setString(1, String.valueOf(atencion));
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertEquals(1, rs.getInt(1), "la atención vencida debe depurarse una sola vez");
                }
            }
        }
        // Cada instancia disparó su temporizador: una corrió el turno y la otra lo encontró tomado.
        String logA = Files.readString(a.log());
        String logB = Files.readString(b.log());
        assertTrue(logA.contains("Tarea retencion:") && logB.contains("Tarea retencion:"),
                "las dos instancias debían disparar la depuración");
        assertTrue((logA + logB).contains("Tarea retencion: el turno ya lo tomó otra instancia"),
                "ninguna instancia encontró el turno tomado");
    }

    private static Connection conexion() throws Exception {
        return DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + Integer.getInteger("ruta.pruebas.puerto.mariadb")
                + "/ruta", MariaDbEmbebida.USUARIO_PROPIETARIO, System.getProperty("ruta.pruebas.db.clave.propietario"));
    }

    private static Object depurada(Connection c, long atencion) throws Exception {
        try (PreparedStatement s = c.prepareStatement("SELECT depurada_en FROM atencion WHERE id = ?")) {
            s.setLong(1, atencion);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getObject(1);
            }
        }
    }

    @Test
    @Order(3)
    void siLaInstanciaACaeLaSesionYElFormularioSiguenEnB() throws Exception {
        ChromeDriver navegador = Navegador.abrir();
        try {
            Navegador.ingresar(navegador, base + "app/casos/lista.xhtml", "gestora.canapote");
            String usuario = navegador.findElement(By.id("nombre-usuario")).getText();
            assertFalse(usuario.isBlank());
            navegador.get(base + "app/personas/buscar.xhtml");
            String documento = String.valueOf(8_000_000_000L + System.nanoTime() % 1_000_000_000L);
            Map<String, String> escrito = Map.of("persona:numeroDocumento", documento, "persona:nombres",
                    "Yolanda Isabel", "persona:apellidos", "Batista Failover", "persona:fechaNacimiento", "03/02/1979");
            escrito.forEach((id, valor) -> navegador.findElement(By.id(id)).sendKeys(valor));
            navegador.findElement(By.id("persona:buscar")).click();
            new Espera(navegador, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("persona:registrar"))
                    .isEmpty());

            a.matar();
            System.out.println("Dos instancias: A muerta con SIGKILL; el navegador sigue por el balanceador en B");

            escrito.forEach((id, valor) -> assertEquals(valor, navegador.findElement(By.id(id)).getAttribute("value"),
                    "lo escrito en " + id));
            long t0 = System.nanoTime();
            navegador.findElement(By.id("persona:registrar")).click();
            try {
                new Espera(navegador, Duration.ofSeconds(90)).until(d -> d.getCurrentUrl().contains("personas/ver"));
            } catch (org.openqa.selenium.TimeoutException e) {
                Navegador.capturar(navegador, "dos-instancias-falla");
                throw new AssertionError("Tras caer A, guardar no llevó a la persona registrada; la página dice: "
                        + navegador.findElement(By.tagName("body")).getText(), e);
            }
            System.out.printf("Dos instancias: la primera petición en B respondió en %.1f s%n",
                    (System.nanoTime() - t0) / 1e9);
            assertTrue(navegador.findElement(By.tagName("main")).getText().contains("Batista Failover"),
                    "la persona registrada en B con lo escrito en A");
            assertEquals(usuario, navegador.findElement(By.id("nombre-usuario")).getText(),
                    "la misma sesión, sin volver a ingresar");
            assertTrue(navegador.getCurrentUrl().startsWith(base), navegador.getCurrentUrl());
            navegador.get(base + "app/casos/lista.xhtml");
            assertEquals(usuario, navegador.findElement(By.id("nombre-usuario")).getText());
            Navegador.capturar(navegador, "dos-instancias-en-b");

            // Salir en B: Keycloak pregunta si se quiere salir (no viajó el token de identidad que lo evita), y después
            // Keycloak vuelve a pedir la clave.
            navegador.findElement(By.id("cabecera:salir")).click();
            new Espera(navegador, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("kc-logout")).isEmpty());
            navegador.findElement(By.id("kc-logout")).click();
            new Espera(navegador, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("ingresar")).isEmpty());
            navegador.get(base + "app/inicio.xhtml");
            new Espera(navegador, Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("username")).isEmpty());
            assertTrue(navegador.getCurrentUrl().startsWith(Demo.urlKeycloak()),
                    "tras salir en B, Keycloak vuelve a pedir la clave: " + navegador.getCurrentUrl());
        } finally {
            navegador.quit();
        }
    }
}
