package co.gov.cartagena.ruta.persistencia;

/**
 * Evento CDI que {@link EntregaDeAvisos} da al final de cada ronda, después de entregar los avisos de la ronda: quien
 * junta avisos para atenderlos de una vez (el almacén de los indicadores recalcula juntos todos los casos que cambiaron
 * en la unidad de trabajo) los atiende aquí, todavía dentro de la transacción.
 */
public record AvisosEntregados() {
}
