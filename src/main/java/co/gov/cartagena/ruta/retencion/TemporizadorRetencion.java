package co.gov.cartagena.ruta.retencion;

import co.gov.cartagena.ruta.comun.Hoy;
import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.configuracion.Configuracion;
import co.gov.cartagena.ruta.persistencia.TurnosProgramados;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ScheduleExpression;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Corre la depuración de anulados cada día a la hora de {@code RUTA_RETENCION_HORARIO} (por defecto las 2:30 a. m. de
 * Colombia). Temporizador no persistente: si el servidor estaba apagado a esa hora, la corrida del día siguiente depura
 * lo pendiente. Con varias instancias, cada una dispara el suyo y solo corre la que toma el turno
 * ({@link TurnosProgramados}).
 */
@Singleton
@Startup
public class TemporizadorRetencion {

    private static final Logger LOG = Logger.getLogger(TemporizadorRetencion.class.getName());
    static final String TAREA = "retencion";

    @Inject
    ServicioRetencion retencion;

    @Inject
    TurnosProgramados turnos;

    @Inject
    Configuracion configuracion;

    @Resource
    TimerService temporizadores;

    @PostConstruct
    void programar() {
        String[] horaYMinuto = configuracion.requerida(Clave.RETENCION_HORARIO).trim().split("\\s+");
        if (horaYMinuto.length != 2) {
            throw new IllegalStateException(Clave.RETENCION_HORARIO.variableDeEntorno()
                    + " debe ser hora y minuto separados por un espacio, p. ej. «2 30»");
        }
        temporizadores.createCalendarTimer(new ScheduleExpression().hour(horaYMinuto[0]).minute(horaYMinuto[1])
                .timezone(Hoy.ZONA_COLOMBIA), new TimerConfig(TAREA, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void depurarCadaDia() {
        try {
            if (turnos.tomar(TAREA)) {
                retencion.depurarProgramado();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "La depuración diaria de anulados falló; se reintenta mañana", e);
        }
    }
}
