package co.gov.cartagena.ruta.actividades;

import co.gov.cartagena.ruta.adjuntos.AccesoPorActividades;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Las reglas de {@link PoliticaActividades} aplicadas a las evidencias de una actividad, para el servicio de adjuntos. */
@ApplicationScoped
public class AccesoALasEvidencias implements AccesoPorActividades {

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Override
    public boolean puedeCambiar(Usuario u, Long actividadId) {
        Actividad a = actividadId == null ? null : em.find(Actividad.class, actividadId);
        return a != null && PoliticaActividades.puedeCambiar(u, a);
    }

    @Override
    public boolean puedeVerEvidencias(Usuario u, Long actividadId) {
        Actividad a = actividadId == null ? null : em.find(Actividad.class, actividadId);
        return a != null && PoliticaActividades.puedeVerPersonas(u, a);
    }
}
