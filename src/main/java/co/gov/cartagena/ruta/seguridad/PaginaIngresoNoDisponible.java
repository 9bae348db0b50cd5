package co.gov.cartagena.ruta.seguridad;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * La página que recibe quien quiere ingresar mientras Keycloak no responde ({@link IngresoSinKeycloak}). La escribe la
 * capa web ({@code web/IngresoNoDisponible}), dueña de los textos de las páginas: seguridad solo dice cuándo.
 */
public interface PaginaIngresoNoDisponible {

    /** Escribe la respuesta 503 con la página que lo dice y cómo intentar de nuevo. */
    void escribir(HttpServletRequest peticion, HttpServletResponse respuesta);
}
