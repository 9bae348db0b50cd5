package co.gov.cartagena.ruta.salud;

import co.gov.cartagena.ruta.indicadores.informes.CalentamientoDeInformes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ruta está lista cuando terminó de calentar las exportaciones y las consultas del tablero al arrancar (unos segundos
 * en segundo plano): así el primer usuario que exporta no paga el arranque en frío.
 */
@Readiness
@ApplicationScoped
public class ExportacionesListas implements HealthCheck {

    @Inject
    CalentamientoDeInformes calentamiento;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("exportaciones-calentadas").status(calentamiento.terminado())
                .withData("tablero", calentamiento.tableroCalentado()).build();
    }
}
