package co.gov.cartagena.ruta.indicadores.calculo;

import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import java.util.Objects;

/**
 * Una regla de conteo del plan, escrita una sola vez en SQL sobre las tablas crudas: qué registros cuentan para un
 * componente de un indicador, con qué clave (lo que se cuenta una vez: una persona, un caso, una entrega, un objeto)
 * y qué fecha.
 *
 * <p>La consulta devuelve, en este orden: {@code clave, fecha, sede_id, caso_id, actividad_id, detalle}, y lleva el
 * marcador {@code {filtro}}, que el almacén reemplaza por la lista de casos (o actividades) que cambiaron o por
 * {@code TRUE} para recontar todo.
 *
 * @param indicador  código del indicador (columna {@code codigo} del plan)
 * @param componente {@link ParteDeLaCifra}
 * @param origen     qué registros filtra el marcador
 * @param consulta   el SQL
 */
public record Regla(String indicador, ParteDeLaCifra componente, Origen origen, String consulta) {

    /** De qué registros salen los hechos, y por tanto qué cambio obliga a recalcularlos. */
    public enum Origen {
        CASO("caso_id", "c.id"),
        ACTIVIDAD("actividad_id", "act.id");

        private final String columnaHecho;
        private final String columnaFiltro;

        Origen(String columnaHecho, String columnaFiltro) {
            this.columnaHecho = columnaHecho;
            this.columnaFiltro = columnaFiltro;
        }

        /** La columna de {@code indicador_hecho} que apunta al registro de origen. */
        public String columnaHecho() {
            return columnaHecho;
        }

        /** La columna de la consulta por la que se filtran los registros que cambiaron. */
        public String columnaFiltro() {
            return columnaFiltro;
        }
    }

    public Regla {
        Objects.requireNonNull(indicador);
        if (!consulta.contains("{filtro}")) {
            throw new IllegalArgumentException("La regla de " + indicador + " no tiene {filtro}");
        }
    }

    /** La consulta con el filtro dado. */
    public String con(String filtro) {
        return consulta.replace("{filtro}", filtro);
    }
}
