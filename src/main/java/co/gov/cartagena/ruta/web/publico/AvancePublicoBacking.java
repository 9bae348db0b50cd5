package co.gov.cartagena.ruta.web.publico;

import co.gov.cartagena.ruta.indicadores.publicacion.DocumentoPublico;
import co.gov.cartagena.ruta.indicadores.publicacion.Publicaciones;
import co.gov.cartagena.ruta.indicadores.publicacion.Publicaciones.Publicacion;
import co.gov.cartagena.ruta.indicadores.publicacion.Publicaciones.Publicado;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.IdiomaBacking;
import co.gov.cartagena.ruta.web.indicadores.SerieAnual;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * {@code publico/avance.xhtml}, sin ingresar: el avance de la línea en el último corte publicado o en el que se pida
 * ({@code ?corte=AAAA-MM-DD}), en español o en inglés ({@code ?lang=en}), leído solo del documento congelado al
 * publicar. Un corte no publicado (o retirado) da 404. La página no usa la sesión: se puede guardar en caché.
 */
@Named("avancePublico")
@RequestScoped
public class AvancePublicoBacking {

    private static final String MENSAJES = "co.gov.cartagena.ruta.web.mensajes";
    /** Segundos que la página se puede guardar en caché. */
    static final int MAX_AGE = 300;

    @Inject
    Publicaciones publicaciones;

    @Inject
    PaginasPublicas paginas;

    private Locale locale = IdiomaBacking.ESPANOL;
    private ResourceBundle textos;
    private List<Publicacion> publicadas = List.of();
    private Publicado actual;
    private List<Componente> componentes = List.of();
    private String cuerpo = "";

    /** Una opción del selector de cortes. */
    public record Opcion(String valor, String etiqueta, boolean elegida) {
    }

    /** Un conteo de indicadores por semáforo. */
    public record Conteo(String semaforo, String etiqueta, long cuantos) {
    }

    public record Componente(String nombre, List<Conteo> resumen, List<Programa> programas) {
    }

    public record Programa(String nombre, List<Fila> indicadores) {
    }

    /** Un año de la serie, ya escrito. */
    public record Anio(int anio, String meta, String valor, String corte) {
    }

    /** Una desagregación publicada: la dimensión escrita y la cruda, y sus filas. */
    public record Tabla(String dimension, String dimensionCruda, List<String> columnas, List<FilaTabla> filas,
            long suprimidas) {
    }

    /** Una categoría de una desagregación, escrita y cruda, con una celda por componente. */
    public record FilaTabla(String categoria, String categoriaCruda, List<Celda> celdas) {
    }

    /** Una celda: su componente, el conteo crudo (vacío si está suprimida) y lo que muestra la página. */
    public record Celda(String componente, String personas, String texto) {
    }

    /** Un indicador, con sus cifras escritas en el idioma y las crudas (punto decimal) para los atributos data-. */
    public record Fila(String codigo, String nombre, String unidad, String lineaBase, String meta, String valor,
            String fraccion, String avance, String semaforo, String etiquetaSemaforo, String valorCrudo,
            String avanceCrudo, String anioValor, String anioMeta, String grafico, List<Anio> serie,
            List<Tabla> desagregaciones, List<String> omitidas) {
    }

    /** Al abrir la página: el idioma, el corte y las cabeceras de caché; 404 si el corte pedido no está publicado. */
    public void cargar() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        String lang = ext.getRequestParameterMap().get("lang");
        locale = "en".equals(lang) ? Locale.ENGLISH : IdiomaBacking.ESPANOL;
        faces.getViewRoot().setLocale(locale);
        textos = ResourceBundle.getBundle(MENSAJES, locale);
        publicadas = publicaciones.publicadas();
        String pedido = ext.getRequestParameterMap().get("corte");
        Optional<Publicado> p;
        if (pedido == null || pedido.isBlank()) {
            p = publicaciones.ultimo();
        } else {
            try {
                p = publicaciones.publicado(LocalDate.parse(pedido.strip()));
            } catch (DateTimeParseException e) {
                p = Optional.empty();
            }
            if (p.isEmpty()) {
                try {
                    ext.responseSendError(404, texto("publico.noPublicado"));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                faces.responseComplete();
                return;
            }
        }
        actual = p.orElse(null);
        ext.setResponseHeader("Cache-Control", "public, max-age=" + MAX_AGE);
        if (actual != null) {
            Instant cambio = actual.publicacion().publicadoEn();
            ext.setResponseHeader("Last-Modified", java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                    .format(cambio.atZone(java.time.ZoneOffset.UTC)));
            PaginasPublicas.Pagina pagina = paginas.de(actual.publicacion().huella(), getIdioma(), () -> {
                List<Componente> armados = armar(actual.documento());
                return new PaginasPublicas.Pagina(armados, CuerpoPublico.html(armados, this::texto, locale,
                        getUmbral()));
            });
            componentes = pagina.componentes();
            cuerpo = pagina.cuerpo();
        }
    }

    private List<Componente> armar(JsonObject doc) {
        List<Componente> r = new ArrayList<>();
        for (JsonValue cv : doc.getJsonArray("componentes")) {
            JsonObject c = cv.asJsonObject();
            List<Programa> programas = new ArrayList<>();
            for (JsonValue pv : c.getJsonArray("programas")) {
                JsonObject p = pv.asJsonObject();
                List<Fila> filas = new ArrayList<>();
                for (JsonValue iv : p.getJsonArray("indicadores")) {
                    filas.add(fila(iv.asJsonObject()));
                }
                programas.add(new Programa(p.isNull("nombre") ? null : p.getString("nombre"), filas));
            }
            r.add(new Componente(c.getString("nombre"), resumen(c.getJsonObject("resumen")), programas));
        }
        return r;
    }

    private List<Conteo> resumen(JsonObject o) {
        List<Conteo> r = new ArrayList<>();
        for (String s : DocumentoPublico.SEMAFOROS) {
            r.add(new Conteo(s, texto("indicadores.semaforo." + s), o.getJsonNumber(s).longValue()));
        }
        return r;
    }

    private Fila fila(JsonObject i) {
        String codigo = i.getString("codigo");
        BigDecimal numerador = DocumentoPublico.numero(i, "numerador");
        String fraccion = numerador == null ? null
                : numero(numerador) + " / " + numero(DocumentoPublico.numero(i, "denominador"));
        List<SerieAnual.Punto> puntos = new ArrayList<>();
        List<Anio> serie = new ArrayList<>();
        for (JsonValue v : i.getJsonArray("serie")) {
            JsonObject p = v.asJsonObject();
            LocalDate corte = p.isNull("corte") ? null : LocalDate.parse(p.getString("corte"));
            puntos.add(new SerieAnual.Punto(p.getInt("anio"), corte, DocumentoPublico.numero(p, "valor"),
                    DocumentoPublico.numero(p, "meta")));
            serie.add(new Anio(p.getInt("anio"), guion(numero(DocumentoPublico.numero(p, "meta"))),
                    guion(numero(DocumentoPublico.numero(p, "valor"))), corte == null ? "—" : Fechas.formatear(corte)));
        }
        SerieAnual s = SerieAnual.de(puntos);
        String grafico = s.isConDatos() ? s.chartJs(texto("indicador.grafico.valor"), texto("indicador.grafico.meta"),
                MessageFormat.format(texto("indicador.grafico.titulo"), codigo)) : null;
        List<Tabla> tablas = new ArrayList<>();
        for (JsonValue dv : i.getJsonArray("desagregaciones")) {
            JsonObject d = dv.asJsonObject();
            List<String> comps = d.getJsonArray("componentes").getValuesAs(jakarta.json.JsonString.class).stream()
                    .map(jakarta.json.JsonString::getString).toList();
            List<FilaTabla> filas = new ArrayList<>();
            long suprimidas = 0;
            for (JsonValue fv : d.getJsonArray("filas")) {
                JsonObject f = fv.asJsonObject();
                List<Celda> celdas = new ArrayList<>();
                for (String c : comps) {
                    BigDecimal n = DocumentoPublico.numero(f, c);
                    if (n == null) {
                        suprimidas++;
                    }
                    celdas.add(new Celda(c, DocumentoPublico.numeroTexto(f, c),
                            n == null ? texto("publico.suprimida") : numero(n)));
                }
                filas.add(new FilaTabla(categoria(f.getString("categoria")), f.getString("categoria"), celdas));
            }
            tablas.add(new Tabla(texto("indicador.dimension." + d.getString("dimension")), d.getString("dimension"),
                    comps.stream().map(c -> texto("indicador.componente." + c)).toList(), filas, suprimidas));
        }
        List<String> omitidas = i.getJsonArray("desagregacionesOmitidas")
                .getValuesAs(jakarta.json.JsonString.class).stream()
                .map(x -> texto("indicador.dimension." + x.getString())).toList();
        JsonObject anio = i.getJsonObject("anio");
        BigDecimal avance = DocumentoPublico.numero(i, "avancePct");
        return new Fila(codigo, i.getString("nombre"), i.isNull("unidad") ? "" : i.getString("unidad"),
                guion(numero(DocumentoPublico.numero(i, "lineaBase"))), guion(numero(DocumentoPublico.numero(i, "meta"))),
                guion(numero(DocumentoPublico.numero(i, "valor"))), fraccion,
                avance == null ? "—" : porcentaje(avance), i.getString("semaforo"),
                texto("indicadores.semaforo." + i.getString("semaforo")), DocumentoPublico.numeroTexto(i, "valor"),
                DocumentoPublico.numeroTexto(i, "avancePct"), guion(numero(DocumentoPublico.numero(anio, "valor"))),
                guion(numero(DocumentoPublico.numero(anio, "meta"))), grafico, serie, tablas, omitidas);
    }

    private String categoria(String c) {
        try {
            return textos.getString("indicador.categoria." + c);
        } catch (MissingResourceException e) {
            return c;
        }
    }

    String texto(String clave) {
        try {
            return textos.getString(clave);
        } catch (MissingResourceException e) {
            return clave;
        }
    }

    private String numero(BigDecimal n) {
        if (n == null) {
            return null;
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(4);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(n);
    }

    private String porcentaje(BigDecimal pct) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(1);
        f.setMaximumFractionDigits(1);
        f.setRoundingMode(RoundingMode.HALF_EVEN);
        return f.format(pct) + " %";
    }

    private static String guion(String s) {
        return s == null ? "—" : s;
    }

    // ------------------------------------------------------------------------------------------ para la vista

    public String getIdioma() {
        return locale.getLanguage();
    }

    public Locale getLocale() {
        return locale;
    }

    /** El otro idioma, para el enlace que cambia de idioma. */
    public String getOtroIdioma() {
        return "en".equals(getIdioma()) ? "es" : "en";
    }

    public boolean isHayPublicados() {
        return actual != null;
    }

    public String getFechaCorte() {
        return actual == null ? "" : actual.publicacion().fecha().toString();
    }

    public String getFechaCorteTexto() {
        return actual == null ? "" : Fechas.formatear(actual.publicacion().fecha());
    }

    public String getAprobadoEn() {
        return actual == null ? "" : Fechas.formatear(Instant.parse(actual.documento().getString("aprobadoEn")));
    }

    public String getPublicadoEn() {
        return actual == null ? "" : Fechas.formatear(actual.publicacion().publicadoEn());
    }

    public String getLinea() {
        return actual == null ? "" : actual.documento().getString("linea");
    }

    public List<Opcion> getOpciones() {
        return publicadas.stream().map(p -> new Opcion(p.fecha().toString(), Fechas.formatear(p.fecha()),
                actual != null && p.fecha().equals(actual.publicacion().fecha()))).toList();
    }

    public List<Conteo> getResumen() {
        return actual == null ? List.of() : resumen(actual.documento().getJsonObject("resumen"));
    }

    public List<Componente> getComponentes() {
        return componentes;
    }

    /** El HTML de los componentes, armado una vez por corte e idioma ({@link CuerpoPublico}). */
    public String getCuerpo() {
        return cuerpo;
    }

    public int getUmbral() {
        return actual == null ? 5 : actual.documento().getInt("umbralSupresion");
    }
}
