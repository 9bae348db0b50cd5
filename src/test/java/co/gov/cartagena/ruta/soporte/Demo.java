package co.gov.cartagena.ruta.soporte;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jakarta.json.Json;
import jakarta.json.JsonObject;

/** Usuarios de demostración de {@code realm-config/demo/ruta-demo.json} y tokens del Keycloak de pruebas. */
public final class Demo {

    public static final String CLAVE = "Ruta.Demo.2026";
    public static final String SECRETO_OTP = "RutaDemoOtpSecret2026";

    private Demo() {
    }

    public static String urlKeycloak() {
        return "http://localhost:" + Integer.getInteger("ruta.pruebas.puerto.keycloak");
    }

    private record TokenGuardado(String token, Instant obtenido) {
    }

    private static final java.util.Map<String, TokenGuardado> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.Map<String, Long> ULTIMO_PASO_OTP = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Token de acceso del cliente {@code ruta-cli} por contraseña (y OTP si se da). Se reutiliza durante cuatro
     * minutos (dura cinco): Keycloak no acepta dos veces el mismo código OTP, y pedir tokens de más no prueba nada.
     */
    public static synchronized String token(String usuario, boolean conOtp) throws IOException, InterruptedException {
        TokenGuardado guardado = TOKENS.get(usuario);
        if (guardado != null && guardado.obtenido().plusSeconds(240).isAfter(Instant.now())) {
            return guardado.token();
        }
        if (conOtp) {
            esperarCodigoNuevo(usuario);
        }
        HttpResponse<String> r = pedirToken(usuario, CLAVE, conOtp);
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak no dio token a " + usuario + ": " + r.statusCode() + " " + r.body());
        }
        String token;
        try (var lector = Json.createReader(new StringReader(r.body()))) {
            token = lector.readObject().getString("access_token");
        }
        TOKENS.put(usuario, new TokenGuardado(token, Instant.now()));
        return token;
    }

    /** Si ya se usó el código OTP de este intervalo de 30 s para el usuario, espera al siguiente. */
    private static void esperarCodigoNuevo(String usuario) throws InterruptedException {
        long paso = Instant.now().getEpochSecond() / 30;
        Long ultimo = ULTIMO_PASO_OTP.get(usuario);
        while (ultimo != null && paso <= ultimo) {
            Thread.sleep(1000);
            paso = Instant.now().getEpochSecond() / 30;
        }
        ULTIMO_PASO_OTP.put(usuario, paso);
    }

    /**
     * Un código OTP del usuario que Keycloak todavía no haya visto: si ya se usó el de este intervalo de 30 s (para
     * un token o un ingreso), espera al siguiente.
     */
    public static synchronized String totpNuevo(String usuario) throws InterruptedException {
        esperarCodigoNuevo(usuario);
        return totp();
    }

    public static String token(String usuario) throws IOException, InterruptedException {
        return token(usuario, false);
    }

    public static HttpResponse<String> pedirToken(String usuario, String clave, boolean conOtp)
            throws IOException, InterruptedException {
        String cuerpo = "grant_type=password&client_id=ruta-cli&scope=openid&username="
                + URLEncoder.encode(usuario, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(clave, StandardCharsets.UTF_8) + (conOtp ? "&totp=" + totp() : "");
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(urlKeycloak() + "/realms/ruta/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Código TOTP (RFC 6238, HmacSHA1, 6 dígitos, 30 s) del secreto de demostración, como lo calcula Keycloak. */
    public static String totp() {
        try {
            long paso = Instant.now().getEpochSecond() / 30;
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(SECRETO_OTP.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(paso).array());
            int o = h[h.length - 1] & 0xf;
            int binario = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8) | (h[o + 3] & 0xff);
            return String.format("%06d", binario % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static JsonObject json(String texto) {
        try (var lector = Json.createReader(new StringReader(texto))) {
            return lector.readObject();
        }
    }
}
