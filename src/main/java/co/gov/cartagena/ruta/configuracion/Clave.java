package co.gov.cartagena.ruta.configuracion;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Toda clave de configuración que Ruta lee. Cada una se puede dar como propiedad de sistema
 * ({@code -Druta.db.url=…}) o como variable de entorno según la regla de MicroProfile Config
 * ({@code RUTA_DB_URL}). El README las documenta todas; una prueba comprueba que el código no lee
 * ninguna otra.
 */
public enum Clave {
    DB_URL("ruta.db.url", "URL JDBC de MariaDB, p. ej. jdbc:mariadb://localhost:3306/ruta", null),
    DB_USUARIO("ruta.db.usuario", "Usuario de la aplicación en MariaDB (sin permisos de DDL), p. ej. ruta_app", null),
    DB_CLAVE("ruta.db.clave", "Contraseña del usuario de la aplicación", null),
    DB_MIGRACION_USUARIO("ruta.db.migracion.usuario",
            "Usuario dueño del esquema con el que Flyway aplica las migraciones; si falta, se usa ruta.db.usuario", null),
    DB_MIGRACION_CLAVE("ruta.db.migracion.clave", "Contraseña del usuario de migraciones", null),
    OIDC_PROVEEDOR("ruta.oidc.proveedor", "URL del realm de Keycloak (emisor OIDC)", "http://localhost:8180/realms/ruta"),
    OIDC_CLIENTE("ruta.oidc.cliente", "Identificador del cliente confidencial de Ruta en Keycloak", "ruta-web"),
    OIDC_SECRETO("ruta.oidc.secreto", "Secreto del cliente confidencial (solo desde el entorno)", null),
    KEYCLOAK_SINCRONIZACION_CLIENTE("ruta.keycloak.sincronizacion.cliente",
            "Cliente confidencial con cuenta de servicio con el que Ruta crea en Keycloak el grupo /sedes/<codigo> de"
                    + " cada sede nueva", "ruta-sincronizacion"),
    KEYCLOAK_SINCRONIZACION_SECRETO("ruta.keycloak.sincronizacion.secreto",
            "Secreto de ese cliente (solo desde el entorno); sin él, los grupos de las sedes nuevas quedan pendientes",
            null),
    URL_PUBLICA("ruta.url.publica",
            "URL pública de Ruta (https://… detrás de un proxy); si falta, se deduce de cada petición", null),
    FACES_ETAPA("ruta.faces.etapa", "Etapa de Jakarta Faces: Production o Development", "Production"),
    RETENCION_ANULADOS_DIAS("ruta.retencion.anulados.dias",
            "Días que se conserva el contenido de un registro anulado antes de depurarlo (1 a 36500)", "1825"),
    RETENCION_HORARIO("ruta.retencion.horario",
            "Hora y minuto (hora de Colombia) de la depuración diaria de anulados, con la sintaxis de los temporizadores"
                    + " de Jakarta EE: «2 30» son las 2:30 a. m.; «* *», cada minuto", "2 30");

    private final String nombre;
    private final String descripcion;
    private final String porDefecto;

    Clave(String nombre, String descripcion, String porDefecto) {
        this.nombre = nombre;
        this.descripcion = descripcion;
        this.porDefecto = porDefecto;
    }

    public String nombre() {
        return nombre;
    }

    public String descripcion() {
        return descripcion;
    }

    public Optional<String> porDefecto() {
        return Optional.ofNullable(porDefecto);
    }

    /** Nombre de la variable de entorno equivalente según MicroProfile Config. */
    public String variableDeEntorno() {
        return nombre.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    public static Optional<Clave> deVariableDeEntorno(String variable) {
        return Arrays.stream(values()).filter(c -> c.variableDeEntorno().equals(variable)).findFirst();
    }

    public static Optional<Clave> deNombre(String nombre) {
        return Arrays.stream(values()).filter(c -> c.nombre.equals(nombre)).findFirst();
    }
}
