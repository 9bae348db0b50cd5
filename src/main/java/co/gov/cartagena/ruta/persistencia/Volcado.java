package co.gov.cartagena.ruta.persistencia;

import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Vuelca a la base los cambios pendientes de un servicio y da a cada falla su propio mensaje: otra persona guardó
 * antes (conflicto de versión), el registro ya existe (clave única), un texto no cabe en su columna. Un choque entre
 * transacciones o una base caída salen tal cual, para que {@link ReintentoDeUnidadDeTrabajo} repita o responda «no
 * disponible». Cualquier otra falla sigue su camino (es un error del programa, no del usuario).
 */
public final class Volcado {

    private static final int DUPLICADO = 1062;
    private static final int DEMASIADO_LARGO = 1406;

    private Volcado() {
    }

    /**
     * @param volcar      el {@code flush} del repositorio
     * @param que         lo que se estaba guardando, para el mensaje de conflicto («el caso RUTA-2026-000001»)
     * @param siDuplicado el mensaje si una clave única ya existía (formulario enviado dos veces, código repetido…)
     */
    public static void volcar(Runnable volcar, Texto que, Texto siDuplicado) {
        try {
            volcar.run();
        } catch (OptimisticLockException e) {
            throw new ConflictoEdicion(que);
        } catch (PersistenceException e) {
            if (FallaTransitoria.es(e)) {
                throw e;
            }
            if (tieneCodigo(e, DUPLICADO)) {
                throw new ReglaIncumplida(siDuplicado);
            }
            if (tieneCodigo(e, DEMASIADO_LARGO)) {
                throw new ReglaIncumplida(Texto.de("persistencia.textoMuyLargo"));
            }
            throw e;
        }
    }

    private static boolean tieneCodigo(Throwable error, int codigo) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() == codigo) {
                return true;
            }
        }
        return false;
    }
}
