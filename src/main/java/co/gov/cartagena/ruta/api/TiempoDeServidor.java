package co.gov.cartagena.ruta.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;

/**
 * Cabecera {@code Server-Timing: app;dur=<ms>} en cada respuesta de la API: el tiempo del servidor, sin la red. La
 * usa el benchmark de los indicadores y sirve para vigilar el rendimiento en producción.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class TiempoDeServidor implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String INICIO = TiempoDeServidor.class.getName() + ".inicio";

    @Override
    public void filter(ContainerRequestContext peticion) {
        peticion.setProperty(INICIO, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext peticion, ContainerResponseContext respuesta) {
        Object inicio = peticion.getProperty(INICIO);
        if (inicio instanceof Long t) {
            respuesta.getHeaders().putSingle("Server-Timing",
                    String.format(Locale.ROOT, "app;dur=%.1f", (System.nanoTime() - t) / 1_000_000.0));
        }
    }
}
