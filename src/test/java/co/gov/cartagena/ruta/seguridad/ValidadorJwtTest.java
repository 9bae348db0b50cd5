package co.gov.cartagena.ruta.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Tokens armados a mano y firmados con una llave RSA de la prueba, contra un reloj fijo. */
class ValidadorJwtTest {

    private static final String EMISOR = "http://localhost:8180/realms/ruta";
    private static final String AUDIENCIA = "ruta-web";
    private static final String CABECERA = "{\"alg\":\"RS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}";
    private static final Instant AHORA = Instant.parse("2026-03-02T15:00:00Z");

    private static KeyPair llaves;
    private static KeyPair otrasLlaves;

    private final List<String> kidsPedidos = new ArrayList<>();
    private ValidadorJwt validador;

    @BeforeAll
    static void generarLlaves() throws GeneralSecurityException {
        KeyPairGenerator generador = KeyPairGenerator.getInstance("RSA");
        generador.initialize(2048);
        llaves = generador.generateKeyPair();
        otrasLlaves = generador.generateKeyPair();
    }

    @BeforeEach
    void crearValidador() {
        validador = new ValidadorJwt(kid -> {
            kidsPedidos.add(kid);
            return "k1".equals(kid) ? Optional.of(llaves.getPublic()) : Optional.<PublicKey>empty();
        }, EMISOR, AUDIENCIA, Clock.fixed(AHORA, ZoneOffset.UTC));
    }

    // --- aceptados ---

    @Test
    void aceptaUnTokenValidoYTraduceElUsuario() throws Exception {
        JsonObject claims = validador.validar(firmado(claimsValidos()));

        assertEquals(List.of("k1"), kidsPedidos);
        assertEquals("gestora.canapote", claims.getString("preferred_username"));
        Usuario u = ValidadorJwt.usuarioDe(claims);
        assertEquals("gestora.canapote", u.getUsuario());
        assertEquals("Gestora de Canapote", u.getNombre());
        assertEquals("gestora.canapote@ejemplo.gov.co", u.getCorreo());
        assertEquals(EnumSet.of(Rol.GESTOR, Rol.COORDINADOR), u.getRoles());
        assertEquals(Set.of("CJ-CANAPOTE"), u.getSedes());
        assertEquals(Set.of("trata"), u.getEquipos());
        assertEquals(Optional.of(Rol.COORDINADOR), u.rolPrincipal());
    }

    @Test
    void aceptaAudienciaComoCadena() throws Exception {
        JsonObject claims = validador.validar(firmado(claimsValidos().add("aud", AUDIENCIA)));
        assertEquals(AUDIENCIA, claims.getString("aud"));
    }

    @Test
    void aceptaAudienciaComoArreglo() throws Exception {
        JsonObject claims = validador.validar(firmado(claimsValidos()
                .add("aud", Json.createArrayBuilder().add("account").add(AUDIENCIA))));
        assertEquals(2, claims.getJsonArray("aud").size());
    }

    @Test
    void toleraTreintaSegundosDeDesfaseDeReloj() throws Exception {
        validador.validar(firmado(claimsValidos().add("exp", AHORA.minusSeconds(29).getEpochSecond())));
        validador.validar(firmado(claimsValidos().add("nbf", AHORA.plusSeconds(29).getEpochSecond())));
    }

    @Test
    void rolesYGruposComoCadenaSuelta() throws Exception {
        Usuario u = ValidadorJwt.usuarioDe(validador.validar(firmado(claimsValidos()
                .add("roles", "supervisor").add("grupos", "/sedes/SICC"))));
        assertEquals(EnumSet.of(Rol.SUPERVISOR), u.getRoles());
        assertEquals(Set.of("SICC"), u.getSedes());
        assertEquals(Set.of(), u.getEquipos());
    }

    // --- rechazados ---

    @Test
    void rechazaFirmaDeOtraLlave() {
        rechazado(firmado(CABECERA, claimsValidos().build().toString(), otrasLlaves.getPrivate()));
    }

    @Test
    void rechazaContenidoAlteradoDespuesDeFirmar() throws Exception {
        String[] bueno = firmado(claimsValidos()).split("\\.");
        String otroContenido = b64(claimsValidos().add("roles", Json.createArrayBuilder().add("administrador"))
                .build().toString());
        rechazado(bueno[0] + "." + otroContenido + "." + bueno[2]);
    }

    @Test
    void rechazaKidDesconocido() {
        rechazado(firmado("{\"alg\":\"RS256\",\"kid\":\"k2\",\"typ\":\"JWT\"}", claimsValidos().build().toString(),
                llaves.getPrivate()));
        rechazado(firmado("{\"alg\":\"RS256\",\"typ\":\"JWT\"}", claimsValidos().build().toString(),
                llaves.getPrivate()));
        assertEquals(List.of("k2", ""), kidsPedidos);
    }

    @Test
    void rechazaAlgNone() {
        String claims = b64(claimsValidos().build().toString());
        rechazado(b64("{\"alg\":\"none\",\"kid\":\"k1\",\"typ\":\"JWT\"}") + "." + claims + ".");
        rechazado(b64("{\"kid\":\"k1\",\"typ\":\"JWT\"}") + "." + claims + ".");
    }

    @Test
    void rechazaHs256FirmadoConLaLlavePublica() throws Exception {
        // Confusión de algoritmo: HMAC con los bytes de la llave pública como secreto.
        String datos = b64("{\"alg\":\"HS256\",\"kid\":\"k1\",\"typ\":\"JWT\"}") + "."
                + b64(claimsValidos().build().toString());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(llaves.getPublic().getEncoded(), "HmacSHA256"));
        String firma = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(mac.doFinal(datos.getBytes(StandardCharsets.US_ASCII)));
        rechazado(datos + "." + firma);
        assertEquals(List.of(), kidsPedidos, "Con otro algoritmo ni siquiera se busca la llave");
    }

    @Test
    void rechazaOtroEmisor() {
        rechazado(firmado(claimsValidos().add("iss", "http://keycloak:8080/realms/ruta")));
        rechazado(firmado(claimsValidos().add("iss", "http://localhost:8180/realms/master")));
        rechazado(firmado(claimsValidos().remove("iss")));
    }

    @Test
    void rechazaOtraAudiencia() {
        rechazado(firmado(claimsValidos().add("aud", "account")));
        rechazado(firmado(claimsValidos().add("aud", Json.createArrayBuilder().add("account").add("ruta-cli"))));
        rechazado(firmado(claimsValidos().remove("aud")));
    }

    @Test
    void rechazaIdTokenYTipoAusente() {
        rechazado(firmado(claimsValidos().add("typ", "ID")));
        rechazado(firmado(claimsValidos().add("typ", "Refresh")));
        rechazado(firmado(claimsValidos().remove("typ")));
    }

    @Test
    void rechazaTokenVencidoMasAllaDeLaTolerancia() {
        rechazado(firmado(claimsValidos().add("exp", AHORA.minusSeconds(31).getEpochSecond())));
        rechazado(firmado(claimsValidos().add("exp", AHORA.minusSeconds(3600).getEpochSecond())));
        rechazado(firmado(claimsValidos().remove("exp")));
    }

    @Test
    void rechazaNbfEnElFuturo() {
        rechazado(firmado(claimsValidos().add("nbf", AHORA.plusSeconds(31).getEpochSecond())));
    }

    @Test
    void rechazaTiemposQueNoSonNumeros() {
        rechazado(firmado(claimsValidos().add("exp", "mañana")));
        rechazado(firmado(claimsValidos().add("nbf", "ayer")));
    }

    @Test
    void rechazaTokensMalFormados() {
        String bueno = firmado(claimsValidos());
        String[] partes = bueno.split("\\.");
        rechazado(null);
        rechazado("");
        rechazado("abc");
        rechazado(partes[0] + "." + partes[1]);
        rechazado(bueno + ".extra");
        rechazado("%%%." + partes[1] + "." + partes[2]);
        rechazado(partes[0] + ".%%%." + partes[2]);
        rechazado(partes[0] + "." + partes[1] + ".%%%");
        rechazado(partes[0] + "." + partes[1] + ".");
        rechazado(b64("no es json") + "." + partes[1] + "." + partes[2]);
        rechazado(b64("[1,2]") + "." + partes[1] + "." + partes[2]);
        rechazado(firmado(CABECERA, "[\"no\",\"es\",\"un\",\"objeto\"]", llaves.getPrivate()));
    }

    // --- utilidades ---

    private void rechazado(String token) {
        assertThrows(TokenInvalido.class, () -> validador.validar(token),
                () -> "No se rechazó con TokenInvalido: " + token);
    }

    private static JsonObjectBuilder claimsValidos() {
        return Json.createObjectBuilder()
                .add("exp", AHORA.plusSeconds(300).getEpochSecond())
                .add("iat", AHORA.minusSeconds(60).getEpochSecond())
                .add("iss", EMISOR)
                .add("aud", AUDIENCIA)
                .add("sub", "3f1c2b7e-0000-4000-8000-000000000001")
                .add("typ", "Bearer")
                .add("azp", AUDIENCIA)
                .add("preferred_username", "gestora.canapote")
                .add("name", "Gestora de Canapote")
                .add("email", "gestora.canapote@ejemplo.gov.co")
                .add("roles", Json.createArrayBuilder().add("gestor").add("coordinador").add("otp-obligatorio")
                        .add("offline_access"))
                .add("grupos", Json.createArrayBuilder().add("/sedes/CJ-CANAPOTE").add("/equipos/trata")
                        .add("/otros/grupo"));
    }

    private static String firmado(JsonObjectBuilder claims) {
        return firmado(CABECERA, claims.build().toString(), llaves.getPrivate());
    }

    static String firmado(String cabecera, String claims, PrivateKey llave) {
        String datos = b64(cabecera) + "." + b64(claims);
        try {
            Signature firma = Signature.getInstance("SHA256withRSA");
            firma.initSign(llave);
            firma.update(datos.getBytes(StandardCharsets.US_ASCII));
            return datos + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(firma.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String b64(String texto) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(texto.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void laUtilidadDeFirmaProduceTokensQueElValidadorAcepta() throws Exception {
        // Control de la propia prueba: si firmado() estuviera mal, todos los rechazos serían triviales.
        String token = firmado(claimsValidos());
        assertEquals(3, token.split("\\.").length);
        assertTrue(validador.validar(token).containsKey("sub"));
    }
}
