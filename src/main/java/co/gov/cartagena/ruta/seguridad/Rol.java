package co.gov.cartagena.ruta.seguridad;

import java.util.Arrays;
import java.util.Optional;

/** Roles de Ruta. Vienen de los roles de realm de Keycloak con el mismo nombre. */
public enum Rol {
    GESTOR(Rol.Nombre.GESTOR),
    COORDINADOR(Rol.Nombre.COORDINADOR),
    SUPERVISOR(Rol.Nombre.SUPERVISOR),
    ADMINISTRADOR(Rol.Nombre.ADMINISTRADOR),
    AUDITOR(Rol.Nombre.AUDITOR);

    /** Los nombres como constantes, para anotaciones. */
    public static final class Nombre {
        public static final String GESTOR = "gestor";
        public static final String COORDINADOR = "coordinador";
        public static final String SUPERVISOR = "supervisor";
        public static final String ADMINISTRADOR = "administrador";
        public static final String AUDITOR = "auditor";

        private Nombre() {
        }
    }

    private final String nombre;

    Rol(String nombre) {
        this.nombre = nombre;
    }

    public String nombre() {
        return nombre;
    }

    /** Clave del texto del rol en los paquetes de mensajes ({@code rol.gestor}…). */
    public String claveMensaje() {
        return "rol." + nombre;
    }

    public static Optional<Rol> deNombre(String nombre) {
        return Arrays.stream(values()).filter(r -> r.nombre.equals(nombre)).findFirst();
    }
}
