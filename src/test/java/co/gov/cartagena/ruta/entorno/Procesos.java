package co.gov.cartagena.ruta.entorno;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Utilidades para procesos hijos: esperar a que respondan por HTTP y detenerlos con orden. */
final class Procesos {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private Procesos() {
    }

    /** Espera hasta que la URL responda 200, el proceso muera o se acabe el tiempo. */
    static void esperarHttp200(String url, Process proceso, Duration limite, Path log) throws IOException {
        Instant fin = Instant.now().plus(limite);
        while (Instant.now().isBefore(fin)) {
            if (!proceso.isAlive()) {
                throw new IOException("El proceso terminó antes de responder en " + url + ". Final del registro "
                        + log + ":\n" + cola(log, 40));
            }
            try {
                HttpResponse<Void> r = HTTP.send(HttpRequest.newBuilder(URI.create(url))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // aún no escucha
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("Interrumpido esperando " + url, e);
            }
            dormir(1000);
        }
        throw new IOException("Sin respuesta de " + url + " en " + limite.toSeconds() + " s. Final del registro "
                + log + ":\n" + cola(log, 40));
    }

    /** Si algo escucha en el puerto de la máquina local. */
    static boolean puertoAbierto(int puerto) {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", puerto), 300);
            return true;
        } catch (IOException cerrado) {
            return false;
        }
    }

    /** Falla con un mensaje claro si algo ya escucha en el puerto (p. ej. un servidor de una corrida anterior). */
    static void exigirPuertoLibre(int puerto, String quien) throws IOException {
        try (java.net.Socket s = new java.net.Socket()) {
            s.connect(new java.net.InetSocketAddress("127.0.0.1", puerto), 300);
        } catch (IOException libre) {
            return;
        }
        throw new IOException("El puerto " + puerto + " de " + quien + " ya está ocupado. ¿Quedó corriendo un servidor"
                + " de una ejecución anterior? Deténgalo o use otro puerto.");
    }

    /** Si esta JVM termina (normalmente o por una señal), el proceso hijo termina con ella. */
    static void detenerAlSalir(Process proceso) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> detener(proceso, Duration.ofSeconds(20)),
                "detener-" + proceso.pid()));
    }

    static void detener(Process proceso, Duration gracia) {
        if (proceso == null || !proceso.isAlive()) {
            return;
        }
        proceso.descendants().forEach(ProcessHandle::destroy);
        proceso.destroy();
        try {
            if (!proceso.waitFor(gracia.toMillis(), TimeUnit.MILLISECONDS)) {
                proceso.descendants().forEach(ProcessHandle::destroyForcibly);
                proceso.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            proceso.destroyForcibly();
        }
    }

    static String cola(Path archivo, int lineas) {
        try {
            List<String> todas = Files.readAllLines(archivo);
            return String.join("\n", todas.subList(Math.max(0, todas.size() - lineas), todas.size()));
        } catch (IOException e) {
            return "(no se pudo leer " + archivo + ")";
        }
    }

    static void dormir(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
