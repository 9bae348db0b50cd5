package co.gov.cartagena.ruta.sedes;

import co.gov.cartagena.ruta.persistencia.TurnosProgramados;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Cada 5 minutos reintenta crear en Keycloak los grupos de las sedes que quedaron pendientes. Con varias instancias,
 * cada una dispara el temporizador y solo reintenta la que toma el turno ({@link TurnosProgramados}).
 */
@Singleton
public class ReintentoGruposDeSedes {

    @Inject
    GruposDeSedes grupos;

    @Inject
    TurnosProgramados turnos;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void reintentar() {
        if (turnos.tomar("grupos-de-sedes")) {
            grupos.sincronizarPendientes("sistema");
        }
    }
}
