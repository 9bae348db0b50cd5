package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.seguimiento.SeguimientoIndicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Los valores de un indicador año por año (2024–2027) frente a sus metas anuales, para el gráfico de la página del
 * indicador. Cada año se mide con corte al menor entre la fecha de corte pedida y el 31/12 de ese año; los años que
 * todavía no empiezan a esa fecha no tienen valor (solo meta). La meta de cada año es la de referencia del plan
 * indicativo ({@code Programacion.metaAnualDeReferencia}): la que el año usa para su avance; sin metas anuales, no hay.
 */
public final class SerieAnual implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Un año del gráfico: su fecha de corte (nula si no empezó), su valor y su meta (nulos si no hay). */
    public record Punto(int anio, LocalDate corte, BigDecimal valor, BigDecimal meta) implements Serializable {
    }

    private final List<Punto> puntos;

    private SerieAnual(List<Punto> puntos) {
        this.puntos = List.copyOf(puntos);
    }

    /**
     * Mide el indicador en cada año del cuatrienio a {@code min(corte, 31/12)}, para toda la ciudad o para una sede.
     * Exige lo mismo que {@link ServicioIndicadores#seguimiento}: un rol que vea el tablero.
     */
    public static SerieAnual armar(ServicioIndicadores servicio, String codigo, LocalDate corte, String sede) {
        Objects.requireNonNull(corte, "corte");
        List<Punto> r = new ArrayList<>();
        SeguimientoIndicador ultimo = null;
        for (int anio = Cuatrienio.PRIMER_ANIO; anio <= Cuatrienio.ULTIMO_ANIO; anio++) {
            if (corte.isBefore(Cuatrienio.inicioDe(anio))) {
                if (ultimo == null) {
                    ultimo = servicio.seguimiento(codigo, null, Cuatrienio.INICIO, sede);
                }
                r.add(new Punto(anio, null, null, ultimo.programacion().metaAnualDeReferencia(anio).orElse(null)));
                continue;
            }
            LocalDate fin = Cuatrienio.finDe(anio);
            LocalDate c = corte.isAfter(fin) ? fin : corte;
            SeguimientoIndicador s = servicio.seguimiento(codigo, anio, c, sede);
            ultimo = s;
            r.add(new Punto(anio, c, s.medicion().valor() == null ? null : s.medicion().valor().valor(),
                    s.programacion().metaAnualDeReferencia(anio).orElse(null)));
        }
        return new SerieAnual(r);
    }

    /** Para pruebas y para armar la serie de otras cifras. */
    public static SerieAnual de(List<Punto> puntos) {
        return new SerieAnual(puntos);
    }

    public List<Punto> getPuntos() {
        return puntos;
    }

    /** Si hay algo que dibujar: algún valor o alguna meta. */
    public boolean isConDatos() {
        return puntos.stream().anyMatch(p -> p.valor() != null || p.meta() != null);
    }

    /**
     * La configuración de Chart.js (JSON, sin funciones: se puede servir con CSP) de barras con los valores y una
     * línea con las metas. Los años sin cifra van como {@code null} (Chart.js deja el hueco).
     */
    public String chartJs(String etiquetaValor, String etiquetaMeta, String titulo) {
        JsonArrayBuilder anios = Json.createArrayBuilder();
        JsonArrayBuilder valores = Json.createArrayBuilder();
        JsonArrayBuilder metas = Json.createArrayBuilder();
        for (Punto p : puntos) {
            anios.add(String.valueOf(p.anio()));
            agregar(valores, p.valor());
            agregar(metas, p.meta());
        }
        JsonObjectBuilder barras = Json.createObjectBuilder().add("type", "bar").add("label", etiquetaValor)
                .add("data", valores).add("backgroundColor", "rgba(21, 101, 192, 0.75)")
                .add("borderColor", "#0d47a1").add("borderWidth", 1).add("order", 2);
        JsonObjectBuilder linea = Json.createObjectBuilder().add("type", "line").add("label", etiquetaMeta)
                .add("data", metas).add("borderColor", "#b45309").add("backgroundColor", "#b45309")
                .add("borderWidth", 2).add("pointRadius", 4).add("spanGaps", true).add("fill", false).add("order", 1);
        JsonObjectBuilder opciones = Json.createObjectBuilder().add("responsive", true)
                .add("maintainAspectRatio", false).add("animation", false)
                .add("plugins", Json.createObjectBuilder()
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", titulo))
                        .add("legend", Json.createObjectBuilder().add("position", "bottom")))
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", anios)
                        .add("datasets", Json.createArrayBuilder().add(barras).add(linea)))
                .add("options", opciones).build().toString();
    }

    private static void agregar(JsonArrayBuilder arreglo, BigDecimal cifra) {
        if (cifra == null) {
            arreglo.addNull();
        } else {
            BigDecimal limpia = cifra.stripTrailingZeros();
            arreglo.add(limpia.scale() < 0 ? limpia.setScale(0) : limpia);
        }
    }
}
