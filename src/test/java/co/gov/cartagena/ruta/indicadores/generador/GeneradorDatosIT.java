package co.gov.cartagena.ruta.indicadores.generador;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.soporte.Despliegues;
import co.gov.cartagena.ruta.soporte.HoyDePrueba;
import jakarta.annotation.Resource;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jakarta.transaction.UserTransaction;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * El generador contra el MariaDB real con el esquema de Flyway, dentro de Payara: carga 2.000 casos por la fuente de
 * datos de la aplicación (anexando, porque otras pruebas pueden haber dejado casos), sin huérfanos pese a cargar con
 * las llaves foráneas apagadas, con el consecutivo de radicado al día, y la aplicación los lee con su modelo JPA: un
 * caso de cada ruta con sus campos válidos para la ruta, su titular, sus atenciones y su historia. Todo ocurre en una
 * transacción que al final se deshace: los datos sintéticos no alteran las cifras que comprueban las demás pruebas.
 */
@ExtendWith(ArquillianExtension.class)
class GeneradorDatosIT {

    @Deployment
    static WebArchive despliegue() {
        return Despliegues.ruta(GeneradorDatosIT.class, GeneradorDatos.class, Tabla.class, Sumidero.class,
                SumideroJdbc.class, EstadoInicial.class, Catalogos.class, HoyDePrueba.class);
    }

    @Resource(lookup = "java:app/jdbc/ruta")
    DataSource fuente;

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Resource
    UserTransaction utx;

    static long contar(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Filas de cada tabla que llena el generador. */
    private static Map<String, Long> filasPorTabla(Connection c) throws SQLException {
        Map<String, Long> filas = new HashMap<>();
        for (Tabla t : Tabla.values()) {
            filas.computeIfAbsent(t.nombre(), n -> {
                try {
                    return contar(c, "SELECT COUNT(*) FROM " + n);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        return filas;
    }

    @Test
    void cargaDatosValidosQueLaAplicacionLee() throws Exception {
        long casosAntes;
        try (Connection c = fuente.getConnection()) {
            casosAntes = contar(c, "SELECT COUNT(*) FROM caso");
        }
        utx.begin();
        try {
            cargarYLeer();
        } finally {
            utx.rollback();
        }
        try (Connection c = fuente.getConnection()) {
            assertEquals(casosAntes, contar(c, "SELECT COUNT(*) FROM caso"), "la carga de prueba se deshizo");
        }
    }

    void cargarYLeer() throws Exception {
        GeneradorDatos.Parametros p = GeneradorDatos.Parametros.de(99, 2_000, 6_000);
        EstadoInicial antes;
        GeneradorDatos.Resultado r;
        Map<String, Long> unoPorRuta = new HashMap<>();
        // la conexión de EclipseLink en esta transacción: así el modelo JPA ve lo cargado sin confirmarlo
        Connection c = em.unwrap(Connection.class);
        {
            antes = EstadoInicial.leer(c);
            if (antes.casos() > 0) {
                // una base con casos: sin anexar, el generador no escribe nada
                assertThrows(IllegalStateException.class, () -> GeneradorDatos.cargar(c, p, false));
                assertEquals(antes.casos(), contar(c, "SELECT COUNT(*) FROM caso"));
            }
            Map<String, Long> filasAntes = filasPorTabla(c);
            r = GeneradorDatos.cargar(c, p.anexando(), false);
            assertEquals(2_000, r.de(Tabla.CASO));
            assertEquals(antes.casos() + 2_000, contar(c, "SELECT COUNT(*) FROM caso"));
            assertEquals(p.actividades(), r.de(Tabla.ACTIVIDAD));
            assertEquals(r.de(Tabla.ADJUNTO_CASO) + r.de(Tabla.ADJUNTO_ACTIVIDAD), r.de(Tabla.ADJUNTO_CONTENIDO),
                    "cada adjunto con su contenido");
            // lo que el generador dice que escribió es lo que quedó en la base, tabla por tabla
            Map<String, Long> escritas = new HashMap<>();
            for (Tabla t : Tabla.values()) {
                escritas.merge(t.nombre(), r.de(t), Long::sum);
            }
            Map<String, Long> filasDespues = filasPorTabla(c);
            for (Map.Entry<String, Long> e : escritas.entrySet()) {
                assertEquals(e.getValue(), filasDespues.get(e.getKey()) - filasAntes.get(e.getKey()), e.getKey());
            }
            assertTrue(r.de(Tabla.ATENCION) > 0 && r.de(Tabla.CASO_EVENTO) >= r.de(Tabla.CASO)
                    && r.de(Tabla.CASO_PERSONA) >= r.de(Tabla.CASO), "cada caso con su historia y su titular");
            // ya hay casos: sin anexar se niega
            assertThrows(IllegalStateException.class, () -> GeneradorDatos.cargar(c, p, false));

            // integridad referencial (se cargó con las llaves foráneas apagadas)
            String[] huerfanos = {
                "SELECT COUNT(*) FROM caso c LEFT JOIN sede s ON s.id = c.sede_id WHERE s.id IS NULL",
                "SELECT COUNT(*) FROM caso_persona x LEFT JOIN persona p ON p.id = x.persona_id WHERE p.id IS NULL",
                "SELECT COUNT(*) FROM caso_persona x LEFT JOIN caso c ON c.id = x.caso_id WHERE c.id IS NULL",
                "SELECT COUNT(*) FROM caso_evento x LEFT JOIN caso c ON c.id = x.caso_id WHERE c.id IS NULL",
                "SELECT COUNT(*) FROM atencion a LEFT JOIN caso c ON c.id = a.caso_id WHERE c.id IS NULL",
                "SELECT COUNT(*) FROM atencion a LEFT JOIN persona p ON p.id = a.persona_id"
                        + " WHERE a.persona_id IS NOT NULL AND p.id IS NULL",
                "SELECT COUNT(*) FROM sede_estado x LEFT JOIN sede s ON s.id = x.sede_id WHERE s.id IS NULL",
                "SELECT COUNT(*) FROM adjunto_contenido x LEFT JOIN adjunto a ON a.id = x.adjunto_id WHERE a.id IS NULL",
                "SELECT COUNT(*) FROM caso WHERE id > " + antes.ultimo("caso")
                        + " AND id NOT IN (SELECT caso_id FROM caso_persona)"};
            for (String sql : huerfanos) {
                assertEquals(0, contar(c, sql), sql);
            }
            // lo generado pasa las reglas de la aplicación: fechas dentro del cuatrienio y de la vida de su caso,
            // cierres y anulaciones con motivo, cada atención a una persona del caso
            long ultimoCaso = antes.ultimo("caso");
            String desde = "'" + GeneradorDatos.DESDE + "'";
            String hasta = "'" + GeneradorDatos.HASTA + "'";
            String[] incoherentes = {
                "SELECT COUNT(*) FROM caso WHERE id > " + ultimoCaso + " AND (fecha_apertura < " + desde
                        + " OR fecha_apertura > " + hasta + ")",
                "SELECT COUNT(*) FROM caso WHERE id > " + ultimoCaso + " AND fecha_cierre IS NOT NULL"
                        + " AND (fecha_cierre < fecha_apertura OR motivo_cierre IS NULL OR estado <> 'CERRADO')",
                "SELECT COUNT(*) FROM caso WHERE id > " + ultimoCaso + " AND estado = 'CERRADO' AND fecha_cierre IS NULL",
                "SELECT COUNT(*) FROM caso WHERE id > " + ultimoCaso + " AND anulado AND (motivo_anulacion IS NULL"
                        + " OR anulado_por IS NULL)",
                "SELECT COUNT(*) FROM atencion a JOIN caso c ON c.id = a.caso_id WHERE c.id > " + ultimoCaso
                        + " AND (a.fecha < c.fecha_apertura OR a.fecha > " + hasta
                        + " OR (c.fecha_cierre IS NOT NULL AND a.fecha > c.fecha_cierre))",
                "SELECT COUNT(*) FROM atencion a WHERE a.caso_id > " + ultimoCaso + " AND a.anulada"
                        + " AND a.motivo_anulacion IS NULL",
                "SELECT COUNT(*) FROM atencion a WHERE a.caso_id > " + ultimoCaso + " AND a.persona_id IS NOT NULL"
                        + " AND NOT EXISTS (SELECT 1 FROM caso_persona x WHERE x.caso_id = a.caso_id"
                        + " AND x.persona_id = a.persona_id)",
                "SELECT COUNT(*) FROM caso_evento e JOIN caso c ON c.id = e.caso_id WHERE c.id > " + ultimoCaso
                        + " AND e.momento < c.fecha_apertura"};
            for (String sql : incoherentes) {
                assertEquals(0, contar(c, sql), sql);
            }
            // el reparto que promete: todas las rutas (abajo), casos sobre todo en días hábiles, algunas atenciones
            // anuladas, algunos casos cerrados y personas que vuelven en otro caso
            long domingos = contar(c, "SELECT COUNT(*) FROM caso WHERE id > " + ultimoCaso
                    + " AND DAYOFWEEK(fecha_apertura) = 1");
            long entreSemana = contar(c, "SELECT COUNT(*) FROM caso WHERE id > " + ultimoCaso
                    + " AND DAYOFWEEK(fecha_apertura) BETWEEN 2 AND 6");
            assertTrue(domingos * 5 * 4 < entreSemana, domingos + " casos en domingo, " + entreSemana + " entre semana");
            assertTrue(contar(c, "SELECT COUNT(*) FROM atencion WHERE caso_id > " + ultimoCaso + " AND anulada") > 0);
            assertTrue(contar(c, "SELECT COUNT(*) FROM caso WHERE id > " + ultimoCaso + " AND estado = 'CERRADO'") > 0);
            assertTrue(contar(c, "SELECT COUNT(*) FROM (SELECT persona_id FROM caso_persona WHERE caso_id > "
                    + ultimoCaso + " GROUP BY persona_id HAVING COUNT(DISTINCT caso_id) > 1) v") > 0);
            if (antes.conActividades()) {
                assertEquals(p.actividades(), contar(c, "SELECT COUNT(*) FROM actividad a JOIN tipo_actividad t"
                        + " ON t.id = a.tipo_id WHERE a.id > " + antes.ultimo("actividad")));
                assertEquals(0, contar(c, "SELECT COUNT(*) FROM actividad_persona x LEFT JOIN persona p"
                        + " ON p.id = x.persona_id WHERE p.id IS NULL"));
            }
            // el consecutivo de radicado sigue después del último generado (la aplicación no repite radicados)
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT YEAR(fecha_apertura), MAX(CAST(SUBSTRING(radicado, 11) AS UNSIGNED)),"
                            + " (SELECT ultimo FROM consecutivo_radicado k WHERE k.anio = YEAR(c.fecha_apertura))"
                            + " FROM caso c WHERE radicado LIKE 'RUTA-%' GROUP BY YEAR(fecha_apertura)")) {
                while (rs.next()) {
                    assertTrue(rs.getLong(3) >= rs.getLong(2), "consecutivo de " + rs.getInt(1));
                }
            }
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT ruta, MIN(id) FROM caso WHERE id > " + antes.ultimo("caso") + " GROUP BY ruta")) {
                while (rs.next()) {
                    unoPorRuta.put(rs.getString(1), rs.getLong(2));
                }
            }
        }

        // la aplicación lee un caso de cada ruta con su modelo JPA, y lo leído cumple la definición de la ruta
        for (Ruta ruta : Ruta.values()) {
            Long id = unoPorRuta.get(ruta.name());
            assertNotNull(id, "no se generaron casos de " + ruta);
            Caso caso = em.find(Caso.class, id);
            DefinicionRuta def = ruta.definicion();
            assertEquals(ruta, caso.getRuta());
            assertEquals(caso.datos(), def.validarCampos(caso.datos(), HOY), caso.getRadicado());
            Persona titular = caso.titular();
            assertNotNull(titular.getNumeroDocumento() == null ? titular.getNombres() : titular.getNumeroDocumento());
            def.edadMinima().ifPresent(min -> assertTrue(titular.edadEn(caso.getFechaApertura()) >= min));
            assertTrue(def.estados().contains(caso.getEstado()), caso.getEstado());
            for (var a : caso.getAtenciones()) {
                assertTrue(def.tiposAtencion().contains(a.getTipo()), a.getTipo());
            }
            assertFalse(caso.getEventos().isEmpty());
        }
        List<String> rutas = em.createQuery("SELECT DISTINCT c.ruta FROM Caso c WHERE c.id > :id", Ruta.class)
                .setParameter("id", antes.ultimo("caso")).getResultList().stream().map(Enum::name).toList();
        assertEquals(Ruta.values().length, rutas.size(), "" + rutas);
    }
}
