package co.gov.cartagena.ruta.indicadores;

/**
 * Un indicador del plan con su programación (meta y metas anuales) y su medición a una fecha de corte: una fila del
 * tablero.
 */
public record SeguimientoIndicador(Indicador indicador, Programacion programacion, Medicion medicion) {
}
