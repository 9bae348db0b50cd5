package co.gov.cartagena.ruta.indicadores.publicacion;

import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * El documento público de un corte: se arma una vez, al publicar, y se guarda como texto JSON. La página pública, el
 * JSON y el CSV de datos abiertos salen de ese mismo texto, así que no pueden diferir entre sí ni moverse después.
 *
 * <p>Números: JSON con punto decimal y sin ceros de relleno; {@code null} donde no hay cifra. Avances y esperados en
 * porcentaje con dos decimales (100 = meta cumplida).
 */
public final class DocumentoPublico {

    /** Versión del formato del documento (cambia si cambian sus campos). */
    public static final int VERSION = 1;
    /** Dimensiones de las desagregaciones publicadas, en orden. */
    public static final List<String> DIMENSIONES = List.of("sexo", "grupoEdad");
    /** Los semáforos, en el orden del resumen. */
    public static final List<String> SEMAFOROS = List.of("VERDE", "AMARILLO", "ROJO", "SIN_DATOS");

    /** Una cifra congelada del corte (del cuatrienio o del año). */
    public record Cifra(BigDecimal valor, BigDecimal numerador, BigDecimal denominador, BigDecimal avance,
            BigDecimal esperado, String semaforo) {
    }

    /** Un año de la serie: su meta, y su valor con el corte publicado del que sale (nulos si no hay). */
    public record Punto(int anio, BigDecimal meta, BigDecimal valor, LocalDate corte) {
    }

    /** Una desagregación ya protegida. */
    public record Desagregacion(String dimension, List<String> componentes, List<Proteccion.Fila> filas) {
    }

    /** Un indicador del plan en el corte. */
    public record Indicador(String codigo, String nombre, String nivel, String componente, String programa,
            String unidad, String tipoMeta, BigDecimal lineaBase, BigDecimal meta, Cifra cuatrienio, Cifra anio,
            BigDecimal metaAnio, List<Punto> serie, List<Desagregacion> desagregaciones, List<String> omitidas) {
    }

    private DocumentoPublico() {
    }

    /** El documento, como texto JSON (UTF-8), con los indicadores en el orden del plan. */
    public static String armar(LocalDate fecha, Instant aprobadoEn, Instant publicadoEn, String linea,
            List<Indicador> indicadores) {
        JsonObjectBuilder doc = Json.createObjectBuilder()
                .add("titulo", "Avance de la línea «" + linea + "» del Plan de Desarrollo 2024–2027 «Cartagena, "
                        + "Ciudad de Derechos», corte al " + fecha)
                .add("version", VERSION).add("linea", linea).add("fechaCorte", fecha.toString())
                .add("anioCorte", fecha.getYear()).add("aprobadoEn", aprobadoEn.toString())
                .add("publicadoEn", publicadoEn.toString()).add("umbralSupresion", Proteccion.UMBRAL)
                .add("resumen", resumen(indicadores));
        Map<String, Map<String, List<Indicador>>> arbol = new LinkedHashMap<>();
        for (Indicador i : indicadores) {
            arbol.computeIfAbsent(i.componente(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(i.programa() == null ? "" : i.programa(), k -> new ArrayList<>()).add(i);
        }
        JsonArrayBuilder componentes = Json.createArrayBuilder();
        arbol.forEach((componente, programas) -> {
            JsonArrayBuilder ps = Json.createArrayBuilder();
            List<Indicador> todos = new ArrayList<>();
            programas.forEach((programa, lista) -> {
                todos.addAll(lista);
                JsonArrayBuilder is = Json.createArrayBuilder();
                lista.forEach(i -> is.add(indicador(i)));
                JsonObjectBuilder p = Json.createObjectBuilder();
                texto(p, "nombre", programa.isEmpty() ? null : programa);
                ps.add(p.add("resumen", resumen(lista)).add("indicadores", is));
            });
            componentes.add(Json.createObjectBuilder().add("nombre", componente).add("resumen", resumen(todos))
                    .add("programas", ps));
        });
        return doc.add("componentes", componentes).build().toString();
    }

    private static JsonObjectBuilder resumen(List<Indicador> indicadores) {
        JsonObjectBuilder r = Json.createObjectBuilder();
        for (String s : SEMAFOROS) {
            r.add(s, indicadores.stream().filter(i -> s.equals(i.cuatrienio().semaforo())).count());
        }
        return r;
    }

    private static JsonObjectBuilder indicador(Indicador i) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("codigo", i.codigo()).add("nombre", i.nombre())
                .add("nivel", i.nivel());
        texto(o, "unidad", i.unidad());
        o.add("tipoMeta", i.tipoMeta());
        numero(o, "lineaBase", i.lineaBase());
        numero(o, "meta", i.meta());
        cifra(o, i.cuatrienio());
        JsonObjectBuilder anio = Json.createObjectBuilder();
        numero(anio, "meta", i.metaAnio());
        cifra(anio, i.anio());
        o.add("anio", anio);
        JsonArrayBuilder serie = Json.createArrayBuilder();
        for (Punto p : i.serie()) {
            JsonObjectBuilder x = Json.createObjectBuilder().add("anio", p.anio());
            numero(x, "meta", p.meta());
            numero(x, "valor", p.valor());
            texto(x, "corte", p.corte() == null ? null : p.corte().toString());
            serie.add(x);
        }
        o.add("serie", serie);
        JsonArrayBuilder ds = Json.createArrayBuilder();
        for (Desagregacion d : i.desagregaciones()) {
            JsonArrayBuilder filas = Json.createArrayBuilder();
            for (Proteccion.Fila f : d.filas()) {
                JsonObjectBuilder x = Json.createObjectBuilder().add("categoria", f.categoria());
                f.conteos().forEach((c, n) -> {
                    if (n == null) {
                        x.addNull(c);
                    } else {
                        x.add(c, n);
                    }
                });
                filas.add(x);
            }
            JsonArrayBuilder cs = Json.createArrayBuilder();
            d.componentes().forEach(cs::add);
            ds.add(Json.createObjectBuilder().add("dimension", d.dimension()).add("componentes", cs).add("filas", filas));
        }
        JsonArrayBuilder omitidas = Json.createArrayBuilder();
        i.omitidas().forEach(omitidas::add);
        return o.add("desagregaciones", ds).add("desagregacionesOmitidas", omitidas);
    }

    private static void cifra(JsonObjectBuilder o, Cifra c) {
        numero(o, "valor", c == null ? null : c.valor());
        numero(o, "numerador", c == null ? null : c.numerador());
        numero(o, "denominador", c == null ? null : c.denominador());
        numero(o, "avancePct", c == null ? null : porcentaje(c.avance()));
        numero(o, "esperadoPct", c == null ? null : porcentaje(c.esperado()));
        o.add("semaforo", c == null || c.semaforo() == null ? "SIN_DATOS" : c.semaforo());
    }

    static BigDecimal porcentaje(BigDecimal razon) {
        return razon == null ? null : razon.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_EVEN);
    }

    private static void numero(JsonObjectBuilder o, String campo, BigDecimal n) {
        if (n == null) {
            o.addNull(campo);
        } else {
            BigDecimal limpio = n.stripTrailingZeros();
            o.add(campo, limpio.scale() < 0 ? limpio.setScale(0) : limpio);
        }
    }

    private static void texto(JsonObjectBuilder o, String campo, String t) {
        if (t == null) {
            o.addNull(campo);
        } else {
            o.add(campo, t);
        }
    }

    // ------------------------------------------------------------------------------------------ lectura

    /** El documento guardado, leído. */
    public static JsonObject leer(String contenido) {
        try (var lector = Json.createReader(new StringReader(contenido))) {
            return lector.readObject();
        }
    }

    /** Los indicadores del documento, en orden, cada uno con su componente y programa. */
    public static List<JsonObject> indicadores(JsonObject doc) {
        List<JsonObject> r = new ArrayList<>();
        for (JsonValue c : doc.getJsonArray("componentes")) {
            for (JsonValue p : c.asJsonObject().getJsonArray("programas")) {
                for (JsonValue i : p.asJsonObject().getJsonArray("indicadores")) {
                    r.add(Json.createObjectBuilder(i.asJsonObject())
                            .add("componente", c.asJsonObject().getString("nombre"))
                            .add("programa", p.asJsonObject().get("nombre")).build());
                }
            }
        }
        return r;
    }

    /** Un número del documento como texto con punto decimal; vacío si es nulo o no está. */
    public static String numeroTexto(JsonObject o, String campo) {
        JsonValue v = o.get(campo);
        return v instanceof JsonNumber n ? n.bigDecimalValue().toPlainString() : "";
    }

    /** Un número del documento; {@code null} si es nulo o no está. */
    public static BigDecimal numero(JsonObject o, String campo) {
        JsonValue v = o.get(campo);
        return v instanceof JsonNumber n ? n.bigDecimalValue() : null;
    }

    // ------------------------------------------------------------------------------------------ CSV

    /** Las columnas del CSV, en orden (el diccionario de datos las describe). */
    public static final List<String> COLUMNAS;

    static {
        List<String> c = new ArrayList<>(List.of("fecha_corte", "aprobado_en", "publicado_en", "componente",
                "programa", "codigo", "indicador", "nivel", "unidad", "tipo_meta", "linea_base", "meta_cuatrienio",
                "valor", "numerador", "denominador", "avance_pct", "esperado_pct", "semaforo", "anio_corte",
                "meta_anio", "valor_anio", "numerador_anio", "denominador_anio", "avance_anio_pct", "semaforo_anio"));
        for (int anio = 2024; anio <= 2027; anio++) {
            c.add("meta_" + anio);
            c.add("valor_" + anio);
        }
        COLUMNAS = List.copyOf(c);
    }

    /** El CSV del documento: UTF-8, separador «,», punto decimal, una fila por indicador, fin de línea CRLF. */
    public static String csv(JsonObject doc) {
        StringBuilder s = new StringBuilder(String.join(",", COLUMNAS)).append("\r\n");
        for (JsonObject i : indicadores(doc)) {
            JsonObject anio = i.getJsonObject("anio");
            List<String> f = new ArrayList<>(List.of(doc.getString("fechaCorte"), doc.getString("aprobadoEn"),
                    doc.getString("publicadoEn"), i.getString("componente"),
                    i.isNull("programa") ? "" : i.getString("programa"), i.getString("codigo"), i.getString("nombre"),
                    i.getString("nivel"), i.isNull("unidad") ? "" : i.getString("unidad"), i.getString("tipoMeta"),
                    numeroTexto(i, "lineaBase"), numeroTexto(i, "meta"), numeroTexto(i, "valor"),
                    numeroTexto(i, "numerador"), numeroTexto(i, "denominador"), numeroTexto(i, "avancePct"),
                    numeroTexto(i, "esperadoPct"), i.getString("semaforo"), String.valueOf(doc.getInt("anioCorte")),
                    numeroTexto(anio, "meta"), numeroTexto(anio, "valor"), numeroTexto(anio, "numerador"),
                    numeroTexto(anio, "denominador"), numeroTexto(anio, "avancePct"), anio.getString("semaforo")));
            JsonArray serie = i.getJsonArray("serie");
            for (int a = 2024; a <= 2027; a++) {
                JsonObject p = null;
                for (JsonValue v : serie) {
                    if (v.asJsonObject().getInt("anio") == a) {
                        p = v.asJsonObject();
                    }
                }
                f.add(p == null ? "" : numeroTexto(p, "meta"));
                f.add(p == null ? "" : numeroTexto(p, "valor"));
            }
            linea(s, f);
        }
        return s.toString();
    }

    /** Las columnas del CSV de desagregaciones (formato largo), en orden. */
    public static final List<String> COLUMNAS_DESAGREGACIONES = List.of("fecha_corte", "codigo", "dimension",
            "categoria", "componente", "personas");

    /**
     * El CSV de desagregaciones del documento, en formato largo: una fila por celda publicada (indicador × dimensión ×
     * categoría × componente), en el orden del JSON. Una celda suprimida ({@code null} en el JSON) va vacía; las
     * desagregaciones omitidas no tienen filas. Mismo formato que {@link #csv}.
     */
    public static String csvDesagregaciones(JsonObject doc) {
        StringBuilder s = new StringBuilder(String.join(",", COLUMNAS_DESAGREGACIONES)).append("\r\n");
        for (JsonObject i : indicadores(doc)) {
            for (JsonValue dv : i.getJsonArray("desagregaciones")) {
                JsonObject d = dv.asJsonObject();
                for (JsonValue fv : d.getJsonArray("filas")) {
                    JsonObject f = fv.asJsonObject();
                    for (JsonValue c : d.getJsonArray("componentes")) {
                        String componente = ((jakarta.json.JsonString) c).getString();
                        linea(s, List.of(doc.getString("fechaCorte"), i.getString("codigo"), d.getString("dimension"),
                                f.getString("categoria"), componente, numeroTexto(f, componente)));
                    }
                }
            }
        }
        return s.toString();
    }

    private static void linea(StringBuilder s, List<String> campos) {
        s.append(String.join(",", campos.stream().map(DocumentoPublico::campoCsv).toList())).append("\r\n");
    }

    /** Un campo CSV (RFC 4180): entre comillas si lleva coma, comillas o salto de línea. */
    static String campoCsv(String t) {
        if (t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")) {
            return "\"" + t.replace("\"", "\"\"") + "\"";
        }
        return t;
    }

    /** La huella SHA-256 (hexadecimal) de un texto en UTF-8. */
    public static String huella(String texto) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(texto.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
