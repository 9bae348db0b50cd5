package co.gov.cartagena.ruta.persistencia;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.comun.ServicioNoDisponible;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.sedes.TipoSede;
import co.gov.cartagena.ruta.soporte.Despliegues;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Dentro de Payara Micro, contra el MariaDB real con el esquema que crearon las migraciones Flyway: JPA escribe y
 * lee, y la cuenta de la aplicación no puede cambiar ni borrar el rastro de auditoría ni quitar sus disparadores.
 */
@ExtendWith(ArquillianExtension.class)
class PersistenciaIT {

    @Deployment
    static WebArchive despliegue() {
        return Despliegues.ruta(PersistenciaIT.class, ConsultaSinFin.class);
    }

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    UserTransaction tx;

    @Inject
    ServicioAuditoria auditoria;

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource fuente;

    @Inject
    ConsultaSinFin consultaSinFin;

    /**
     * Una lectura que no termina no retiene su conexión: MariaDB la detiene al pasar el tope por sentencia
     * ({@link AjustesDeSesion#TOPE_DE_SENTENCIA_SEGUNDOS}) y quien la pidió recibe «la consulta tardó demasiado», sin
     * reintentos (tardarían lo mismo).
     */
    @Test
    void unaConsultaQuePasaElTopeSeDetieneConSuMensaje() {
        ServicioNoDisponible e = assertThrows(ServicioNoDisponible.class, consultaSinFin::recorrer);
        assertTrue(e.getMessage().startsWith("La consulta tardó más de " + AjustesDeSesion.TOPE_DE_SENTENCIA_SEGUNDOS
                + " segundos"), e.getMessage());
        assertTrue(FallaTransitoria.esSentenciaLarga(e.getCause()), "La causa es la sentencia detenida: " + e.getCause());
    }

    @Test
    void flywayCreoElEsquemaAlArrancar() {
        List<?> versiones = em.createNativeQuery(
                "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank").getResultList();
        assertTrue(versiones.contains("1"), "La migración V1 debe estar aplicada: " + versiones);
        Number sedes = (Number) em.createNativeQuery("SELECT COUNT(*) FROM sede WHERE codigo = 'CJ-CANAPOTE'")
                .getSingleResult();
        assertEquals(1, sedes.intValue());
    }

    @Test
    void jpaEscribeYLeeUnaSede() throws Exception {
        String codigo = "PRUEBA-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        tx.begin();
        Sede nueva = new Sede(codigo, "  Casa de Justicia de prueba  ", TipoSede.CASA_DE_JUSTICIA, "Industrial y de la Bahía",
                "prueba");
        em.persist(nueva);
        tx.commit();
        em.clear();

        Sede leida = em.createQuery("SELECT s FROM Sede s WHERE s.codigo = :c", Sede.class)
                .setParameter("c", codigo).getSingleResult();
        assertEquals("Casa de Justicia de prueba", leida.getNombre());
        assertEquals(TipoSede.CASA_DE_JUSTICIA, leida.getTipo());
        assertEquals("Industrial y de la Bahía", leida.getLocalidad());
        assertNotNull(leida.getId());
        // Diferencia absoluta: un corrimiento de +5 h (UTC leído como hora de Colombia) daría un negativo grande.
        assertTrue(Math.abs(ChronoUnit.MINUTES.between(leida.getCreadoEn(), Instant.now())) < 5,
                "El instante de creación se guarda y se lee sin corrimiento de zona horaria: " + leida.getCreadoEn());
    }

    @Test
    void elRastroDeAuditoriaEsDeSoloInsercion() throws Exception {
        RegistroAuditoria r = auditoria.registrar("prueba", "127.0.0.1", Accion.VER, "caso", "42", "detalle");
        assertNotNull(r.getId());
        try (Connection c = fuente.getConnection(); Statement s = c.createStatement()) {
            SQLException cambio = assertThrows(SQLException.class,
                    () -> s.executeUpdate("UPDATE auditoria SET usuario = 'otro' WHERE id = " + r.getId()));
            assertTrue(cambio.getMessage().contains("solo inserción"), cambio.getMessage());
            SQLException borrado = assertThrows(SQLException.class,
                    () -> s.executeUpdate("DELETE FROM auditoria WHERE id = " + r.getId()));
            assertTrue(borrado.getMessage().contains("solo inserción"), borrado.getMessage());
            assertThrows(SQLException.class, () -> s.execute("DROP TRIGGER auditoria_sin_cambios"),
                    "La cuenta de la aplicación no debe poder quitar los disparadores");
            assertThrows(SQLException.class, () -> s.execute("CREATE TABLE intrusa (id INT)"),
                    "La cuenta de la aplicación no debe tener DDL");
        }
        assertEquals("prueba", auditoria.deEntidad("caso", "42").get(0).getUsuario());
    }
}
