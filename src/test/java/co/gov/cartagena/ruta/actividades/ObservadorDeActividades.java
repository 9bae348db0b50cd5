package co.gov.cartagena.ruta.actividades;

import co.gov.cartagena.ruta.adjuntos.CambioEnEvidencias;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Bean de prueba que anota cada aviso de una actividad recibido, {@link CambioEnActividad} o
 * {@link CambioEnEvidencias} (en el servidor, junto a la prueba).
 */
@ApplicationScoped
public class ObservadorDeActividades {

    private final List<Long> recibidos = new CopyOnWriteArrayList<>();

    void alCambiar(@Observes CambioEnActividad cambio) {
        recibidos.add(cambio.actividadId());
    }

    void alCambiarEvidencias(@Observes CambioEnEvidencias cambio) {
        recibidos.add(cambio.actividadId());
    }

    /** Cuántos avisos llegaron de esa actividad. */
    public long de(Long actividadId) {
        return recibidos.stream().filter(actividadId::equals).count();
    }
}
