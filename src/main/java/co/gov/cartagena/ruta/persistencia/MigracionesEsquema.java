package co.gov.cartagena.ruta.persistencia;

import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.configuracion.Configuracion;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Aplica las migraciones Flyway de {@code db/migracion} al arrancar, antes de atender peticiones.
 * Usa el usuario dueño del esquema si está configurado; la aplicación trabaja con un usuario sin DDL.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class MigracionesEsquema {

    private static final Logger LOG = Logger.getLogger(MigracionesEsquema.class.getName());

    @Inject
    Configuracion configuracion;

    @PostConstruct
    void migrar() {
        String url = configuracion.requerida(Clave.DB_URL);
        String usuario = configuracion.leer(Clave.DB_MIGRACION_USUARIO)
                .orElseGet(() -> configuracion.requerida(Clave.DB_USUARIO));
        String clave = configuracion.leer(Clave.DB_MIGRACION_USUARIO).isPresent()
                ? configuracion.leer(Clave.DB_MIGRACION_CLAVE).orElse("")
                : configuracion.leer(Clave.DB_CLAVE).orElse("");
        Flyway flyway = Flyway.configure(MigracionesEsquema.class.getClassLoader())
                .dataSource(url, usuario, clave)
                .locations("classpath:db/migracion")
                .validateMigrationNaming(true)
                .load();
        MigrateResult resultado = flyway.migrate();
        LOG.info(() -> "Esquema de Ruta en la versión " + flyway.info().current().getVersion()
                + " (" + resultado.migrationsExecuted + " migraciones aplicadas ahora)");
    }
}
