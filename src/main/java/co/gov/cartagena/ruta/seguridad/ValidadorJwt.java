package co.gov.cartagena.ruta.seguridad;

import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Valida un token de acceso JWT firmado con RS256 por Keycloak: firma con la llave publicada por el realm,
 * emisor, audiencia, tipo ({@code Bearer}, no un ID token) y vigencia. Clase pura, sin contenedor.
 */
public final class ValidadorJwt {

    private static final Duration TOLERANCIA_RELOJ = Duration.ofSeconds(30);

    private final Function<String, Optional<PublicKey>> llavePorKid;
    private final String emisor;
    private final String audiencia;
    private final Clock reloj;

    public ValidadorJwt(Function<String, Optional<PublicKey>> llavePorKid, String emisor, String audiencia,
            Clock reloj) {
        this.llavePorKid = llavePorKid;
        this.emisor = emisor;
        this.audiencia = audiencia;
        this.reloj = reloj;
    }

    /** Devuelve los claims del token si es válido; cualquier forma inesperada es un token inválido. */
    public JsonObject validar(String token) throws TokenInvalido {
        try {
            return validarForma(token);
        } catch (RuntimeException e) {
            throw new TokenInvalido("Token con forma inesperada", e);
        }
    }

    private JsonObject validarForma(String token) throws TokenInvalido {
        String[] partes = token == null ? new String[0] : token.split("\\.", -1);
        if (partes.length != 3) {
            throw new TokenInvalido("El token no tiene la forma de un JWT");
        }
        JsonObject cabecera = json(partes[0]);
        JsonObject claims = json(partes[1]);
        if (!"RS256".equals(cabecera.getString("alg", ""))) {
            throw new TokenInvalido("Algoritmo de firma no aceptado: " + cabecera.getString("alg", "ninguno"));
        }
        String kid = cabecera.getString("kid", "");
        PublicKey llave = llavePorKid.apply(kid)
                .orElseThrow(() -> new TokenInvalido("Llave de firma desconocida: " + kid));
        verificarFirma(partes, llave);

        if (!emisor.equals(claims.getString("iss", ""))) {
            throw new TokenInvalido("Emisor no aceptado: " + claims.getString("iss", ""));
        }
        if (!audiencias(claims).contains(audiencia)) {
            throw new TokenInvalido("El token no es para " + audiencia);
        }
        if (!"Bearer".equals(claims.getString("typ", ""))) {
            throw new TokenInvalido("No es un token de acceso (typ=" + claims.getString("typ", "") + ")");
        }
        Instant ahora = reloj.instant();
        if (!claims.containsKey("exp")
                || Instant.ofEpochSecond(claims.getJsonNumber("exp").longValue()).plus(TOLERANCIA_RELOJ).isBefore(ahora)) {
            throw new TokenInvalido("El token venció");
        }
        if (claims.containsKey("nbf")
                && Instant.ofEpochSecond(claims.getJsonNumber("nbf").longValue()).minus(TOLERANCIA_RELOJ).isAfter(ahora)) {
            throw new TokenInvalido("El token aún no es válido");
        }
        return claims;
    }

    /** Traduce los claims al usuario de Ruta. */
    public static Usuario usuarioDe(JsonObject claims) {
        String nombre = claims.getString("name", null);
        return Usuario.deClaims(claims.getString("preferred_username", null), nombre,
                claims.getString("email", null), cadenas(claims, "roles"), cadenas(claims, "grupos"));
    }

    static List<String> cadenas(JsonObject claims, String nombre) {
        JsonValue valor = claims.get(nombre);
        List<String> lista = new ArrayList<>();
        if (valor instanceof JsonArray arreglo) {
            for (JsonValue v : arreglo) {
                if (v instanceof JsonString s) {
                    lista.add(s.getString());
                }
            }
        } else if (valor instanceof JsonString s) {
            lista.add(s.getString());
        }
        return lista;
    }

    private static List<String> audiencias(JsonObject claims) {
        return cadenas(claims, "aud");
    }

    private static void verificarFirma(String[] partes, PublicKey llave) throws TokenInvalido {
        try {
            Signature firma = Signature.getInstance("SHA256withRSA");
            firma.initVerify(llave);
            firma.update((partes[0] + "." + partes[1]).getBytes(StandardCharsets.US_ASCII));
            if (!firma.verify(Base64.getUrlDecoder().decode(partes[2]))) {
                throw new TokenInvalido("Firma inválida");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new TokenInvalido("Firma ilegible", e);
        }
    }

    private static JsonObject json(String parte) throws TokenInvalido {
        try (JsonReader lector = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(parte), StandardCharsets.UTF_8)))) {
            return lector.readObject();
        } catch (RuntimeException e) {
            throw new TokenInvalido("JWT ilegible", e);
        }
    }
}
