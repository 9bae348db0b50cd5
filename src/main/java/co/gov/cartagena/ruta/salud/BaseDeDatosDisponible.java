package co.gov.cartagena.ruta.salud;

import co.gov.cartagena.ruta.persistencia.FuenteDeDatos;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ruta está lista solo si MariaDB responde. */
@Readiness
@ApplicationScoped
public class BaseDeDatosDisponible implements HealthCheck {

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource fuente;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("base-de-datos").status(responde(fuente)).build();
    }

    /** Si se obtiene una conexión y responde en dos segundos. */
    static boolean responde(DataSource fuente) {
        try (Connection c = fuente.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }
}
