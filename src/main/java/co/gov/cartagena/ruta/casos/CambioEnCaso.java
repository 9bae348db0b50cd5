package co.gov.cartagena.ruta.casos;

/**
 * Evento CDI: un caso cambió (se abrió, cambió de estado, recibió o perdió una atención, se cerró, reabrió, anuló o
 * trasladó). Lo escuchan, en la misma transacción, quienes mantienen cifras derivadas (indicadores).
 */
public record CambioEnCaso(Long casoId) {
}
