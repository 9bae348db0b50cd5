package co.gov.cartagena.ruta.sedes;

/** Evento CDI: se creó una sede. Tras confirmarse la transacción, {@link GruposDeSedes} crea su grupo en Keycloak. */
public record SedeCreada(String codigo, String nombre) {
}
