package co.gov.cartagena.ruta.personas;

import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.comun.Textos;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Una búsqueda de personas por nombre como la resuelve el índice FULLTEXT de {@code persona.nombre_busqueda}
 * (migración V21): cada palabra de {@value #LETRAS_DEL_INDICE} letras o más se busca en el índice como comienzo de
 * palabra («mar» encuentra a Marrugo y a María, en cualquier orden y sin importar tildes ni mayúsculas), y las palabras
 * más cortas, que el índice no guarda, solo afinan lo que el índice encontró. Sin ninguna palabra larga no hay índice
 * que usar, y la búsqueda no se hace: recorrería la tabla entera.
 */
public record BusquedaPorNombre(List<String> delIndice, List<String> cortas) {

    /** {@code innodb_ft_min_token_size} de MariaDB (3 por omisión): las palabras más cortas no están en el índice. */
    public static final int LETRAS_DEL_INDICE = 3;

    /** Lo que se dice a quien busca un nombre sin ninguna palabra que el índice pueda buscar. */
    public static final Texto SIN_PALABRAS = Texto.de("personas.sinPalabras", LETRAS_DEL_INDICE);

    public static BusquedaPorNombre de(String texto) {
        String[] palabras = Textos.palabras(texto == null ? "" : texto);
        return new BusquedaPorNombre(
                Arrays.stream(palabras).filter(p -> p.length() >= LETRAS_DEL_INDICE).distinct().toList(),
                Arrays.stream(palabras).filter(p -> p.length() < LETRAS_DEL_INDICE).distinct().toList());
    }

    /** Si hay al menos una palabra que el índice puede buscar. */
    public boolean posible() {
        return !delIndice.isEmpty();
    }

    /** La consulta del índice en modo booleano: todas las palabras, cada una como comienzo de palabra. */
    public String consultaDelIndice() {
        // Textos.palabras deja solo letras y dígitos: ningún operador del modo booleano llega a la consulta.
        return delIndice.stream().map(p -> "+" + p + "*").collect(Collectors.joining(" "));
    }

    /**
     * La condición JPQL sobre el nombre de búsqueda en {@code ruta} (por ejemplo {@code p.nombreBusqueda}), con sus
     * parámetros nombrados con {@code prefijo}. Usa la función {@code SQL} de EclipseLink para el MATCH de MariaDB.
     */
    public String condicion(String ruta, String prefijo, Map<String, Object> parametros) {
        if (!posible()) {
            throw new IllegalStateException("Búsqueda por nombre sin palabras que el índice pueda buscar");
        }
        StringBuilder c = new StringBuilder("SQL('MATCH(?) AGAINST(? IN BOOLEAN MODE)', ").append(ruta).append(", :")
                .append(prefijo).append("Indice) > 0");
        parametros.put(prefijo + "Indice", consultaDelIndice());
        for (int i = 0; i < cortas.size(); i++) {
            c.append(" AND ").append(ruta).append(" LIKE :").append(prefijo).append(i);
            parametros.put(prefijo + i, "%" + cortas.get(i) + "%");
        }
        return c.toString();
    }
}
