package co.gov.cartagena.ruta.indicadores.calculo;

import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import co.gov.cartagena.ruta.indicadores.calculo.Regla.Origen;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Las reglas de conteo de los indicadores de fuente {@code casos} y {@code actividades}, tal como las dice la
 * columna {@code regla} de indicadores.csv. Es la única definición: de aquí salen el almacén incremental, el
 * recuento completo y el cálculo «en vivo» con el que se compara.
 *
 * <p>Convenciones: la clave {@code p<id>} es una persona (tras una fusión, la conservada), {@code c<id>} un caso,
 * {@code a<id>} una atención, {@code x<id>} una actividad y {@code o<hash>} un objeto de actividad (entorno,
 * escuela, estrategia…) por su nombre normalizado. La fecha de una vinculación es la de apertura del caso. Ni los
 * casos ni las atenciones ni las actividades anuladas cuentan; las actividades solo cuentan con soporte (al menos un
 * adjunto vigente).
 */
public final class ReglasDelPlan {

    private static final String COMPONENTES_AHI =
            "'ALIMENTACION','ALOJAMIENTO_TRANSITORIO','ALBERGUE','KIT_ASEO','KIT_COCINA','OTRO_COMPONENTE'";
    private static final String ASISTENCIA_INMEDIATA_TRATA = "'ALOJAMIENTO_CASA_ACOGIDA','ATENCION_EN_SALUD',"
            + "'ATENCION_PSICOSOCIAL','ASESORIA_JURIDICA','KIT_ASEO','TRANSPORTE','REPATRIACION'";
    private static final String ANIOS = "(SELECT 2024 AS y UNION ALL SELECT 2025 UNION ALL SELECT 2026 "
            + "UNION ALL SELECT 2027)";

    private static final String JOVEN =
            " AND TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, c.fecha_apertura) BETWEEN 12 AND 28";

    private static final String ACTIVIDAD_CON_SOPORTE = """
            FROM actividad act
            JOIN tipo_actividad t ON t.id = act.tipo_id
            WHERE t.codigo = '%s' AND act.anulada = FALSE AND {filtro}
              AND EXISTS (SELECT 1 FROM adjunto ad WHERE ad.actividad_id = act.id AND ad.anulado = FALSE)
            """;

    private static final List<Regla> REGLAS;

    static {
        List<Regla> r = new ArrayList<>();
        // PZ.VIC.3 y PZ.R4: personas con AHI entregada / personas con solicitud de AHI que cumple requisitos.
        for (String codigo : List.of("PZ.VIC.3", "PZ.R4")) {
            r.add(caso(codigo, ParteDeLaCifra.NUM, hogaresAtendidos(COMPONENTES_AHI)));
            r.add(caso(codigo, ParteDeLaCifra.DEN, personasQueCumplen("")));
        }
        // PZ.VIC.4: personas alojadas en albergue / personas con AHI elegible que requiere alojamiento.
        r.add(caso("PZ.VIC.4", ParteDeLaCifra.NUM, hogaresAtendidos("'ALBERGUE'")));
        r.add(caso("PZ.VIC.4", ParteDeLaCifra.DEN,
                personasQueCumplen(" AND JSON_VALUE(c.datos_ruta, '$.requiereAlojamiento') = 'true'")));
        // PZ.VIC.5: representantes activos de la Mesa con incentivo en el periodo / representantes activos.
        r.add(caso("PZ.VIC.5", ParteDeLaCifra.NUM, personasAtendidas("MESA_DE_VICTIMAS",
                "'INCENTIVO_TECNICO','INCENTIVO_LOGISTICO','INCENTIVO_TRANSPORTE'", "TITULAR")));
        r.add(caso("PZ.VIC.5", ParteDeLaCifra.DEN, """
                SELECT CONCAT('p', cp.persona_id) AS clave,
                       GREATEST(CAST(JSON_VALUE(c.datos_ruta, '$.inicioPeriodo') AS DATE), MAKEDATE(an.y, 1)) AS fecha,
                       c.sede_id AS sede_id, c.id AS caso_id, NULL AS actividad_id, NULL AS detalle
                FROM caso c
                JOIN caso_persona cp ON cp.caso_id = c.id AND cp.rol = 'TITULAR'
                JOIN %s an
                  ON CAST(JSON_VALUE(c.datos_ruta, '$.inicioPeriodo') AS DATE) <= MAKEDATE(an.y + 1, 1) - INTERVAL 1 DAY
                 AND COALESCE(CAST(JSON_VALUE(c.datos_ruta, '$.fechaRetiro') AS DATE),
                              CAST(JSON_VALUE(c.datos_ruta, '$.finPeriodo') AS DATE)) >= MAKEDATE(an.y, 1)
                WHERE c.ruta = 'MESA_DE_VICTIMAS' AND c.anulado = FALSE AND {filtro}
                """.formatted(ANIOS)));
        // PZ.DDH.2: solicitudes de protección preventiva recibidas en el periodo con respuesta / recibidas.
        r.add(caso("PZ.DDH.2", ParteDeLaCifra.NUM, """
                SELECT CONCAT('c', c.id) AS clave, c.fecha_apertura AS fecha, c.sede_id AS sede_id, c.id AS caso_id, NULL AS actividad_id, NULL AS detalle
                FROM caso c
                WHERE c.ruta = 'PROTECCION_PREVENTIVA' AND c.anulado = FALSE AND {filtro}
                  AND EXISTS (SELECT 1 FROM caso_evento e WHERE e.caso_id = c.id
                              AND e.estado_a IN ('MEDIDAS_ADOPTADAS', 'RESPUESTA_UNP'))
                """));
        r.add(caso("PZ.DDH.2", ParteDeLaCifra.DEN, """
                SELECT CONCAT('c', c.id) AS clave, c.fecha_apertura AS fecha, c.sede_id AS sede_id, c.id AS caso_id, NULL AS actividad_id, NULL AS detalle
                FROM caso c
                WHERE c.ruta = 'PROTECCION_PREVENTIVA' AND c.anulado = FALSE AND {filtro}
                """));
        // PZ.DDH.7: personas con caso de trata abierto en el periodo que recibieron asistencia inmediata / todas.
        String trata = """
                SELECT CONCAT('p', cp.persona_id) AS clave, c.fecha_apertura AS fecha, c.sede_id AS sede_id,
                       c.id AS caso_id, NULL AS actividad_id, JSON_VALUE(c.datos_ruta, '$.formaExplotacion') AS detalle
                FROM caso c
                JOIN caso_persona cp ON cp.caso_id = c.id AND cp.rol IN ('TITULAR', 'VICTIMA')
                WHERE c.ruta = 'TRATA_DE_PERSONAS' AND c.anulado = FALSE AND {filtro}
                """;
        r.add(caso("PZ.DDH.7", ParteDeLaCifra.NUM, trata + """
                  AND EXISTS (SELECT 1 FROM atencion a WHERE a.caso_id = c.id AND a.anulada = FALSE
                              AND a.tipo IN (%s))
                """.formatted(ASISTENCIA_INMEDIATA_TRATA)));
        r.add(caso("PZ.DDH.7", ParteDeLaCifra.DEN, trata));
        // Vinculaciones: personas distintas, en el año de su primera vinculación en el cuatrienio.
        r.add(caso("PZ.JUS.3", ParteDeLaCifra.VAL, titulares("TRASMALLO_MUJERES_VIOLETAS", " AND p.sexo = 'MUJER'")));
        r.add(caso("PZ.JOV.1", ParteDeLaCifra.VAL, titulares("LABORATORIOS_DE_PAZ", JOVEN)));
        r.add(caso("PZ.JOV.3", ParteDeLaCifra.VAL, titulares("PROYECTOS_DE_VIDA", JOVEN)));
        r.add(caso("PZ.VIC.2", ParteDeLaCifra.VAL,
                titulares("ATENCION_PSICOSOCIAL_VICTIMAS", " AND p.victima_conflicto = TRUE")));
        r.add(caso("PZ.DDH.8", ParteDeLaCifra.VAL, titulares("REINTEGRACION", "")));
        r.add(caso("PZ.PEN.2", ParteDeLaCifra.VAL, titulares("PPL_PSICOSOCIAL", "")));
        // PZ.VIC.1: entregas de unidad productiva a víctimas (cada entrega cuenta).
        r.add(caso("PZ.VIC.1", ParteDeLaCifra.VAL, """
                SELECT CONCAT('a', a.id) AS clave, a.fecha AS fecha, c.sede_id AS sede_id, c.id AS caso_id, NULL AS actividad_id, NULL AS detalle
                FROM atencion a
                JOIN caso c ON c.id = a.caso_id
                JOIN caso_persona cp ON cp.caso_id = c.id AND cp.rol = 'TITULAR'
                JOIN persona p ON p.id = cp.persona_id
                WHERE c.ruta = 'UNIDADES_PRODUCTIVAS' AND c.anulado = FALSE AND a.anulada = FALSE
                  AND a.tipo = 'ENTREGA_UNIDAD_PRODUCTIVA' AND p.victima_conflicto = TRUE AND {filtro}
                """));
        // GE.R1: personas atendidas en el Centro Intégrate en el periodo (el denominador es un dato externo).
        r.add(caso("GE.R1", ParteDeLaCifra.NUM, personasAtendidas("CENTRO_INTEGRATE", null)));
        // Actividades: objetos distintos.
        r.add(objetos("PZ.CON.2", "RECUPERACION_ENTORNO"));
        r.add(objetos("PZ.CON.3", "CREACION_ESCUELA_CONVIVENCIA"));
        r.add(objetos("PZ.JOV.4", "ESTRATEGIA_EGRESADOS_SRPA"));
        r.add(objetos("PZ.VIC.14", "INICIATIVA_MEMORIA"));
        r.add(objetos("PZ.DDH.1", "ESTRATEGIA_PROMOCION_DERECHOS"));
        r.add(objetos("PZ.DDH.3", "GRUPO_GESTORES_DDHH"));
        r.add(objetos("PZ.DDH.5", "ESTRATEGIA_PREVENCION_TRATA"));
        // Actividades: cada una cuenta.
        r.add(actividades("PZ.JOV.2", "JORNADA_MEDIACION_DESARME"));
        r.add(actividades("PZ.VIC.15", "DIFUSION_COMISION_VERDAD"));
        r.add(actividades("PZ.VIC.16", "ARTICULACION_UBPD"));
        r.add(actividades("PZ.VIC.17", "MEDIDA_SATISFACCION"));
        r.add(actividades("PZ.PEN.3", "CONVENIO_INPEC"));
        r.add(actividades("GE.MIG.2", "JORNADA_EXTRAMURAL_MIGRANTES"));
        REGLAS = Collections.unmodifiableList(r);
    }

    private ReglasDelPlan() {
    }

    public static List<Regla> todas() {
        return REGLAS;
    }

    public static List<Regla> de(Origen origen) {
        return REGLAS.stream().filter(r -> r.origen() == origen).toList();
    }

    public static List<Regla> delIndicador(String codigo) {
        return REGLAS.stream().filter(r -> r.indicador().equals(codigo)).toList();
    }

    /** Los códigos de los indicadores que se calculan con estas reglas. */
    public static Set<String> indicadores() {
        Set<String> codigos = new LinkedHashSet<>();
        REGLAS.forEach(r -> codigos.add(r.indicador()));
        return codigos;
    }

    /** Si las claves del indicador son personas (y admite desagregación por sus características). */
    public static boolean cuentaPersonas(String codigo) {
        return delIndicador(codigo).stream().allMatch(r -> r.consulta().contains("CONCAT('p'"));
    }

    private static Regla caso(String codigo, ParteDeLaCifra componente, String sql) {
        return new Regla(codigo, componente, Origen.CASO, sql);
    }

    /**
     * Personas que recibieron una atención de esos tipos: la persona que nombra la atención (por defecto, el titular),
     * en la fecha de la atención; con {@code rol}, solo si tiene ese papel en el caso.
     */
    private static String personasAtendidas(String ruta, String tipos, String... roles) {
        return """
                SELECT CONCAT('p', a.persona_id) AS clave, a.fecha AS fecha, c.sede_id AS sede_id, c.id AS caso_id,
                       NULL AS actividad_id, NULL AS detalle
                FROM atencion a
                JOIN caso c ON c.id = a.caso_id
                WHERE c.ruta = '%s' AND c.anulado = FALSE AND a.anulada = FALSE AND a.persona_id IS NOT NULL%s%s
                  AND {filtro}
                """.formatted(ruta, tipos == null ? "" : " AND a.tipo IN (" + tipos + ")",
                roles.length == 0 ? "" : " AND EXISTS (SELECT 1 FROM caso_persona cp WHERE cp.caso_id = c.id "
                        + "AND cp.persona_id = a.persona_id AND cp.rol IN ('" + String.join("','", roles) + "'))");
    }

    /**
     * La ayuda humanitaria inmediata se entrega al hogar (Ley 1448 de 2011): un componente entregado cuenta para
     * todas las personas del caso, en la fecha de la entrega.
     */
    private static String hogaresAtendidos(String tipos) {
        return """
                SELECT CONCAT('p', cp.persona_id) AS clave, a.fecha AS fecha, c.sede_id AS sede_id, c.id AS caso_id,
                       NULL AS actividad_id, NULL AS detalle
                FROM atencion a
                JOIN caso c ON c.id = a.caso_id
                JOIN caso_persona cp ON cp.caso_id = c.id
                WHERE c.ruta = 'AYUDA_HUMANITARIA_INMEDIATA' AND c.anulado = FALSE AND a.anulada = FALSE
                  AND a.tipo IN (%s) AND {filtro}
                """.formatted(tipos);
    }

    /** Personas de los casos de AHI que cumplen los requisitos de ley, en la fecha de la verificación. */
    private static String personasQueCumplen(String condicion) {
        return """
                SELECT CONCAT('p', cp.persona_id) AS clave,
                       COALESCE(CAST(JSON_VALUE(c.datos_ruta, '$.fechaVerificacion') AS DATE), c.fecha_apertura) AS fecha,
                       c.sede_id AS sede_id, c.id AS caso_id, NULL AS actividad_id, NULL AS detalle
                FROM caso c
                JOIN caso_persona cp ON cp.caso_id = c.id
                WHERE c.ruta = 'AYUDA_HUMANITARIA_INMEDIATA' AND c.anulado = FALSE AND {filtro}
                  AND EXISTS (SELECT 1 FROM caso_evento e WHERE e.caso_id = c.id AND e.estado_a = 'CUMPLE_REQUISITOS')
                """ + condicion;
    }

    /** Titulares vinculados a la ruta, en la fecha de apertura del caso. */
    private static String titulares(String ruta, String condicion) {
        return """
                SELECT CONCAT('p', cp.persona_id) AS clave, c.fecha_apertura AS fecha, c.sede_id AS sede_id, c.id AS caso_id, NULL AS actividad_id, NULL AS detalle
                FROM caso c
                JOIN caso_persona cp ON cp.caso_id = c.id AND cp.rol = 'TITULAR'
                JOIN persona p ON p.id = cp.persona_id
                WHERE c.ruta = '%s' AND c.anulado = FALSE AND {filtro}
                """.formatted(ruta) + condicion;
    }

    /** Objetos distintos (entornos, escuelas, estrategias…) con actividad de ese tipo, con soporte. */
    private static Regla objetos(String codigo, String tipo) {
        return new Regla(codigo, ParteDeLaCifra.VAL, Origen.ACTIVIDAD, """
                SELECT CONCAT('o', LEFT(SHA1(COALESCE(act.objeto_clave, CONCAT('#', act.id))), 39)) AS clave,
                       act.fecha AS fecha, act.sede_id AS sede_id, NULL AS caso_id, act.id AS actividad_id, NULL AS detalle
                """ + ACTIVIDAD_CON_SOPORTE.formatted(tipo));
    }

    /** Actividades de ese tipo realizadas con fecha y soporte: cada una cuenta. */
    private static Regla actividades(String codigo, String tipo) {
        return new Regla(codigo, ParteDeLaCifra.VAL, Origen.ACTIVIDAD, """
                SELECT CONCAT('x', act.id) AS clave, act.fecha AS fecha, act.sede_id AS sede_id, NULL AS caso_id, act.id AS actividad_id, NULL AS detalle
                """ + ACTIVIDAD_CON_SOPORTE.formatted(tipo));
    }
}
