package co.gov.cartagena.ruta.seguridad;

import java.util.Set;

/**
 * Un usuario de Keycloak visto por la cuenta de servicio: su nombre de usuario, su nombre completo (nombre y
 * apellidos), sus roles de realm efectivos y las rutas de sus grupos ({@code /sedes/…}, {@code /equipos/…}).
 */
public record MiembroKeycloak(String usuario, String nombre, Set<String> roles, Set<String> grupos) {

    public MiembroKeycloak {
        roles = Set.copyOf(roles);
        grupos = Set.copyOf(grupos);
    }

    public boolean tieneRol(String rol) {
        return roles.contains(rol);
    }

    public boolean enEquipo(String equipo) {
        return grupos.contains(Usuario.PREFIJO_EQUIPOS + equipo);
    }
}
