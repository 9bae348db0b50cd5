package co.gov.cartagena.ruta.entorno;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Levanta una vez por corrida de failsafe el MariaDB y el Keycloak reales que usan las pruebas de integración,
 * con datos nuevos bajo {@code target/}, y los detiene al final. En surefire (pruebas unitarias) no hace nada.
 * Payara Micro lo arranca Arquillian por cada despliegue.
 */
public class EntornoPruebas implements LauncherSessionListener {

    private MariaDbEmbebida mariadb;
    private KeycloakEmbebido keycloak;

    /** El entorno de esta corrida, para las pruebas que detienen y reanudan un servidor (caídas reales). */
    private static volatile EntornoPruebas actual;

    /** El MariaDB de esta corrida; null si las pruebas usan una base externa. */
    public static MariaDbEmbebida mariadb() {
        return actual == null ? null : actual.mariadb;
    }

    /** El Keycloak de esta corrida. */
    public static KeycloakEmbebido keycloak() {
        return actual == null ? null : actual.keycloak;
    }

    @Override
    public void launcherSessionOpened(LauncherSession sesion) {
        if (!Boolean.getBoolean("ruta.pruebas.entorno")) {
            return;
        }
        Path raiz = Path.of(System.getProperty("ruta.raiz", ".")).toAbsolutePath();
        Path target = raiz.resolve("target");
        try {
            Path datos = target.resolve("mariadb-pruebas/datos");
            borrar(datos);
            mariadb = !Boolean.parseBoolean(System.getProperty("ruta.pruebas.db.embebida", "true")) ? null
                    : new MariaDbEmbebida(Integer.getInteger("ruta.pruebas.puerto.mariadb"),
                    target.resolve("mariadb-pruebas/base").toFile(), datos.toFile(),
                    System.getProperty("ruta.pruebas.db.clave.app"),
                    System.getProperty("ruta.pruebas.db.clave.propietario")).iniciar();
            Path instalacionKeycloak = target.resolve("keycloak-pruebas");
            borrar(instalacionKeycloak.resolve("keycloak-" + versionKeycloak(instalacionKeycloak) + "/data/h2"));
            keycloak = new KeycloakEmbebido(target.resolve("servidores/keycloak.zip"), instalacionKeycloak,
                    raiz.resolve("realm-config"), Integer.getInteger("ruta.pruebas.puerto.keycloak"),
                    claveAdminKeycloak(), System.getProperty("ruta.pruebas.oidc.secreto"),
                    System.getProperty("ruta.pruebas.keycloak.sincronizacion.secreto"),
                    "http://localhost:" + Integer.getInteger("ruta.pruebas.puerto.ruta")).iniciar();
            actual = this;
        } catch (Exception e) {
            launcherSessionClosed(sesion);
            throw new IllegalStateException("No se pudo levantar el entorno de pruebas: " + e.getMessage(), e);
        }
    }

    /**
     * Contraseña del administrador (realm master) del Keycloak de pruebas: la usan las pruebas que crean usuarios
     * desechables por la API de administración. Solo vale dentro de la JVM de failsafe que lo levantó.
     */
    public static String claveAdminKeycloak() {
        return "admin-pruebas-" + ProcessHandle.current().pid();
    }

    @Override
    public void launcherSessionClosed(LauncherSession sesion) {
        if (keycloak != null) {
            keycloak.close();
            keycloak = null;
        }
        if (mariadb != null) {
            mariadb.close();
            mariadb = null;
        }
    }

    private static String versionKeycloak(Path instalacion) throws java.io.IOException {
        if (!Files.isDirectory(instalacion)) {
            return "?";
        }
        try (Stream<Path> hijos = Files.list(instalacion)) {
            return hijos.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("keycloak-"))
                    .map(n -> n.substring("keycloak-".length())).findFirst().orElse("?");
        }
    }

    /** Borra una carpeta con todo su contenido (nada si no existe). */
    public static void borrar(Path carpeta) throws java.io.IOException {
        if (!Files.exists(carpeta)) {
            return;
        }
        try (Stream<Path> todo = Files.walk(carpeta)) {
            for (Path p : todo.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
