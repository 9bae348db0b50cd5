package co.gov.cartagena.ruta.casos;

/** A dónde se remite un caso. {@link #SEDE} es otra sede de la Secretaría. */
public enum EntidadRemision {
    SEDE("Otra sede de la Secretaría"),
    UNP("Unidad Nacional de Protección"),
    ICBF("Instituto Colombiano de Bienestar Familiar"),
    FISCALIA("Fiscalía General de la Nación"),
    UNIDAD_VICTIMAS("Unidad para las Víctimas"),
    MINISTERIO_PUBLICO("Ministerio Público"),
    POLICIA("Policía Nacional"),
    MEDICINA_LEGAL("Medicina Legal"),
    COAT("Comité Operativo para la Atención a Víctimas de Trata"),
    SALUD("Entidad de salud"),
    OTRA("Otra entidad");

    private final String nombre;

    EntidadRemision(String nombre) {
        this.nombre = nombre;
    }

    public String nombre() {
        return nombre;
    }
}
