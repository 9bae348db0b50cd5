package co.gov.cartagena.ruta.indicadores.calculo;

import co.gov.cartagena.ruta.actividades.CambioEnActividad;
import co.gov.cartagena.ruta.adjuntos.CambioEnEvidencias;
import co.gov.cartagena.ruta.casos.CambioEnCaso;
import co.gov.cartagena.ruta.indicadores.calculo.Almacen;
import co.gov.cartagena.ruta.personas.CambioEnPersona;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Mantiene el almacén de los indicadores al día, en la misma transacción que cambia el caso, la actividad o la
 * persona: si la transacción se revierte, el almacén también. No hace falta ningún botón de «recalcular».
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MantenimientoDelAlmacen {

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    LecturasDelAlmacen lecturas;

    void alCambiarCaso(@Observes CambioEnCaso cambio) {
        conConexion(c -> Almacen.actualizarCasos(c, List.of(cambio.casoId())));
    }

    void alCambiarActividad(@Observes CambioEnActividad cambio) {
        conConexion(c -> Almacen.actualizarActividades(c, List.of(cambio.actividadId())));
    }

    /** Una evidencia agregada o anulada decide si la actividad tiene soporte (y cuenta). */
    void alCambiarEvidencias(@Observes CambioEnEvidencias cambio) {
        conConexion(c -> Almacen.actualizarActividades(c, List.of(cambio.actividadId())));
    }

    /** Datos de personas o fusión: se recalculan todos los casos en que aparecen. */
    void alCambiarPersona(@Observes CambioEnPersona cambio) {
        em.flush();
        // Una sola consulta con los ids como parámetro: nunca SQL armado con valores.
        List<Long> casos = em.createQuery(
                "SELECT DISTINCT p.caso.id FROM Participante p WHERE p.persona.id IN :personas", Long.class)
                .setParameter("personas", cambio.personas()).getResultList();
        conConexion(c -> Almacen.actualizarCasos(c, casos));
    }

    private interface Trabajo {
        void hacer(Connection c) throws SQLException;
    }

    /** La conexión de la transacción en curso (la misma del EntityManager), tras volcar sus cambios. */
    private void conConexion(Trabajo trabajo) {
        em.flush();
        Connection c = em.unwrap(Connection.class);
        try {
            trabajo.hacer(c);
            lecturas.olvidar();
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo actualizar el almacén de indicadores", e);
        }
    }
}
