package co.gov.cartagena.ruta.entorno;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * La réplica del comando de ejecución ({@code mvn -Pdemo -Druta.demo.replica=true}): un segundo MariaDB, réplica GTID
 * semisíncrona de la primaria de la demo, con sus datos en {@code ~/.ruta/mariadb-replica}. La primera vez, como lo
 * haría un operador ({@code docs/operaciones.md}, «Configurar la réplica»): si la primaria nació en este arranque (con
 * registro binario desde el principio), la réplica vacía la sigue desde el comienzo; si ya tenía datos (quizá sin
 * registro binario), se siembra con un respaldo de la primaria ({@code scripts/respaldar.sh}), restaurado en la
 * réplica vacía ({@code scripts/restaurar.sh}), y sigue desde la posición GTID que el respaldo anotó. Las veces
 * siguientes, la réplica retoma sola donde iba.
 */
final class ReplicaDeLaDemo {

    static final String USUARIO = "ruta_replica";
    private static final Pattern POSICION = Pattern.compile("^-- SET GLOBAL gtid_slave_pos='([0-9,-]*)';",
            Pattern.MULTILINE);

    private ReplicaDeLaDemo() {
    }

    /**
     * Levanta la réplica de {@code primaria} (ya iniciada) y la deja replicando; {@code primariaNueva}: si la primaria
     * se creó en este arranque.
     */
    static MariaDbEmbebida levantar(MariaDbEmbebida primaria, boolean primariaNueva, Path raiz, Path datos, int puerto,
            String claveApp, String clavePropietario, String claveReplica) throws Exception {
        Path carpeta = datos.resolve("mariadb-replica");
        boolean nueva = !Files.isDirectory(carpeta);
        MariaDbEmbebida replica = new MariaDbEmbebida(puerto, raiz.resolve("target/mariadb-demo-replica").toFile(),
                carpeta.toFile(), claveApp, clavePropietario).comoReplica(2).iniciar();
        if (!nueva) {
            replica.administrar("START SLAVE;");
            return replica;
        }
        primaria.crearCuentaDeReplicacion(USUARIO, claveReplica);
        if (primariaNueva) {
            replica.replicarDesde(primaria, USUARIO, claveReplica);
            return replica;
        }
        Path respaldos = Files.createDirectories(datos.resolve("respaldos"));
        List<String> salida = guion(raiz, primaria, primaria.opcionesDeCliente(datos), "scripts/respaldar.sh",
                respaldos.toString());
        Path respaldo = Path.of(salida.get(salida.size() - 1).trim());
        guion(raiz, replica, replica.opcionesDeCliente(datos), "scripts/restaurar.sh", respaldo.toString());
        Matcher m = POSICION.matcher(Files.readString(respaldo.resolve("ruta.sql"), StandardCharsets.UTF_8));
        if (!m.find()) {
            throw new IOException("El respaldo " + respaldo + " no anotó su posición GTID");
        }
        // Lo restaurado quedó en el registro binario de la réplica con GTID propios: se olvida (RESET MASTER), y la
        // réplica sigue a la primaria desde la posición del respaldo.
        replica.administrar("RESET MASTER; SET GLOBAL gtid_slave_pos='" + m.group(1) + "';");
        replica.replicarDesde(primaria, USUARIO, claveReplica);
        return replica;
    }

    /** Corre un guion de {@code scripts/} como lo teclearía el operador; devuelve sus líneas o falla con ellas. */
    private static List<String> guion(Path raiz, MariaDbEmbebida db, Path opciones, String... comando)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(comando).directory(raiz.toFile()).redirectErrorStream(true);
        pb.environment().putAll(Map.of("MARIADB_OPCIONES", opciones.toString(),
                "MARIADB_BIN", db.programas().getAbsolutePath()));
        Process p = pb.start();
        String texto = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(10, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", comando) + " falló:\n" + texto);
        }
        return texto.lines().toList();
    }
}
