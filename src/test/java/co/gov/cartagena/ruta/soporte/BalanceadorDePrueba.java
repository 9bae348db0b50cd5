package co.gov.cartagena.ruta.soporte;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;

/**
 * Reenviador TCP solo para pruebas, en lugar de un balanceador real (nginx o HAProxy, que aquí no hay): cada conexión
 * va a la primera instancia que la acepte, en orden. Mientras la primera vive, todo va a ella (la afinidad de un
 * balanceador con sesiones pegajosas); si muere, la conexión nueva va a la siguiente, como hace el balanceador al caer
 * un nodo. No mira el HTTP: el navegador ve un solo servidor, con el mismo host, puerto y cookies.
 */
public final class BalanceadorDePrueba implements AutoCloseable {

    private final ServerSocket escucha;
    private final List<Integer> destinos;

    public BalanceadorDePrueba(int puerto, List<Integer> destinos) throws IOException {
        this.destinos = destinos;
        this.escucha = new ServerSocket();
        escucha.setReuseAddress(true);
        escucha.bind(new InetSocketAddress("127.0.0.1", puerto));
        Thread aceptar = new Thread(this::aceptar, "balanceador-" + puerto);
        aceptar.setDaemon(true);
        aceptar.start();
    }

    private void aceptar() {
        while (!escucha.isClosed()) {
            try {
                Socket cliente = escucha.accept();
                Thread t = new Thread(() -> atender(cliente), "balanceador-conexion");
                t.setDaemon(true);
                t.start();
            } catch (IOException cerrado) {
                return;
            }
        }
    }

    private void atender(Socket cliente) {
        Socket servidor = null;
        for (int puerto : destinos) {
            try {
                Socket s = new Socket();
                s.connect(new InetSocketAddress("127.0.0.1", puerto), 1000);
                servidor = s;
                break;
            } catch (IOException caido) {
                // el siguiente
            }
        }
        if (servidor == null) {
            cerrar(cliente);
            return;
        }
        Socket destino = servidor;
        Thread ida = new Thread(() -> copiar(cliente, destino), "balanceador-ida");
        ida.setDaemon(true);
        ida.start();
        copiar(destino, cliente);
    }

    private static void copiar(Socket de, Socket a) {
        try (InputStream entrada = de.getInputStream(); OutputStream salida = a.getOutputStream()) {
            entrada.transferTo(salida);
        } catch (IOException e) {
            // una de las dos puntas cerró
        } finally {
            cerrar(de);
            cerrar(a);
        }
    }

    private static void cerrar(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // ya cerrado
        }
    }

    @Override
    public void close() throws IOException {
        escucha.close();
    }
}
