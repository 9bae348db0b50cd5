package co.gov.cartagena.ruta.entorno;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Un Keycloak real, desempacado del zip {@code keycloak-quarkus-dist}, que importa el realm de producción de
 * {@code realm-config/ruta-realm.json} y luego, por la API de administración, los datos de demostración de
 * {@code realm-config/demo/ruta-demo.json} (usuarios y el cliente público {@code ruta-cli}).
 */
public final class KeycloakEmbebido implements AutoCloseable {

    public static final String ADMIN = "admin";

    private final Path zip;
    private final Path instalacion;
    private final Path configuracionRealm;
    private final int puerto;
    private final String claveAdmin;
    private final String secretoCliente;
    private final String secretoSincronizacion;
    private final String urlPublicaRuta;
    private Process proceso;

    public KeycloakEmbebido(Path zip, Path instalacion, Path configuracionRealm, int puerto, String claveAdmin,
            String secretoCliente, String secretoSincronizacion, String urlPublicaRuta) {
        this.zip = zip;
        this.instalacion = instalacion;
        this.configuracionRealm = configuracionRealm;
        this.puerto = puerto;
        this.claveAdmin = claveAdmin;
        this.secretoCliente = secretoCliente;
        this.secretoSincronizacion = secretoSincronizacion;
        this.urlPublicaRuta = urlPublicaRuta;
    }

    public KeycloakEmbebido iniciar() throws IOException {
        Procesos.exigirPuertoLibre(puerto, "Keycloak");
        Path inicio = desempacar();
        Path importar = inicio.resolve("data/import");
        Files.createDirectories(importar);
        Files.copy(configuracionRealm.resolve("ruta-realm.json"), importar.resolve("ruta-realm.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Path log = inicio.resolve("keycloak.log");
        List<String> comando = new ArrayList<>(List.of(inicio.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + puerto, "--http-management-port=" + (puerto + 1000), "--import-realm",
                "--hostname-strict=false"));
        ProcessBuilder pb = new ProcessBuilder(comando).directory(inicio.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = pb.environment();
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", claveAdmin);
        env.put("RUTA_OIDC_SECRETO", secretoCliente);
        env.put("RUTA_KEYCLOAK_SINCRONIZACION_SECRETO", secretoSincronizacion);
        env.put("RUTA_URL_PUBLICA", urlPublicaRuta);
        env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx640m");
        proceso = pb.start();
        Procesos.detenerAlSalir(proceso);
        // Con la máquina cargada (varias corridas a la vez), Keycloak tarda más de 4 minutos en arrancar.
        Procesos.esperarHttp200(urlRealm() + "/.well-known/openid-configuration", proceso, Duration.ofMinutes(10),
                log);
        importarDemo();
        return this;
    }

    public String urlRealm() {
        return "http://localhost:" + puerto + "/realms/ruta";
    }

    public int puerto() {
        return puerto;
    }

    /** Importa usuarios y cliente de demostración; lo que ya existe se deja como está. */
    private void importarDemo() throws IOException {
        String token = tokenAdmin();
        HttpResponse<String> r = enviar(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + puerto + "/admin/realms/ruta/partialImport"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofFile(configuracionRealm.resolve("demo/ruta-demo.json"))).build());
        if (r.statusCode() != 200) {
            throw new IOException("Keycloak rechazó los datos de demostración: " + r.statusCode() + " " + r.body());
        }
    }

    private String tokenAdmin() throws IOException {
        String cuerpo = "grant_type=password&client_id=admin-cli&username=" + ADMIN + "&password="
                + URLEncoder.encode(claveAdmin, StandardCharsets.UTF_8);
        HttpResponse<String> r = enviar(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + puerto + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo)).build());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IOException("No se obtuvo token de administración de Keycloak: " + r.statusCode());
        }
        return m.group(1);
    }

    private static HttpResponse<String> enviar(HttpRequest peticion) throws IOException {
        try {
            return HttpClient.newHttpClient().send(peticion, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    /** Desempaca el zip una sola vez; devuelve la carpeta de Keycloak. */
    private Path desempacar() throws IOException {
        Path marca = instalacion.resolve(".desempacado");
        if (!Files.exists(marca)) {
            Files.createDirectories(instalacion);
            try (ZipInputStream entrada = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry e = entrada.getNextEntry(); e != null; e = entrada.getNextEntry()) {
                    Path destino = instalacion.resolve(e.getName()).normalize();
                    if (!destino.startsWith(instalacion)) {
                        throw new IOException("Entrada sospechosa en el zip: " + e.getName());
                    }
                    if (e.isDirectory()) {
                        Files.createDirectories(destino);
                    } else {
                        Files.createDirectories(destino.getParent());
                        copiar(entrada, destino);
                        if (destino.toString().endsWith(".sh")) {
                            destino.toFile().setExecutable(true);
                        }
                    }
                }
            }
            Files.writeString(marca, zip.getFileName().toString());
        }
        try (var hijos = Files.list(instalacion)) {
            return hijos.filter(p -> p.getFileName().toString().startsWith("keycloak-") && Files.isDirectory(p))
                    .findFirst().orElseThrow(() -> new IOException("No hay carpeta keycloak-* en " + instalacion));
        }
    }

    private static void copiar(InputStream entrada, Path destino) throws IOException {
        Files.copy(entrada, destino, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Detiene Keycloak (las pruebas de caída); {@link #iniciar()} lo vuelve a levantar con los mismos datos. */
    public void detener() {
        close();
    }

    @Override
    public void close() {
        Procesos.detener(proceso, Duration.ofSeconds(30));
        proceso = null;
    }
}
