package co.gov.cartagena.ruta.seguridad;

import co.gov.cartagena.ruta.soporte.Demo;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Una sesión de navegador sin navegador: ingresa por el formulario real de Keycloak (con OTP si el usuario lo pide)
 * y luego pide páginas de Ruta con su cookie de sesión, sin seguir redirecciones para poder ver a dónde llevan.
 *
 * <p>Lleva su propio frasco de cookies por host y puerto: Keycloak marca las suyas {@code Secure} aun sobre http en
 * localhost (Chromium las acepta ahí; el {@code CookieManager} de Java no).
 */
final class SesionWeb {

    private static final Pattern FORMULARIO = Pattern.compile("<form[^>]*id=\"(kc-form-login|kc-otp-login-form)\"[^>]*>",
            Pattern.DOTALL);
    private static final Pattern ACCION = Pattern.compile("action=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();
    private final String usuario;

    private SesionWeb(String usuario) {
        this.usuario = usuario;
    }

    /** Sin ingresar: como un visitante anónimo. */
    static SesionWeb anonima() {
        return new SesionWeb(null);
    }

    /** Ingresa por Keycloak desde {@code base + "app/inicio.xhtml"} y sigue hasta la página de inicio de Ruta. */
    static SesionWeb ingresar(String base, String usuario, boolean conOtp) throws IOException, InterruptedException {
        SesionWeb s = new SesionWeb(usuario);
        HttpResponse<String> r = s.seguir(s.get(base + "app/inicio.xhtml"));
        String accion = s.accion(r, "kc-form-login");
        r = s.seguir(s.post(accion, Map.of("username", usuario, "password", Demo.CLAVE, "credentialId", "")));
        if (conOtp) {
            accion = s.accion(r, "kc-otp-login-form");
            r = s.seguir(s.post(accion, Map.of("otp", Demo.totpNuevo(usuario))));
        }
        if (r.statusCode() != 200 || !r.body().contains("id=\"nombre-usuario\"")) {
            throw new IllegalStateException("No se pudo ingresar como " + usuario + ": " + r.statusCode() + " "
                    + r.uri() + "\n" + r.body());
        }
        return s;
    }

    String usuario() {
        return usuario;
    }

    private String accion(HttpResponse<String> r, String formulario) {
        Matcher m = FORMULARIO.matcher(r.body());
        while (m.find()) {
            if (m.group(1).equals(formulario)) {
                Matcher a = ACCION.matcher(m.group());
                if (a.find()) {
                    return a.group(1).replace("&amp;", "&");
                }
            }
        }
        throw new IllegalStateException("Keycloak no mostró el formulario " + formulario + " a " + usuario + " ("
                + r.statusCode() + " " + r.uri() + ")\n" + r.body());
    }

    /** GET sin seguir redirecciones. */
    HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return enviar(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> post(String url, Map<String, String> campos) throws IOException, InterruptedException {
        StringBuilder cuerpo = new StringBuilder();
        for (Map.Entry<String, String> e : new LinkedHashMap<>(campos).entrySet()) {
            if (cuerpo.length() > 0) {
                cuerpo.append('&');
            }
            cuerpo.append(URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
        }
        return enviar(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(cuerpo.toString())));
    }

    /** Sigue las redirecciones (las de Keycloak y las de Ruta) hasta una respuesta que no lo sea. */
    HttpResponse<String> seguir(HttpResponse<String> r) throws IOException, InterruptedException {
        for (int i = 0; i < 10 && r.statusCode() / 100 == 3; i++) {
            String destino = r.headers().firstValue("Location").orElseThrow();
            r = get(r.uri().resolve(destino).toString());
        }
        return r;
    }

    private HttpResponse<String> enviar(HttpRequest.Builder b) throws IOException, InterruptedException {
        HttpRequest sinCookies = b.copy().build();
        Map<String, String> jar = cookies.computeIfAbsent(clave(sinCookies.uri()), k -> new ConcurrentHashMap<>());
        if (!jar.isEmpty()) {
            StringBuilder c = new StringBuilder();
            jar.forEach((k, v) -> c.append(c.length() == 0 ? "" : "; ").append(k).append('=').append(v));
            b.header("Cookie", c.toString());
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        List<String> nuevas = r.headers().allValues("Set-Cookie");
        for (String linea : nuevas) {
            String[] partes = linea.split(";");
            int igual = partes[0].indexOf('=');
            String nombre = partes[0].substring(0, igual).trim();
            String valor = partes[0].substring(igual + 1).trim();
            boolean borrar = valor.isEmpty() || linea.toLowerCase().contains("max-age=0")
                    || linea.toLowerCase().contains("expires=thu, 01 jan 1970") || linea.toLowerCase().contains("expires=thu, 01-jan-1970");
            if (borrar) {
                jar.remove(nombre);
            } else {
                jar.put(nombre, valor);
            }
        }
        return r;
    }

    private static String clave(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }
}
