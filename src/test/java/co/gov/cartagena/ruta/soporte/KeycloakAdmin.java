package co.gov.cartagena.ruta.soporte;

import co.gov.cartagena.ruta.entorno.EntornoPruebas;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Usuarios desechables en el Keycloak de pruebas, por su API de administración: para probar bloqueos y OTP sin
 * tocar a los usuarios de demostración, con los que ingresan las demás pruebas. Solo desde la JVM de failsafe.
 */
public final class KeycloakAdmin {

    private KeycloakAdmin() {
    }

    /** Un usuario nuevo (nombre único con el prefijo dado), clave {@link Demo#CLAVE}, y OTP si se pide. */
    public static String crear(String prefijo, String rol, String sede, boolean conOtp)
            throws IOException, InterruptedException {
        String usuario = prefijo + "-" + UUID.randomUUID().toString().substring(0, 8);
        JsonArrayBuilder credenciales = Json.createArrayBuilder().add(Json.createObjectBuilder()
                .add("type", "password").add("value", Demo.CLAVE).add("temporary", false));
        if (conOtp) {
            credenciales.add(Json.createObjectBuilder().add("type", "otp").add("userLabel", "prueba")
                    .add("secretData", "{\"value\":\"" + Demo.SECRETO_OTP + "\"}")
                    .add("credentialData",
                            "{\"subType\":\"totp\",\"digits\":6,\"counter\":0,\"period\":30,\"algorithm\":\"HmacSHA1\"}"));
        }
        JsonObject importacion = Json.createObjectBuilder().add("ifResourceExists", "FAIL")
                .add("users", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("username", usuario).add("enabled", true).add("emailVerified", true)
                        .add("email", usuario + "@pruebas.ruta.example").add("firstName", "Prueba")
                        .add("lastName", prefijo).add("credentials", credenciales)
                        .add("realmRoles", Json.createArrayBuilder().add(rol))
                        .add("groups", Json.createArrayBuilder().add("/sedes/" + sede))))
                .build();
        HttpResponse<String> r = enviar(HttpRequest.newBuilder(URI.create(admin("partialImport")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(importacion.toString())));
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Keycloak no creó " + usuario + ": " + r.statusCode() + " " + r.body());
        }
        return usuario;
    }

    public static String id(String usuario) throws IOException, InterruptedException {
        HttpResponse<String> r = enviar(HttpRequest.newBuilder(URI.create(admin("users?exact=true&username="
                + URLEncoder.encode(usuario, StandardCharsets.UTF_8)))).GET());
        try (var lector = Json.createReader(new StringReader(r.body()))) {
            JsonArray a = lector.readArray();
            if (a.isEmpty()) {
                throw new IllegalStateException("No existe " + usuario + " en Keycloak");
            }
            return a.getJsonObject(0).getString("id");
        }
    }

    /** El estado de detección de fuerza bruta del usuario ({@code disabled}, {@code numFailures}…). */
    public static JsonObject fuerzaBruta(String usuario) throws IOException, InterruptedException {
        HttpResponse<String> r = enviar(HttpRequest.newBuilder(
                URI.create(admin("attack-detection/brute-force/users/" + id(usuario)))).GET());
        return Demo.json(r.body());
    }

    public static void desbloquear(String usuario) throws IOException, InterruptedException {
        enviar(HttpRequest.newBuilder(URI.create(admin("attack-detection/brute-force/users/" + id(usuario)))).DELETE());
    }

    public static void borrar(String usuario) throws IOException, InterruptedException {
        enviar(HttpRequest.newBuilder(URI.create(admin("users/" + id(usuario)))).DELETE());
    }

    private static String admin(String ruta) {
        return Demo.urlKeycloak() + "/admin/realms/ruta/" + ruta;
    }

    private static HttpResponse<String> enviar(HttpRequest.Builder peticion) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(peticion.header("Authorization", "Bearer " + token()).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String token() throws IOException, InterruptedException {
        String cuerpo = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(EntornoPruebas.claveAdminKeycloak(), StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Demo.urlKeycloak() + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("Sin token de administración de Keycloak: " + r.statusCode());
        }
        return Demo.json(r.body()).getString("access_token");
    }
}
