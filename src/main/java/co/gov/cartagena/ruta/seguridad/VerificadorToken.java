package co.gov.cartagena.ruta.seguridad;

import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.configuracion.Configuracion;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Verifica tokens Bearer de la API contra el realm configurado: descubre el emisor y las llaves públicas (JWKS)
 * del proveedor y las guarda; si llega un {@code kid} desconocido vuelve a pedirlas, como mucho una vez por minuto.
 * El descubrimiento se intenta ya al arrancar, en segundo plano, para que la primera petición con token no espere a
 * Keycloak; si Keycloak aún no responde, se intenta de nuevo con la primera petición.
 */
@ApplicationScoped
public class VerificadorToken {

    private static final Logger LOG = Logger.getLogger(VerificadorToken.class.getName());
    private static final Duration ESPERA_ENTRE_RECARGAS = Duration.ofMinutes(1);

    @Inject
    Configuracion configuracion;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, PublicKey> llaves = new ConcurrentHashMap<>();
    private volatile String emisor;
    private volatile String urlLlaves;
    private volatile Instant ultimaRecarga = Instant.EPOCH;

    @Resource
    ManagedExecutorService ejecutor;

    void alArrancar(@Observes @Initialized(ApplicationScoped.class) Object inicio) {
        ejecutor.submit(() -> {
            try {
                descubrir();
            } catch (TokenInvalido | RuntimeException e) {
                LOG.log(Level.INFO, "Las llaves de Keycloak se leerán con la primera petición: {0}", e.getMessage());
            }
        });
    }

    public Usuario verificar(String token) throws TokenInvalido {
        descubrir();
        ValidadorJwt validador = new ValidadorJwt(this::llave, emisor,
                configuracion.requerida(Clave.OIDC_CLIENTE), Clock.systemUTC());
        try {
            return ValidadorJwt.usuarioDe(validador.validar(token));
        } catch (IllegalArgumentException e) {
            throw new TokenInvalido("Token sin usuario", e);
        }
    }

    private Optional<PublicKey> llave(String kid) {
        PublicKey llave = llaves.get(kid);
        if (llave == null) {
            recargarLlaves(false);
            llave = llaves.get(kid);
        }
        return Optional.ofNullable(llave);
    }

    private void descubrir() throws TokenInvalido {
        if (emisor != null) {
            return;
        }
        synchronized (this) {
            if (emisor != null) {
                return;
            }
            String proveedor = configuracion.requerida(Clave.OIDC_PROVEEDOR);
            JsonObject documento = pedir(proveedor.replaceAll("/+$", "") + "/.well-known/openid-configuration")
                    .orElseThrow(() -> new TokenInvalido("No se pudo leer la configuración del proveedor OIDC"));
            urlLlaves = documento.getString("jwks_uri");
            emisor = documento.getString("issuer");
        }
        recargarLlaves(true);
    }

    private synchronized void recargarLlaves(boolean forzar) {
        Instant ahora = Instant.now();
        if (urlLlaves == null || (!forzar && ultimaRecarga.plus(ESPERA_ENTRE_RECARGAS).isAfter(ahora))) {
            return;
        }
        ultimaRecarga = ahora;
        pedir(urlLlaves).ifPresent(jwks -> {
            for (JsonValue v : jwks.getJsonArray("keys")) {
                JsonObject llave = v.asJsonObject();
                if ("RSA".equals(llave.getString("kty", "")) && !"enc".equals(llave.getString("use", "sig"))) {
                    try {
                        llaves.put(llave.getString("kid"), rsa(llave.getString("n"), llave.getString("e")));
                    } catch (GeneralSecurityException e) {
                        LOG.log(Level.WARNING, "Llave JWKS ilegible", e);
                    }
                }
            }
        });
    }

    private Optional<JsonObject> pedir(String url) {
        try {
            HttpResponse<String> respuesta = http.send(
                    HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (respuesta.statusCode() != 200) {
                LOG.warning(() -> "El proveedor OIDC respondió " + respuesta.statusCode() + " a " + url);
                return Optional.empty();
            }
            try (JsonReader lector = Json.createReader(new StringReader(respuesta.body()))) {
                return Optional.of(lector.readObject());
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "No se pudo consultar " + url, e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    static PublicKey rsa(String n, String e) throws GeneralSecurityException {
        Base64.Decoder b64 = Base64.getUrlDecoder();
        return KeyFactory.getInstance("RSA").generatePublic(
                new RSAPublicKeySpec(new BigInteger(1, b64.decode(n)), new BigInteger(1, b64.decode(e))));
    }
}
