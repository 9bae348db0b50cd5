package co.gov.cartagena.ruta.carga;

import co.gov.cartagena.ruta.soporte.Demo;
import java.net.http.HttpResponse;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Un token vigente por cuenta de demostración, compartido por todos los usuarios simulados de esa cuenta y renovado
 * cada dos minutos en un hilo aparte (duran cinco): pedir tokens no es parte de lo que se mide, y Keycloak acepta
 * cada código OTP de la supervisora una sola vez por intervalo de 30 s.
 */
final class Tokens {

    private static final long RENOVAR_CADA_S = 120;
    private static final Map<String, String> VIGENTES = new ConcurrentHashMap<>();
    private static ScheduledExecutorService renovador;

    private Tokens() {
    }

    /** Pide el token de las cuentas que aún no lo tienen y arranca la renovación (una vez por proceso). */
    static synchronized void asegurar(Collection<String> usuarios) throws Exception {
        for (String u : usuarios) {
            if (!VIGENTES.containsKey(u)) {
                VIGENTES.put(u, pedir(u));
            }
        }
        if (renovador == null) {
            renovador = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "renovacion-tokens");
                t.setDaemon(true);
                return t;
            });
            renovador.scheduleWithFixedDelay(Tokens::renovar, RENOVAR_CADA_S, RENOVAR_CADA_S, TimeUnit.SECONDS);
        }
    }

    static String de(String usuario) {
        String token = VIGENTES.get(usuario);
        if (token == null) {
            throw new IllegalStateException("Sin token para " + usuario);
        }
        return "Bearer " + token;
    }

    private static void renovar() {
        for (String u : VIGENTES.keySet()) {
            try {
                VIGENTES.put(u, pedir(u));
            } catch (Exception e) {
                // El token anterior sigue vigente unos minutos más; se reintenta en la próxima vuelta.
                System.out.println("[carga] no se renovó el token de " + u + ": " + e.getMessage());
            }
        }
    }

    private static String pedir(String usuario) throws Exception {
        HttpResponse<String> r = Demo.pedirToken(usuario, Demo.CLAVE, Perfil.SUPERVISORA.equals(usuario));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak no dio token a " + usuario + ": " + r.statusCode() + " "
                    + r.body());
        }
        return Demo.json(r.body()).getString("access_token");
    }
}
