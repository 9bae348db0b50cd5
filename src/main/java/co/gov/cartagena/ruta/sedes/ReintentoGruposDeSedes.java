package co.gov.cartagena.ruta.sedes;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** Cada 5 minutos reintenta crear en Keycloak los grupos de las sedes que quedaron pendientes. */
@Singleton
public class ReintentoGruposDeSedes {

    @Inject
    GruposDeSedes grupos;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void reintentar() {
        grupos.sincronizarPendientes("sistema");
    }
}
