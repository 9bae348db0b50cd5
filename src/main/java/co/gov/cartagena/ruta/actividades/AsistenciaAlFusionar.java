package co.gov.cartagena.ruta.actividades;

import co.gov.cartagena.ruta.personas.PersonasFusionadas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Al fusionar dos personas, su asistencia a actividades pasa a la conservada (una vez si las dos asistieron), dentro
 * de la misma transacción de la fusión; cada actividad tocada da su {@link CambioEnActividad} al guardarse, para que sus
 * cifras se recalculen.
 */
@ApplicationScoped
public class AsistenciaAlFusionar {

    @Inject
    RepositorioActividades repositorio;

    void alFusionar(@Observes PersonasFusionadas fusion) {
        for (Actividad a : repositorio.conAsistente(fusion.duplicada())) {
            a.sustituirAsistente(fusion.duplicada(), fusion.conservada(), fusion.quien());
        }
    }
}
