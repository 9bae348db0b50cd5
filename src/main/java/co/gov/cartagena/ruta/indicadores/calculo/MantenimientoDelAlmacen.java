package co.gov.cartagena.ruta.indicadores.calculo;

import co.gov.cartagena.ruta.actividades.CambioEnActividad;
import co.gov.cartagena.ruta.adjuntos.CambioEnEvidencias;
import co.gov.cartagena.ruta.casos.CambioEnCaso;
import co.gov.cartagena.ruta.indicadores.calculo.Almacen;
import co.gov.cartagena.ruta.personas.CambioEnPersona;
import co.gov.cartagena.ruta.persistencia.AvisosEntregados;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Mantiene el almacén de los indicadores al día, en la misma transacción que cambia el caso, la actividad o la
 * persona: si la transacción se revierte, el almacén también. No hace falta ningún botón de «recalcular».
 *
 * <p>Los casos y actividades que avisan en una ronda de {@link co.gov.cartagena.ruta.persistencia.EntregaDeAvisos}
 * se anotan en la transacción y se recalculan juntos al final de la ronda ({@link AvisosEntregados}): un tramo de
 * cien filas importadas es una actualización del almacén con cien casos, no cien.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class MantenimientoDelAlmacen {

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    LecturasDelAlmacen lecturas;

    @Resource
    TransactionSynchronizationRegistry transacciones;

    private static final String CASOS = MantenimientoDelAlmacen.class.getName() + ".casos";
    private static final String ACTIVIDADES = MantenimientoDelAlmacen.class.getName() + ".actividades";

    void alCambiarCaso(@Observes CambioEnCaso cambio) {
        pendientes(CASOS).add(cambio.casoId());
    }

    void alCambiarActividad(@Observes CambioEnActividad cambio) {
        pendientes(ACTIVIDADES).add(cambio.actividadId());
    }

    /** Al final de cada ronda de avisos: los casos y actividades anotados, de una vez. */
    void alTerminarLaRonda(@Observes AvisosEntregados ronda) {
        List<Long> casos = tomar(CASOS);
        List<Long> actividades = tomar(ACTIVIDADES);
        if (!casos.isEmpty()) {
            conConexion(c -> Almacen.actualizarCasos(c, casos));
        }
        if (!actividades.isEmpty()) {
            conConexion(c -> Almacen.actualizarActividades(c, actividades));
        }
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

    @SuppressWarnings("unchecked")
    private Set<Long> pendientes(String clave) {
        Set<Long> p = (Set<Long>) transacciones.getResource(clave);
        if (p == null) {
            p = new LinkedHashSet<>();
            transacciones.putResource(clave, p);
        }
        return p;
    }

    private List<Long> tomar(String clave) {
        Set<Long> p = pendientes(clave);
        List<Long> tomados = new ArrayList<>(p);
        p.clear();
        return tomados;
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
