package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.personas.PersonasFusionadas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Al fusionar dos personas, cada caso y cada atención de la duplicada pasa a la conservada, dentro de la misma
 * transacción de la fusión; el rastro dice cuántos casos se movieron. Las cifras las recalcula el aviso de cambio de
 * las dos personas que dispara la fusión.
 */
@ApplicationScoped
public class CasosAlFusionar {

    @Inject
    RepositorioCasos casos;

    @Inject
    Auditor auditor;

    void alFusionar(@Observes PersonasFusionadas fusion) {
        List<Caso> suyos = casos.dePersona(fusion.duplicada());
        for (Caso c : suyos) {
            c.sustituirPersona(fusion.duplicada(), fusion.conservada());
        }
        auditor.registrar(Accion.CAMBIAR, "persona", fusion.duplicada().getId(),
                "casos movidos a " + fusion.conservada().getId() + ": " + suyos.size());
    }
}
