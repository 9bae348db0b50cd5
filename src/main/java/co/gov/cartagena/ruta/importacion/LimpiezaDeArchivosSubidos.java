package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.persistencia.TurnosProgramados;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cada hora borra los archivos subidos para importar que nadie importó ni abandonó en {@link ArchivosSubidos#PLAZO}
 * (la persona cerró la página, o su sesión venció). Temporizador no persistente: si el servidor estaba apagado, la
 * hora siguiente borra lo pendiente. Con varias instancias corre solo la que toma el turno ({@link TurnosProgramados}).
 */
@Singleton
public class LimpiezaDeArchivosSubidos {

    private static final Logger LOG = Logger.getLogger(LimpiezaDeArchivosSubidos.class.getName());
    static final String TAREA = "archivos-importacion";

    @Inject
    ArchivosSubidos archivos;

    @Inject
    TurnosProgramados turnos;

    @Schedule(hour = "*", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void cadaHora() {
        try {
            if (turnos.tomar(TAREA)) {
                int borrados = archivos.descartarVencidos();
                LOG.info(() -> "Archivos subidos para importar y vencidos, borrados: " + borrados);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "No se pudieron borrar los archivos subidos vencidos; se reintenta en una hora", e);
        }
    }
}
