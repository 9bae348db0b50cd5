package co.gov.cartagena.ruta.personas;

/**
 * Evento CDI: {@code duplicada} se fusionó en {@code conservada}. Se dispara sincrónicamente, en la transacción de la
 * fusión, para que cada módulo que guarda algo de la persona lo pase a la conservada (asistencia a actividades,
 * adjuntos de la persona) sin que {@code personas} dependa de ellos. Si uno falla, no se fusiona nada.
 */
public record PersonasFusionadas(Persona duplicada, Persona conservada, String quien) {
}
