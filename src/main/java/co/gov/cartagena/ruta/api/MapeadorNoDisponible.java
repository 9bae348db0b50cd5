package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.ServicioNoDisponible;
import co.gov.cartagena.ruta.persistencia.FallaTransitoria;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * Una falla pasajera (base de datos caída, choques que los reintentos no resolvieron, una consulta que pasó el tope
 * de tiempo) sale como 503 con
 * {@code Retry-After} y un mensaje en español: el cliente puede repetir la misma petición (con la misma
 * {@code Idempotency-Key}) y nada queda a medias.
 */
@Provider
public class MapeadorNoDisponible implements ExceptionMapper<ServicioNoDisponible> {

    private static final Logger LOG = Logger.getLogger(MapeadorNoDisponible.class.getName());

    @Override
    public Response toResponse(ServicioNoDisponible error) {
        return respuesta(error);
    }

    /** La respuesta 503 para una {@link ServicioNoDisponible} o una falla transitoria que llegó sin envolver. */
    static Response respuesta(Throwable error) {
        ServicioNoDisponible nd = FallaTransitoria.comoNoDisponible(error);
        LOG.warning(() -> "Servicio no disponible (503): " + causaRaiz(error));
        Response base = ErrorApi.respuesta(Response.Status.SERVICE_UNAVAILABLE, "no_disponible", nd.getMessage());
        return Response.fromResponse(base).header(HttpHeaders.RETRY_AFTER, ServicioNoDisponible.ESPERA_SUGERIDA)
                .build();
    }

    private static String causaRaiz(Throwable t) {
        Throwable r = t;
        while (r.getCause() != null && r.getCause() != r) {
            r = r.getCause();
        }
        return r.getClass().getSimpleName() + ": " + r.getMessage();
    }
}
