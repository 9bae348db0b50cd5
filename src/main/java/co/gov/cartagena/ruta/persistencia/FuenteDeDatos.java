package co.gov.cartagena.ruta.persistencia;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import java.sql.Connection;

/**
 * La fuente de datos de la aplicación. URL, usuario y clave vienen de MicroProfile Config
 * (variables RUTA_DB_URL, RUTA_DB_USUARIO, RUTA_DB_CLAVE); nada de ello está en el WAR.
 *
 * <ul>
 * <li><b>READ COMMITTED</b>: cada sentencia ve lo confirmado hasta ese momento y InnoDB no toma bloqueos de huecos
 * (gap locks) ni bloquea las filas que lee un {@code INSERT … SELECT}. Con el turno del almacén
 * ({@code Almacen.tomarTurno}) esto quita los bloqueos mutuos entre escrituras concurrentes; ver
 * docs/concurrencia.md.</li>
 * <li><b>Validación de cada conexión</b> con una consulta real antes de entregarla, y si una falla se descartan todas:
 * tras un reinicio de MariaDB el pool no entrega conexiones muertas y se rehace solo.</li>
 * <li><b>Espera máxima por una conexión</b> de 2,5 s: con la base caída la petición falla pronto y la API responde 503
 * en vez de quedarse esperando.</li>
 * <li><b>Espera máxima por un bloqueo</b> de 10 s en cada sesión (la de MariaDB es 50 s): un choque que no se resuelve
 * se reintenta o se responde, no se deja a la persona esperando.</li>
 * </ul>
 */
@Singleton
@DataSourceDefinition(
        name = FuenteDeDatos.JNDI,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=ruta.db.url}",
        user = "${MPCONFIG=ruta.db.usuario}",
        password = "${MPCONFIG=ruta.db.clave}",
        isolationLevel = Connection.TRANSACTION_READ_COMMITTED,
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=2500",
            "fish.payara.init-sql=SET SESSION innodb_lock_wait_timeout = 10"
        })
public class FuenteDeDatos {
    public static final String JNDI = "java:app/jdbc/ruta";
}
