package co.gov.cartagena.ruta.adjuntos;

import co.gov.cartagena.ruta.personas.PersonasFusionadas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Al fusionar dos personas, los adjuntos de la duplicada (también los anulados) pasan a la conservada, en la misma
 * transacción de la fusión: siguen a la vista de quien ve a la persona y siguen contando para la retención.
 */
@ApplicationScoped
public class AdjuntosAlFusionar {

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    void alFusionar(@Observes PersonasFusionadas fusion) {
        em.createNamedQuery("Adjunto.dePersona", Adjunto.class).setParameter("persona", fusion.duplicada())
                .getResultList().forEach(a -> a.pasarDePersona(fusion.duplicada(), fusion.conservada()));
    }
}
