package co.gov.cartagena.ruta.web.publico;

import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Anio;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Celda;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Componente;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Fila;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.FilaTabla;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Programa;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Tabla;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * La parte pesada de {@code publico/avance.xhtml}: por componente y programa, la tabla de indicadores y, por
 * indicador, su gráfico, la serie en una tabla accesible y las desagregaciones publicadas. Un corte publicado no
 * cambia, así que este HTML se escribe una vez por documento (huella) e idioma y se guarda ({@link PaginasPublicas}):
 * servir la página ya no recorre 63 indicadores con EL en cada petición.
 *
 * <p>No lleva ningún script ejecutable, así que no lleva nonce y se puede guardar: los gráficos van en un bloque de
 * datos JSON ({@code <script type="application/json" id="pub-graficos">}, que el navegador no ejecuta) y los dibuja
 * {@code resources/js/publico.js}, cargado por la página con el nonce de cada respuesta. Mismo marcado que tenía la
 * página (tablas con {@code caption} y {@code th scope}, gráfico con {@code role="img"} y {@code aria-label}).
 */
final class CuerpoPublico {

    private final StringBuilder html = new StringBuilder(256 * 1024);
    private final UnaryOperator<String> texto;
    private final Locale locale;
    private final int umbral;

    private CuerpoPublico(UnaryOperator<String> texto, Locale locale, int umbral) {
        this.texto = texto;
        this.locale = locale;
        this.umbral = umbral;
    }

    /** El HTML de los componentes y, al final, el bloque de datos de los gráficos (id del lienzo → Chart.js). */
    static String html(Iterable<Componente> componentes, UnaryOperator<String> texto, Locale locale, int umbral) {
        CuerpoPublico c = new CuerpoPublico(texto, locale, umbral);
        StringBuilder graficos = new StringBuilder("{");
        for (Componente componente : componentes) {
            c.componente(componente, graficos);
        }
        graficos.append('}');
        // Dentro de <script> nada puede cerrar el elemento: «<» solo aparece en textos JSON, donde \u003c es igual.
        c.html.append("<script type=\"application/json\" id=\"pub-graficos\">")
                .append(graficos.toString().replace("<", "\\u003c")).append("</script>");
        return c.html.toString();
    }

    private void componente(Componente c, StringBuilder graficos) {
        html.append("<section class=\"pub-seccion pub-componente\"><h2>").append(esc(c.nombre())).append("</h2>");
        for (Programa p : c.programas()) {
            String nombre = esc(p.nombre() == null ? texto.apply("publico.resultados") : p.nombre());
            html.append("<h3>").append(nombre).append("</h3><table class=\"ind-tabla pub-indicadores\"><caption>")
                    .append(nombre).append("</caption><thead><tr>");
            for (String t : new String[] {"publico.codigo", "publico.indicador", "publico.lineaBase", "publico.meta",
                "publico.valor", "publico.avance", "publico.semaforo"}) {
                html.append("<th scope=\"col\">").append(esc(texto.apply(t))).append("</th>");
            }
            html.append("</tr></thead><tbody>");
            for (Fila i : p.indicadores()) {
                fila(i);
            }
            html.append("</tbody></table>");
            for (Fila i : p.indicadores()) {
                indicador(i, graficos);
            }
        }
        html.append("</section>");
    }

    private void fila(Fila i) {
        String codigo = esc(i.codigo());
        html.append("<tr id=\"fila-").append(codigo).append("\" class=\"pub-fila\" data-codigo=\"").append(codigo)
                .append('"');
        atributo("data-valor", i.valorCrudo());
        atributo("data-avance", i.avanceCrudo());
        atributo("data-semaforo", i.semaforo());
        html.append("><th scope=\"row\"><a href=\"#ind-").append(codigo).append("\">").append(codigo)
                .append("</a></th><td>").append(esc(i.nombre())).append("<span class=\"pub-unidad\"> (")
                .append(esc(i.unidad())).append(")</span></td>");
        numero(i.lineaBase());
        numero(i.meta());
        html.append("<td class=\"ind-col-numero pub-valor\">").append(esc(i.valor()));
        if (i.fraccion() != null && !i.fraccion().isEmpty()) {
            html.append("<span class=\"pub-fraccion\">").append(esc(i.fraccion())).append("</span>");
        }
        html.append("</td>");
        numero(i.avance());
        html.append("<td><span class=\"ind-semaforo ind-").append(esc(i.semaforo())).append("\">")
                .append(esc(i.etiquetaSemaforo())).append("</span></td></tr>");
    }

    private void indicador(Fila i, StringBuilder graficos) {
        String codigo = esc(i.codigo());
        html.append("<article id=\"ind-").append(codigo).append("\" class=\"pub-indicador\" aria-labelledby=\"t-")
                .append(codigo).append("\"><h4 id=\"t-").append(codigo).append("\">").append(codigo).append(" — ")
                .append(esc(i.nombre())).append("</h4>");
        if (i.grafico() != null) {
            // Sin puntos en el id: el widget lo usa como selector.
            String id = "grafico-" + i.codigo().replaceAll("[^A-Za-z0-9_-]", "_");
            html.append("<div class=\"ind-grafico pub-grafico\"><div id=\"").append(id)
                    .append("\" class=\"ui-chart\"><canvas id=\"").append(id).append("_canvas\" role=\"img\" ")
                    .append("aria-label=\"").append(esc(texto.apply("indicador.grafico") + ": " + i.codigo()))
                    .append("\"></canvas></div></div>");
            graficos.append(graficos.length() > 1 ? "," : "").append('"').append(id).append("\":").append(i.grafico());
        }
        html.append("<table class=\"ind-tabla pub-serie\" data-codigo=\"").append(codigo).append("\"><caption>")
                .append(esc(texto.apply("publico.serie.caption"))).append(' ').append(codigo)
                .append("</caption><thead><tr>");
        for (String t : new String[] {"indicador.serie.anio", "indicador.grafico.meta", "indicador.grafico.valor",
            "publico.serie.corte"}) {
            html.append("<th scope=\"col\">").append(esc(texto.apply(t))).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (Anio a : i.serie()) {
            html.append("<tr><th scope=\"row\">").append(a.anio()).append("</th>");
            numero(a.meta());
            numero(a.valor());
            html.append("<td>").append(esc(a.corte())).append("</td></tr>");
        }
        html.append("</tbody></table>");
        for (Tabla d : i.desagregaciones()) {
            desagregacion(i.codigo(), d);
        }
        if (!i.omitidas().isEmpty()) {
            nota("pub-nota pub-omitidas", "publico.omitidas");
        }
        html.append("</article>");
    }

    private void desagregacion(String codigoCrudo, Tabla d) {
        String codigo = esc(codigoCrudo);
        html.append("<table class=\"ind-tabla pub-desagregacion\" data-codigo=\"").append(codigo)
                .append("\" data-dimension=\"").append(esc(d.dimensionCruda())).append("\"><caption>")
                .append(esc(d.dimension())).append(" — ").append(codigo).append("</caption><thead><tr>")
                .append("<th scope=\"col\">").append(esc(texto.apply("indicador.categoria"))).append("</th>");
        for (String col : d.columnas()) {
            html.append("<th scope=\"col\">").append(esc(col)).append("</th>");
        }
        html.append("</tr></thead><tbody>");
        for (FilaTabla f : d.filas()) {
            html.append("<tr data-categoria=\"").append(esc(f.categoriaCruda())).append("\"><th scope=\"row\">")
                    .append(esc(f.categoria())).append("</th>");
            for (Celda c : f.celdas()) {
                html.append("<td class=\"ind-col-numero pub-celda\" data-componente=\"").append(esc(c.componente()))
                        .append("\" data-personas=\"").append(esc(c.personas())).append("\">").append(esc(c.texto()))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        html.append("</tbody></table>");
        if (d.suprimidas() > 0) {
            nota("pub-nota", "publico.suprimidas");
        }
    }

    private void nota(String clase, String clave) {
        html.append("<p class=\"").append(clase).append("\">")
                .append(esc(new MessageFormat(texto.apply(clave), locale).format(new Object[] {umbral})))
                .append("</p>");
    }

    private void numero(String t) {
        html.append("<td class=\"ind-col-numero\">").append(esc(t)).append("</td>");
    }

    /** Como Facelets: un atributo vacío no se escribe (ausente es «sin cifra»). */
    private void atributo(String nombre, String valor) {
        if (valor != null && !valor.isEmpty()) {
            html.append(' ').append(nombre).append("=\"").append(esc(valor)).append('"');
        }
    }

    /** Texto o valor de atributo escapado para HTML. */
    static String esc(String t) {
        if (t == null) {
            return "";
        }
        StringBuilder s = null;
        for (int k = 0; k < t.length(); k++) {
            char c = t.charAt(k);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null && s == null) {
                s = new StringBuilder(t.length() + 16).append(t, 0, k);
            }
            if (s != null) {
                if (r == null) {
                    s.append(c);
                } else {
                    s.append(r);
                }
            }
        }
        return s == null ? t : s.toString();
    }
}
