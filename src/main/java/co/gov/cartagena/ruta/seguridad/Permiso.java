package co.gov.cartagena.ruta.seguridad;

import java.util.Arrays;
import java.util.Optional;

/**
 * Permisos que se suman a un rol. Vienen, como los roles, de roles de realm de Keycloak con el mismo nombre, pero no
 * dan acceso a nada por sí solos: amplían lo que ya permite el rol (ver {@code casos/PoliticaAcceso}).
 */
public enum Permiso {
    /** Ver datos personales (nombres, documentos, contacto, relatos) donde el rol solo vería cifras. */
    DATOS_PERSONALES(Permiso.Nombre.DATOS_PERSONALES),
    /** Generar exportaciones que llevan datos personales. */
    EXPORTAR_DATOS_PERSONALES(Permiso.Nombre.EXPORTAR_DATOS_PERSONALES);

    /** Los nombres como constantes, para anotaciones. */
    public static final class Nombre {
        public static final String DATOS_PERSONALES = "datos-personales";
        public static final String EXPORTAR_DATOS_PERSONALES = "exportar-datos-personales";

        private Nombre() {
        }
    }

    private final String nombre;

    Permiso(String nombre) {
        this.nombre = nombre;
    }

    public String nombre() {
        return nombre;
    }

    public static Optional<Permiso> deNombre(String nombre) {
        return Arrays.stream(values()).filter(p -> p.nombre.equals(nombre)).findFirst();
    }
}
