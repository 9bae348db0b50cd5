package co.gov.cartagena.ruta.sedes;

/** Clases de sede que administra la Secretaría. El tipo de una sede no cambia: decide en qué indicador cuenta. */
public enum TipoSede {
    SEDE_ADMINISTRATIVA("sede administrativa"),
    CASA_DE_JUSTICIA("Casa de Justicia"),
    COMISARIA_DE_FAMILIA("Comisaría de Familia"),
    COMISARIA_DE_FAMILIA_MOVIL("Comisaría de Familia móvil"),
    INSPECCION_DE_POLICIA("Inspección de Policía"),
    CENTRO_DE_CONCILIACION("Centro de Conciliación"),
    CENTRO_DE_TRASLADO_POR_PROTECCION("Centro de Traslado por Protección"),
    CASA_DE_ACOGIDA("casa de acogida"),
    CENTRO_INTEGRATE("Centro Intégrate"),
    ALBERGUE("albergue"),
    ESTABLECIMIENTO_DE_RECLUSION("establecimiento de reclusión");

    private final String texto;

    TipoSede(String texto) {
        this.texto = texto;
    }

    public String texto() {
        return texto;
    }

    /** Solo las Inspecciones de Policía llevan historia de dotación (indicador PZ.JUS.7). */
    public boolean llevaDotacion() {
        return this == INSPECCION_DE_POLICIA;
    }

    /** Un Centro de Conciliación está adscrito a una Casa de Justicia (indicador PZ.JUS.6). */
    public boolean exigeCasaDeJusticia() {
        return this == CENTRO_DE_CONCILIACION;
    }

    /** Clave del texto en los paquetes de mensajes ({@code sedes.tipo.CASA_DE_JUSTICIA}…). */
    public String claveMensaje() {
        return "sedes.tipo." + name();
    }
}
