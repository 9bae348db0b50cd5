package co.gov.cartagena.ruta.sedes;

import co.gov.cartagena.ruta.seguridad.Usuario;
import java.util.List;
import java.util.UUID;

/**
 * Quién actúa en las pruebas dentro del servidor (allí no hay sesión ni token: la prueba fija el usuario de la
 * petición con {@code UsuarioActual.establecer}) y códigos de sede únicos para que cada prueba arme sus datos.
 */
final class Actores {

    private Actores() {
    }

    static Usuario administrador() {
        return Usuario.deClaims("admin.pruebas", "Administradora de pruebas", null, List.of("administrador"),
                List.of("/sedes/SICC"));
    }

    static Usuario gestor() {
        return Usuario.deClaims("gestor.pruebas", "Gestor de pruebas", null, List.of("gestor"),
                List.of("/sedes/CJ-CANAPOTE"));
    }

    /** Un código nuevo con el prefijo dado, p. ej. {@code CF-3FA2C1}. */
    static String codigo(String prefijo) {
        return prefijo + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }
}
