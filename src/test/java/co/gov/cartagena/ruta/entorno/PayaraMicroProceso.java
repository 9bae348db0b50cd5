package co.gov.cartagena.ruta.entorno;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Ruta desplegada en un Payara Micro real, configurada solo por variables de entorno. */
public final class PayaraMicroProceso implements AutoCloseable {

    private final Path jar;
    private final Path war;
    private final int puerto;
    private final Map<String, String> entorno;
    private final Path log;
    private final List<String> cluster;
    private Process proceso;

    public PayaraMicroProceso(Path jar, Path war, int puerto, Map<String, String> entorno, Path log) {
        this.jar = jar;
        this.war = war;
        this.puerto = puerto;
        this.entorno = entorno;
        this.log = log;
        this.cluster = List.of("--nocluster");
    }

    private PayaraMicroProceso(PayaraMicroProceso base, List<String> cluster) {
        this.jar = base.jar;
        this.war = base.war;
        this.puerto = base.puerto;
        this.entorno = base.entorno;
        this.log = base.log;
        this.cluster = cluster;
    }

    /**
     * La misma instancia, pero miembro de un clúster de Payara (data grid Hazelcast) en la máquina local: descubre a
     * los demás miembros por TCP en la lista {@code miembros} ({@code 127.0.0.1:5901,127.0.0.1:5902}; sin multicast),
     * escucha el grid desde
     * {@code puertoHazelcast}, y guarda copia de los datos del grid (las sesiones) también en miembros de la misma IP
     * ({@code --nohostaware}; si no, en una sola máquina no habría copia y la sesión moriría con su instancia).
     */
    public PayaraMicroProceso enCluster(String nombreCluster, String nombreInstancia, int puertoHazelcast,
            String miembros) {
        return new PayaraMicroProceso(this, List.of("--clustername", nombreCluster, "--name", nombreInstancia,
                "--clustermode", "tcpip:" + miembros, "--interfaces", "127.0.0.1",
                "--startport", String.valueOf(puertoHazelcast), "--nohostaware"));
    }

    public PayaraMicroProceso iniciar() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> comando = new ArrayList<>(List.of(java, "-Xmx768m", "-Duser.timezone=UTC",
                "-jar", jar.toString()));
        comando.addAll(cluster);
        comando.addAll(List.of("--disablephonehome", "--port", String.valueOf(puerto), "--contextroot", "/",
                "--deploy", war.toString()));
        ProcessBuilder pb = new ProcessBuilder(comando).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().putAll(entorno);
        Procesos.exigirPuertoLibre(puerto, "Ruta");
        proceso = pb.start();
        Procesos.detenerAlSalir(proceso);
        Procesos.esperarHttp200(url() + "health/ready", proceso, Duration.ofMinutes(4), log);
        return this;
    }

    public String url() {
        return "http://localhost:" + puerto + "/";
    }

    /** Mata la instancia sin aviso (SIGKILL, como {@code kill -9}): no cierra nada ni avisa al clúster. */
    public void matar() throws InterruptedException {
        proceso.destroyForcibly().waitFor();
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() {
        Procesos.detener(proceso, Duration.ofSeconds(30));
        proceso = null;
    }
}
