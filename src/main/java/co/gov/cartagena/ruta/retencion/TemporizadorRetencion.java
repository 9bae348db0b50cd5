package co.gov.cartagena.ruta.retencion;

import co.gov.cartagena.ruta.comun.Hoy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Corre la depuración de anulados cada día a las 2:30 a. m. de Colombia (temporizador no persistente: si el
 * servidor estaba apagado a esa hora, la corrida del día siguiente depura lo pendiente).
 */
@Singleton
public class TemporizadorRetencion {

    private static final Logger LOG = Logger.getLogger(TemporizadorRetencion.class.getName());

    @Inject
    ServicioRetencion retencion;

    @Schedule(hour = "2", minute = "30", timezone = Hoy.ZONA_COLOMBIA, persistent = false)
    void depurarCadaDia() {
        try {
            retencion.depurarProgramado();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "La depuración diaria de anulados falló; se reintenta mañana", e);
        }
    }
}
