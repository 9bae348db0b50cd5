package co.gov.cartagena.ruta.salud;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** La aplicación está desplegada y atiende: si no responde, hay que reiniciarla. */
@Liveness
@ApplicationScoped
public class AplicacionViva implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("ruta");
    }
}
