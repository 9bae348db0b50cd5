package co.gov.cartagena.ruta.seguridad;

import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.configuracion.Configuracion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Crea grupos en el reino de Keycloak por su API de administración, con la cuenta de servicio del cliente
 * {@link Clave#KEYCLOAK_SINCRONIZACION_CLIENTE} (client credentials; su único rol es
 * {@code realm-management/manage-users}, el más estrecho de Keycloak que permite crear grupos). Es lo que hace
 * del registro de sedes de Ruta la única fuente de los grupos {@code /sedes/<codigo>} a los que pertenecen los
 * usuarios. Nunca registra el secreto ni el token.
 */
@ApplicationScoped
public class GruposKeycloak {

    private static final Duration ESPERA = Duration.ofSeconds(10);

    @Inject
    Configuracion configuracion;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Para pruebas sin contenedor. */
    public static GruposKeycloak conConfiguracion(Configuracion configuracion) {
        GruposKeycloak g = new GruposKeycloak();
        g.configuracion = configuracion;
        return g;
    }

    /** Si hay secreto configurado para la cuenta de servicio (sin él no se intenta). */
    public boolean configurado() {
        return configuracion.leer(Clave.KEYCLOAK_SINCRONIZACION_SECRETO).isPresent();
    }

    /**
     * Crea el grupo {@code /<padre>/<nombre>} (y el padre si falta). Si ya existe, no hace nada. Lanza
     * {@link IOException} si Keycloak no responde o rechaza la operación.
     */
    public void asegurarSubgrupo(String padre, String nombre, String descripcion) throws IOException {
        String token = token();
        String padreId = idDeGrupo(token, "/" + padre).orElse(null);
        if (padreId == null) {
            HttpResponse<String> r = enviar(peticion(token, "/groups")
                    .POST(HttpRequest.BodyPublishers.ofString(Json.createObjectBuilder().add("name", padre).build()
                            .toString())).header("Content-Type", "application/json").build());
            exigir(r, "crear el grupo /" + padre);
            padreId = idDeGrupo(token, "/" + padre).orElseThrow(() -> new IOException(
                    "Keycloak no muestra el grupo /" + padre + " que acaba de crear"));
        }
        JsonObject grupo = Json.createObjectBuilder().add("name", nombre)
                .add("attributes", Json.createObjectBuilder().add("descripcion",
                        Json.createArrayBuilder().add(descripcion == null ? nombre : descripcion)))
                .build();
        HttpResponse<String> r = enviar(peticion(token, "/groups/" + padreId + "/children")
                .POST(HttpRequest.BodyPublishers.ofString(grupo.toString()))
                .header("Content-Type", "application/json").build());
        if (r.statusCode() != 409) {
            exigir(r, "crear el grupo /" + padre + "/" + nombre);
        }
    }

    /**
     * Los usuarios habilitados del grupo {@code ruta} (p. ej. {@code /sedes/CJ-CANAPOTE}), con sus roles de realm
     * (efectivos) y las rutas de sus grupos. Lectura con la misma cuenta de servicio: {@code manage-users} incluye
     * ver usuarios. Grupo inexistente: lista vacía. Lanza {@link IOException} si Keycloak no responde.
     */
    public List<MiembroKeycloak> miembros(String ruta) throws IOException {
        String token = token();
        Optional<String> grupo = idDeGrupo(token, ruta);
        if (grupo.isEmpty()) {
            return List.of();
        }
        HttpResponse<String> r = enviar(peticion(token, "/groups/" + grupo.get()
                + "/members?briefRepresentation=false&first=0&max=1000").GET().build());
        exigir(r, "consultar los miembros del grupo " + ruta);
        List<MiembroKeycloak> miembros = new ArrayList<>();
        for (JsonValue v : arreglo(r.body())) {
            JsonObject u = v.asJsonObject();
            if (!u.getBoolean("enabled", true)) {
                continue;
            }
            String id = u.getString("id");
            String usuario = u.getString("username");
            String nombre = (u.getString("firstName", "") + " " + u.getString("lastName", "")).trim();
            HttpResponse<String> roles = enviar(peticion(token, "/users/" + id + "/role-mappings/realm/composite")
                    .GET().build());
            exigir(roles, "consultar los roles de " + usuario);
            HttpResponse<String> grupos = enviar(peticion(token, "/users/" + id + "/groups?briefRepresentation=true")
                    .GET().build());
            exigir(grupos, "consultar los grupos de " + usuario);
            Set<String> nombresRoles = new TreeSet<>();
            arreglo(roles.body()).forEach(x -> nombresRoles.add(x.asJsonObject().getString("name")));
            Set<String> rutas = new TreeSet<>();
            arreglo(grupos.body()).forEach(x -> rutas.add(x.asJsonObject().getString("path", "")));
            miembros.add(new MiembroKeycloak(usuario, nombre.isEmpty() ? usuario : nombre, nombresRoles, rutas));
        }
        return miembros;
    }

    /**
     * El nombre completo (nombre y apellidos) del usuario {@code usuario} del reino, de cualquier grupo; vacío si no
     * existe. Lanza {@link IOException} si Keycloak no responde.
     */
    public Optional<String> nombreDe(String usuario) throws IOException {
        String token = token();
        HttpResponse<String> r = enviar(peticion(token, "/users?exact=true&briefRepresentation=true&username="
                + URLEncoder.encode(usuario, StandardCharsets.UTF_8)).GET().build());
        exigir(r, "consultar el usuario " + usuario);
        for (JsonValue v : arreglo(r.body())) {
            JsonObject u = v.asJsonObject();
            if (usuario.equalsIgnoreCase(u.getString("username", ""))) {
                String nombre = (u.getString("firstName", "") + " " + u.getString("lastName", "")).trim();
                return nombre.isEmpty() ? Optional.empty() : Optional.of(nombre);
            }
        }
        return Optional.empty();
    }

    private static JsonArray arreglo(String cuerpo) {
        try (var lector = Json.createReader(new StringReader(cuerpo))) {
            return lector.readArray();
        }
    }

    /** Si el grupo existe (para verificar la sincronización). */
    public boolean existe(String ruta) throws IOException {
        return idDeGrupo(token(), ruta).isPresent();
    }

    private Optional<String> idDeGrupo(String token, String ruta) throws IOException {
        HttpResponse<String> r = enviar(peticion(token, "/group-by-path" + codificarRuta(ruta)).GET().build());
        if (r.statusCode() == 404) {
            return Optional.empty();
        }
        exigir(r, "consultar el grupo " + ruta);
        try (var lector = Json.createReader(new StringReader(r.body()))) {
            return Optional.of(lector.readObject().getString("id"));
        }
    }

    private String token() throws IOException {
        String secreto = configuracion.leer(Clave.KEYCLOAK_SINCRONIZACION_SECRETO).orElseThrow(() -> new IOException(
                "Falta " + Clave.KEYCLOAK_SINCRONIZACION_SECRETO.variableDeEntorno()
                        + ": no se pueden crear los grupos de las sedes en Keycloak"));
        String cliente = configuracion.requerida(Clave.KEYCLOAK_SINCRONIZACION_CLIENTE);
        String cuerpo = "grant_type=client_credentials&client_id=" + URLEncoder.encode(cliente, StandardCharsets.UTF_8)
                + "&client_secret=" + URLEncoder.encode(secreto, StandardCharsets.UTF_8);
        HttpResponse<String> r = enviar(HttpRequest.newBuilder(URI.create(realm() + "/protocol/openid-connect/token"))
                .timeout(ESPERA).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo)).build());
        exigir(r, "obtener el token de la cuenta de servicio " + cliente);
        try (var lector = Json.createReader(new StringReader(r.body()))) {
            return lector.readObject().getString("access_token");
        }
    }

    private HttpRequest.Builder peticion(String token, String ruta) {
        return HttpRequest.newBuilder(URI.create(admin() + ruta)).timeout(ESPERA)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    private String realm() {
        String url = configuracion.requerida(Clave.OIDC_PROVEEDOR);
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /** {@code http://host/realms/ruta} → {@code http://host/admin/realms/ruta}. */
    private String admin() {
        String r = realm();
        int i = r.lastIndexOf("/realms/");
        if (i < 0) {
            throw new IllegalStateException("La URL del proveedor OIDC no es la de un realm de Keycloak: " + r);
        }
        return r.substring(0, i) + "/admin" + r.substring(i);
    }

    private static String codificarRuta(String ruta) {
        StringBuilder b = new StringBuilder();
        for (String parte : ruta.split("/")) {
            if (!parte.isEmpty()) {
                b.append('/').append(URLEncoder.encode(parte, StandardCharsets.UTF_8).replace("+", "%20"));
            }
        }
        return b.toString();
    }

    private HttpResponse<String> enviar(HttpRequest peticion) throws IOException {
        try {
            return http.send(peticion, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrumpido al hablar con Keycloak", e);
        }
    }

    private static void exigir(HttpResponse<String> r, String que) throws IOException {
        if (r.statusCode() / 100 != 2) {
            throw new IOException("Keycloak respondió " + r.statusCode() + " al " + que);
        }
    }
}
