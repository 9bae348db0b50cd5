package co.gov.cartagena.ruta.sedes;

/**
 * Evento CDI, sincrónico y en la transacción del cambio: se creó una sede, cambió su estado o su dotación. Quien
 * guardó cifras del registro de sedes durante la petición (el tablero) las olvida.
 */
public record CambioEnSede(String codigo) {
}
