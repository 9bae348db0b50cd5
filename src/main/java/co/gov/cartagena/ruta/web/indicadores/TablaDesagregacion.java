package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.indicadores.seguimiento.DesgloseIndicadores.Celda;
import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Una desagregación lista para pintar: la dimensión (sexo, grupo de edad…), las columnas (los componentes de la
 * cifra que aparecen: valor, o numerador y denominador) y una fila por categoría con sus cantidades ya escritas o
 * {@code null} en las celdas suprimidas (menos de 5 personas, para quien no ve datos personales).
 */
public final class TablaDesagregacion implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Una categoría: su nombre para mostrar y una cantidad por columna ({@code null}: suprimida). */
    public record Fila(String categoria, List<String> cantidades, boolean suprimida) implements Serializable {
    }

    private final String dimension;
    private final List<ParteDeLaCifra> columnas;
    private final List<Fila> filas;

    private TablaDesagregacion(String dimension, List<ParteDeLaCifra> columnas, List<Fila> filas) {
        this.dimension = dimension;
        this.columnas = List.copyOf(columnas);
        this.filas = List.copyOf(filas);
    }

    /**
     * Las tablas en el orden del servicio. {@code categoria} pone nombre a cada categoría (MUJER → «Mujer»);
     * las cantidades se escriben con separador de miles del idioma.
     */
    public static List<TablaDesagregacion> de(Map<String, List<Celda>> desagregaciones,
            Function<String, String> categoria, Locale idioma) {
        List<TablaDesagregacion> r = new ArrayList<>();
        for (Map.Entry<String, List<Celda>> d : new LinkedHashMap<>(desagregaciones).entrySet()) {
            Set<ParteDeLaCifra> presentes = EnumSet.noneOf(ParteDeLaCifra.class);
            d.getValue().forEach(c -> presentes.addAll(c.cantidades().keySet()));
            if (presentes.isEmpty()) {
                presentes.add(ParteDeLaCifra.VAL);
            }
            List<ParteDeLaCifra> columnas = new ArrayList<>(presentes);
            List<Fila> filas = new ArrayList<>();
            for (Celda c : d.getValue()) {
                List<String> cantidades = new ArrayList<>();
                for (ParteDeLaCifra comp : columnas) {
                    Long n = c.suprimida() ? null : c.cantidades().getOrDefault(comp, 0L);
                    cantidades.add(n == null ? null : Pagina.numero(BigDecimal.valueOf(n), idioma));
                }
                filas.add(new Fila(categoria.apply(c.categoria()), cantidades, c.suprimida()));
            }
            r.add(new TablaDesagregacion(d.getKey(), columnas, filas));
        }
        return r;
    }

    public String getDimension() {
        return dimension;
    }

    /** Clave del nombre de la dimensión en los mensajes. */
    public String getClaveDimension() {
        return "indicador.dimension." + dimension;
    }

    public List<String> getClavesColumnas() {
        return columnas.stream().map(c -> "indicador.componente." + c.name()).toList();
    }

    public List<ParteDeLaCifra> getColumnas() {
        return columnas;
    }

    public List<Fila> getFilas() {
        return filas;
    }

    public boolean isVacia() {
        return filas.isEmpty();
    }

    public long getSuprimidas() {
        return filas.stream().filter(Fila::suprimida).count();
    }
}
