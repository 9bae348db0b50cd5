package co.gov.cartagena.ruta.entorno;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Ruta desplegada en un Payara Micro real, configurada solo por variables de entorno. */
public final class PayaraMicroProceso implements AutoCloseable {

    private final Path jar;
    private final Path war;
    private final int puerto;
    private final Map<String, String> entorno;
    private final Path log;
    private Process proceso;

    public PayaraMicroProceso(Path jar, Path war, int puerto, Map<String, String> entorno, Path log) {
        this.jar = jar;
        this.war = war;
        this.puerto = puerto;
        this.entorno = entorno;
        this.log = log;
    }

    public PayaraMicroProceso iniciar() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-Xmx768m", "-Duser.timezone=UTC",
                "-jar", jar.toString(), "--nocluster", "--disablephonehome", "--port", String.valueOf(puerto),
                "--contextroot", "/", "--deploy", war.toString()))
                .redirectErrorStream(true).redirectOutput(log.toFile());
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

    @Override
    public void close() {
        Procesos.detener(proceso, Duration.ofSeconds(30));
        proceso = null;
    }
}
