package co.gov.cartagena.ruta.indicadores.generador;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lo que ya hay en la base antes de generar: las sedes (las de la línea base que siembran las migraciones), los
 * tipos de actividad sembrados por V8, los últimos identificadores de cada tabla y el consecutivo de radicado de
 * cada año. El generador sigue desde ahí.
 */
public record EstadoInicial(List<SedeExistente> sedes, List<TipoActividad> tiposActividad, Map<String, Long> ultimoId,
        Map<Integer, Long> consecutivos, long casos, boolean conActividades) {

    public record SedeExistente(long id, String codigo, String tipo, String localidad) {
    }

    public record TipoActividad(long id, String codigo, String etiquetaObjeto) {
    }

    static final List<String> TABLAS_CON_ID = List.of("sede", "sede_estado", "sede_dotacion", "persona", "caso",
            "caso_persona", "caso_evento", "atencion", "adjunto", "actividad");

    public long ultimo(String tabla) {
        return ultimoId.getOrDefault(tabla, 0L);
    }

    public static EstadoInicial leer(Connection c) throws SQLException {
        List<SedeExistente> sedes = new ArrayList<>();
        List<TipoActividad> tipos = new ArrayList<>();
        Map<String, Long> ultimo = new HashMap<>();
        Map<Integer, Long> consecutivos = new HashMap<>();
        long casos;
        boolean conActividades = existeTabla(c, "actividad");
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, codigo, tipo, localidad FROM sede ORDER BY id")) {
                while (rs.next()) {
                    sedes.add(new SedeExistente(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            if (conActividades) {
                try (ResultSet rs = st.executeQuery(
                        "SELECT id, codigo, etiqueta_objeto FROM tipo_actividad WHERE activo ORDER BY id")) {
                    while (rs.next()) {
                        tipos.add(new TipoActividad(rs.getLong(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            for (String tabla : TABLAS_CON_ID) {
                if (!tabla.equals("actividad") || conActividades) {
                    try (ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + tabla)) {
                        rs.next();
                        ultimo.put(tabla, rs.getLong(1));
                    }
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT anio, ultimo FROM consecutivo_radicado")) {
                while (rs.next()) {
                    consecutivos.put(rs.getInt(1), rs.getLong(2));
                }
            }
            try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM caso")) {
                rs.next();
                casos = rs.getLong(1);
            }
        }
        return new EstadoInicial(sedes, tipos, ultimo, consecutivos, casos, conActividades);
    }

    static boolean existeTabla(Connection c, String tabla) throws SQLException {
        try (var ps = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE table_schema = DATABASE() AND table_name = ?")) {
            ps.setString(1, tabla);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        }
    }

    /**
     * La base recién migrada, sin conectarse: las 45 sedes de la línea base (V1 y V6, en su orden) y los 13 tipos de
     * actividad del plan (V8). Para las pruebas del generador que no necesitan MariaDB.
     */
    public static EstadoInicial baseRecienMigrada() {
        List<SedeExistente> sedes = new ArrayList<>();
        String historica = "Histórica y del Caribe Norte";
        sedes.add(new SedeExistente(1, "SICC", "SEDE_ADMINISTRATIVA", historica));
        sedes.add(new SedeExistente(2, "CJ-CHIQUINQUIRA", "CASA_DE_JUSTICIA", null));
        sedes.add(new SedeExistente(3, "CJ-CANAPOTE", "CASA_DE_JUSTICIA", historica));
        sedes.add(new SedeExistente(4, "CJ-COUNTRY", "CASA_DE_JUSTICIA", null));
        for (int i = 1; i <= 6; i++) {
            sedes.add(new SedeExistente(4 + i, "CF-0" + i, "COMISARIA_DE_FAMILIA", null));
        }
        sedes.add(new SedeExistente(11, "CI-INTEGRATE", "CENTRO_INTEGRATE", null));
        for (int i = 1; i <= 33; i++) {
            sedes.add(new SedeExistente(11 + i, String.format("IP-%02d", i), "INSPECCION_DE_POLICIA", null));
        }
        List<TipoActividad> tipos = new ArrayList<>();
        String[][] plan = {{"JORNADA_MEDIACION_DESARME", null}, {"ESTRATEGIA_EGRESADOS_SRPA", "Estrategia"},
            {"DIFUSION_COMISION_VERDAD", null}, {"ARTICULACION_UBPD", null}, {"MEDIDA_SATISFACCION", null},
            {"INICIATIVA_MEMORIA", "Iniciativa"}, {"RECUPERACION_ENTORNO", "Entorno urbano"},
            {"CREACION_ESCUELA_CONVIVENCIA", "Escuela"}, {"GRUPO_GESTORES_DDHH", "Grupo"},
            {"ESTRATEGIA_PROMOCION_DERECHOS", "Estrategia"}, {"ESTRATEGIA_PREVENCION_TRATA", "Estrategia"},
            {"CONVENIO_INPEC", null}, {"JORNADA_EXTRAMURAL_MIGRANTES", null}};
        for (int i = 0; i < plan.length; i++) {
            tipos.add(new TipoActividad(i + 1, plan[i][0], plan[i][1]));
        }
        Map<String, Long> ultimo = new HashMap<>();
        TABLAS_CON_ID.forEach(t -> ultimo.put(t, 0L));
        ultimo.put("sede", 44L);
        ultimo.put("sede_estado", 44L);
        ultimo.put("sede_dotacion", 33L);
        return new EstadoInicial(sedes, tipos, ultimo, Map.of(), 0, true);
    }
}
