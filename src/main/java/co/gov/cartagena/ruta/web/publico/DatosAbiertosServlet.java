package co.gov.cartagena.ruta.web.publico;

import co.gov.cartagena.ruta.comun.Json;
import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.configuracion.Configuracion;
import co.gov.cartagena.ruta.indicadores.publicacion.DiccionarioDeDatos;
import co.gov.cartagena.ruta.indicadores.publicacion.DocumentoPublico;
import co.gov.cartagena.ruta.indicadores.publicacion.Publicaciones;
import co.gov.cartagena.ruta.indicadores.publicacion.Publicaciones.Publicacion;
import co.gov.cartagena.ruta.indicadores.publicacion.Publicaciones.Publicado;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Datos abiertos de la rendición de cuentas, sin ingresar, en direcciones estables:
 * <ul>
 * <li>{@code /datos-abiertos/} (y {@code /datos-abiertos/catalogo.json}): los metadatos del conjunto de datos, al
 * estilo DCAT (título, publicador, licencia, frecuencia, campos) con una distribución CSV y una JSON por corte
 * publicado;</li>
 * <li>{@code /datos-abiertos/cortes/AAAA-MM-DD.csv} y {@code .json}: un corte publicado (404 si no lo está o se
 * retiró);</li>
 * <li>{@code /datos-abiertos/cortes/AAAA-MM-DD-desagregaciones.csv}: sus desagregaciones en formato largo;</li>
 * <li>{@code /datos-abiertos/diccionario.csv}: el diccionario de datos de los dos CSV.</li>
 * </ul>
 * Todo sale del documento congelado al publicar; cada respuesta lleva {@code ETag}, {@code Last-Modified} y
 * {@code Cache-Control: public}, y una petición condicional que coincide recibe 304 sin cuerpo.
 */
@WebServlet(urlPatterns = "/datos-abiertos/*")
public class DatosAbiertosServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Segundos que un cliente o un proxy puede guardar una respuesta sin volver a preguntar. */
    static final int MAX_AGE = 300;
    static final String CSV = "text/csv; charset=UTF-8";
    static final String JSON = "application/json; charset=UTF-8";
    private static final String INICIO = DatosAbiertosServlet.class.getName() + ".inicio";
    /** Lo que sigue a la fecha en la dirección del CSV de desagregaciones. */
    static final String SUFIJO_DESAGREGACIONES = "-desagregaciones.csv";
    private static final Pattern CORTE = Pattern.compile("/cortes/(\\d{4}-\\d{2}-\\d{2})(\\.csv|\\.json|"
            + Pattern.quote(SUFIJO_DESAGREGACIONES) + ")");

    @Inject
    Publicaciones publicaciones;

    @Inject
    Configuracion configuracion;

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        req.setAttribute(INICIO, System.nanoTime());
        String ruta = req.getPathInfo() == null ? "/" : req.getPathInfo();
        resp.setHeader("Access-Control-Allow-Origin", "*");
        if (ruta.equals("/") || ruta.equals("/catalogo.json")) {
            String catalogo = catalogo(base(req));
            Instant cambio = publicaciones.ultimoCambio().orElse(Instant.EPOCH);
            enviar(req, resp, JSON, catalogo, "\"" + DocumentoPublico.huella(catalogo) + "\"", cambio, null);
            return;
        }
        if (ruta.equals("/diccionario.csv")) {
            String dic = DiccionarioDeDatos.csv();
            enviar(req, resp, CSV, dic, "\"" + DocumentoPublico.huella(dic) + "\"", null, "diccionario-de-datos.csv");
            return;
        }
        Matcher m = CORTE.matcher(ruta);
        Optional<Publicado> p = Optional.empty();
        if (m.matches()) {
            try {
                p = publicaciones.publicado(LocalDate.parse(m.group(1)));
            } catch (DateTimeParseException e) {
                p = Optional.empty();
            }
        }
        if (p.isEmpty()) {
            resp.setHeader("Cache-Control", "no-cache");
            resp.sendError(HttpServletResponse.SC_NOT_FOUND, "No hay un corte publicado en esa dirección.");
            return;
        }
        Publicacion pub = p.get().publicacion();
        String formato = m.group(2);
        String cuerpo = switch (formato) {
            case ".csv" -> DocumentoPublico.csv(p.get().documento());
            case SUFIJO_DESAGREGACIONES -> DocumentoPublico.csvDesagregaciones(p.get().documento());
            default -> p.get().contenido();
        };
        // La ETag: la huella del documento y el formato (cada archivo tiene la suya).
        enviar(req, resp, formato.equals(".json") ? JSON : CSV, cuerpo, "\"" + pub.huella()
                + formato.replace('.', '-') + "\"", pub.publicadoEn(), "ruta-avance-" + pub.fecha() + formato);
    }

    private static void enviar(HttpServletRequest req, HttpServletResponse resp, String tipo, String cuerpo,
            String etag, Instant modificado, String archivo) throws IOException {
        if (req.getAttribute(INICIO) instanceof Long t) {
            // El tiempo del servidor hasta tener la respuesta lista, sin la red (como la API, TiempoDeServidor).
            resp.setHeader("Server-Timing", String.format(Locale.ROOT, "app;dur=%.1f",
                    (System.nanoTime() - t) / 1_000_000.0));
        }
        resp.setHeader("Cache-Control", "public, max-age=" + MAX_AGE);
        resp.setHeader("ETag", etag);
        if (modificado != null) {
            resp.setDateHeader("Last-Modified", modificado.toEpochMilli());
        }
        if (noCambio(req, etag, modificado)) {
            resp.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        byte[] bytes = cuerpo.getBytes(StandardCharsets.UTF_8);
        resp.setContentType(tipo);
        resp.setContentLength(bytes.length);
        if (archivo != null) {
            resp.setHeader("Content-Disposition", "inline; filename=\"" + archivo + "\"");
        }
        resp.getOutputStream().write(bytes);
    }

    /**
     * Si la copia del cliente sigue valiendo: {@code If-None-Match} con la misma ETag (o {@code *}); sin él,
     * {@code If-Modified-Since} no anterior al último cambio (al segundo, como va en la cabecera).
     */
    static boolean noCambio(HttpServletRequest req, String etag, Instant modificado) {
        String inm = req.getHeader("If-None-Match");
        if (inm != null) {
            for (String e : inm.split(",")) {
                String limpia = e.trim();
                if (limpia.startsWith("W/")) {
                    limpia = limpia.substring(2);
                }
                if (limpia.equals("*") || limpia.equals(etag)) {
                    return true;
                }
            }
            return false;
        }
        if (modificado == null) {
            return false;
        }
        long ims;
        try {
            ims = req.getDateHeader("If-Modified-Since");
        } catch (IllegalArgumentException e) {
            return false;
        }
        return ims >= 0 && modificado.getEpochSecond() <= ims / 1000;
    }

    private String base(HttpServletRequest req) {
        String publica = configuracion.leer(Clave.URL_PUBLICA).map(u -> u.endsWith("/") ? u.substring(0, u.length() - 1)
                : u).orElse(null);
        if (publica != null) {
            return publica + req.getContextPath();
        }
        String url = req.getRequestURL().toString();
        return url.substring(0, url.indexOf(req.getContextPath() + "/datos-abiertos", url.indexOf("//") + 2))
                + req.getContextPath();
    }

    /** Los metadatos del conjunto de datos (DCAT en JSON, sin contexto JSON-LD). */
    private String catalogo(String base) {
        List<Publicacion> publicadas = publicaciones.publicadas();
        JsonArrayBuilder distribuciones = Json.createArrayBuilder();
        for (Publicacion p : publicadas) {
            for (String[] d : new String[][] {{".csv", "CSV", "text/csv"}, {".json", "JSON", "application/json"},
                {SUFIJO_DESAGREGACIONES, "CSV, desagregaciones por sexo y grupo de edad", "text/csv"}}) {
                distribuciones.add(Json.createObjectBuilder()
                        .add("title", "Corte al " + p.fecha() + " (" + d[1] + ")")
                        .add("downloadURL", base + "/datos-abiertos/cortes/" + p.fecha() + d[0])
                        .add("mediaType", d[2])
                        .add("issued", p.publicadoEn().toString()).add("temporalEnd", p.fecha().toString()));
            }
        }
        JsonArrayBuilder campos = Json.createArrayBuilder();
        campos(campos, DiccionarioDeDatos.CAMPOS, DiccionarioDeDatos.ARCHIVO_INDICADORES);
        campos(campos, DiccionarioDeDatos.CAMPOS_DESAGREGACIONES, DiccionarioDeDatos.ARCHIVO_DESAGREGACIONES);
        var o = Json.createObjectBuilder()
                .add("@type", "dcat:Dataset")
                .add("title", "Avance de la línea Seguridad Humana del Plan de Desarrollo 2024–2027 de Cartagena")
                .add("description", "Cifras de los 63 indicadores de la línea Seguridad Humana (componentes, programas, "
                        + "línea base, meta, valor, avance y semáforo, y la serie anual frente a las metas) en cada "
                        + "corte aprobado y publicado por la Secretaría del Interior y Convivencia Ciudadana, y sus "
                        + "desagregaciones por sexo y grupo de edad. Solo cifras agregadas: ninguna desagregación con "
                        + "menos de 5 personas.")
                .add("publisher", Json.createObjectBuilder().add("name",
                        "Alcaldía Mayor de Cartagena de Indias — Secretaría del Interior y Convivencia Ciudadana"))
                .add("license", "https://creativecommons.org/licenses/by/4.0/")
                .add("accrualPeriodicity", "irregular: cada vez que se publica un corte aprobado (al menos anual, "
                        + "para el informe al Concejo, Ley 152 de 1994)")
                .add("language", "es")
                .add("keyword", Json.createArrayBuilder().add("plan de desarrollo").add("seguridad humana")
                        .add("rendición de cuentas").add("indicadores").add("Cartagena"))
                .add("landingPage", base + "/publico/avance.xhtml")
                .add("conformsTo", base + "/datos-abiertos/diccionario.csv")
                .add("fields", campos)
                .add("distribution", distribuciones);
        if (!publicadas.isEmpty()) {
            o.add("modified", publicadas.stream().map(Publicacion::publicadoEn).max(Instant::compareTo).get().toString());
        }
        return o.build().toString();
    }

    private static void campos(JsonArrayBuilder campos, List<DiccionarioDeDatos.Campo> lista, String archivo) {
        for (DiccionarioDeDatos.Campo c : lista) {
            campos.add(Json.createObjectBuilder().add("name", c.nombre()).add("type", c.tipo())
                    .add("description", c.descripcion()).add("file", archivo));
        }
    }
}
