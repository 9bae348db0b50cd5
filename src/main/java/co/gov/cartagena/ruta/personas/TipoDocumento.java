package co.gov.cartagena.ruta.personas;

/** Tipos de documento de identidad usados en Colombia. */
public enum TipoDocumento {
    RC("Registro civil"),
    TI("Tarjeta de identidad"),
    CC("Cédula de ciudadanía"),
    CE("Cédula de extranjería"),
    PPT("Permiso por Protección Temporal"),
    PEP("Permiso Especial de Permanencia"),
    PASAPORTE("Pasaporte"),
    SIN_DOCUMENTO("Sin documento");

    private final String nombre;

    TipoDocumento(String nombre) {
        this.nombre = nombre;
    }

    public String nombre() {
        return nombre;
    }

    public boolean llevaNumero() {
        return this != SIN_DOCUMENTO;
    }
}
