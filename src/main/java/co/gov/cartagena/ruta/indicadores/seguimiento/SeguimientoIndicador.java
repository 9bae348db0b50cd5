package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.indicadores.avance.Medicion;
import co.gov.cartagena.ruta.indicadores.avance.Programacion;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;

/**
 * Un indicador del plan con su programación (meta y metas anuales) y su medición a una fecha de corte: una fila del
 * tablero.
 */
public record SeguimientoIndicador(Indicador indicador, Programacion programacion, Medicion medicion) {
}
