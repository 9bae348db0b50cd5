package co.gov.cartagena.ruta.persistencia;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * La fuente de datos de la aplicación. URL, usuario y clave vienen de MicroProfile Config
 * (variables RUTA_DB_URL, RUTA_DB_USUARIO, RUTA_DB_CLAVE); nada de ello está en el WAR.
 */
@Singleton
@DataSourceDefinition(
        name = FuenteDeDatos.JNDI,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${MPCONFIG=ruta.db.url}",
        user = "${MPCONFIG=ruta.db.usuario}",
        password = "${MPCONFIG=ruta.db.clave}",
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 30,
        properties = {
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=meta-data",
            "fish.payara.fail-all-connections=true"
        })
public class FuenteDeDatos {
    public static final String JNDI = "java:app/jdbc/ruta";
}
