package co.gov.cartagena.ruta.casos;

import java.util.Optional;

/**
 * Las rutas de atención del plan. Las sensibles solo las ven los gestores de su equipo (grupo de Keycloak
 * {@code /equipos/<equipo>}); los coordinadores de la sede las ven todas.
 */
public enum Ruta {
    AYUDA_HUMANITARIA_INMEDIATA("Ayuda Humanitaria Inmediata", null),
    PROTECCION_PREVENTIVA("Protección preventiva", "proteccion"),
    TRATA_DE_PERSONAS("Trata de personas", "trata"),
    LABORATORIOS_DE_PAZ("Laboratorios de Paz", null),
    PROYECTOS_DE_VIDA("Proyectos de Vida Libres de Violencia", null),
    VIOLENCIA_INTRAFAMILIAR("Comisaría de Familia — violencia en el contexto familiar", "violencia-familiar"),
    CASA_DE_JUSTICIA("Casa de Justicia — orientación y conciliación", null),
    ATENCION_PSICOSOCIAL_VICTIMAS("Atención psicosocial a víctimas del conflicto armado", null),
    UNIDADES_PRODUCTIVAS("Unidades productivas para víctimas del conflicto", null),
    MESA_DE_VICTIMAS("Mesa Distrital de Participación Efectiva de las Víctimas", null),
    TRASMALLO_MUJERES_VIOLETAS("Trasmallo de Mujeres Violetas por la Paz", null),
    REINTEGRACION("Reintegración y reincorporación", "reintegracion"),
    PPL_PSICOSOCIAL("Programa psicosocial para personas privadas de la libertad", null),
    CENTRO_INTEGRATE("Centro Intégrate — población migrante, retornada y de acogida", null);

    private final String nombre;
    private final String equipo;

    Ruta(String nombre, String equipo) {
        this.nombre = nombre;
        this.equipo = equipo;
    }

    public String nombre() {
        return nombre;
    }

    /** El equipo al que debe pertenecer un gestor para ver casos de esta ruta; vacío si no es sensible. */
    public Optional<String> equipo() {
        return Optional.ofNullable(equipo);
    }

    public boolean sensible() {
        return equipo != null;
    }

    public DefinicionRuta definicion() {
        return Rutas.de(this);
    }
}
