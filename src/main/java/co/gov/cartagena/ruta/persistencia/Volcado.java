package co.gov.cartagena.ruta.persistencia;

import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Vuelca a la base los cambios pendientes de un servicio y da a cada falla su propio mensaje: otra persona guardó
 * antes (conflicto de versión), el formulario ya se envió (la clave de envío, {@code uk_*_envio}, ya existe), otro
 * dato único ya existe (código, documento, la misma persona con el mismo papel), un dato elegido ya no existe o un
 * registro en uso no se puede quitar (claves foráneas), falta un dato, un número no cabe, un texto no cabe en su
 * columna. Un choque entre transacciones, una base caída o una sentencia que pasó su tope salen tal cual, para que
 * {@link ReintentoDeUnidadDeTrabajo} repita o responda «no disponible». Cualquier otra falla sigue su camino (es un
 * error del programa, no del usuario).
 *
 * <p>Los textos largos se revisan antes, en la entidad ({@link ReglaIncumplida#exigirHasta}), para que el mensaje
 * nombre el campo; el de aquí es la red de abajo.
 */
public final class Volcado {

    /** ER_DUP_ENTRY. */
    private static final int DUPLICADO = 1062;
    /** ER_DATA_TOO_LONG. */
    private static final int DEMASIADO_LARGO = 1406;
    /** ER_ROW_IS_REFERENCED_2: se quita un registro que otros usan. */
    private static final int EN_USO = 1451;
    /** ER_NO_REFERENCED_ROW_2: se guarda una referencia a un registro que no existe. */
    private static final int REFERENCIA_ROTA = 1452;
    /** ER_BAD_NULL_ERROR. */
    private static final int NULO = 1048;
    /** ER_WARN_DATA_OUT_OF_RANGE, WARN_DATA_TRUNCATED, ER_CONSTRAINT_FAILED (CHECK). */
    private static final int[] FUERA_DE_RANGO = {1264, 1265, 4025};

    /** «Duplicate entry 'x' for key 'uk_caso_envio'» (MariaDB) o «… for key 'caso.uk_caso_envio'» (MySQL 8). */
    private static final Pattern CLAVE_DUPLICADA = Pattern.compile("for key '(?:[^'.]*\\.)?([^']+)'");

    private Volcado() {
    }

    /**
     * @param volcar      el {@code flush} del repositorio
     * @param que         lo que se estaba guardando, para el mensaje de conflicto («el caso RUTA-2026-000001»)
     * @param siDuplicado el mensaje si se repitió una clave única de los datos (código, documento…); si la repetida
     *                    es una clave de envío, el mensaje es siempre «Este formulario ya se envió…»
     */
    public static void volcar(Runnable volcar, Texto que, Texto siDuplicado) {
        try {
            volcar.run();
        } catch (OptimisticLockException e) {
            throw new ConflictoEdicion(que);
        } catch (PersistenceException e) {
            throw traducida(e, siDuplicado);
        }
    }

    /**
     * La falla con el mensaje que le corresponde, o la misma si no es culpa de los datos (pasajera, o un error del
     * programa). Pública para probarla sin base de datos.
     */
    public static RuntimeException traducida(PersistenceException e, Texto siDuplicado) {
        if (FallaTransitoria.esPasajera(e)) {
            return e;
        }
        Optional<SQLException> sql = causaSql(e);
        if (sql.isEmpty()) {
            return e;
        }
        int codigo = sql.get().getErrorCode();
        if (codigo == DUPLICADO) {
            return clave(sql.get()).filter(c -> c.endsWith("_envio")).isPresent()
                    ? new ReglaIncumplida(Texto.de("persistencia.formularioYaSeEnvio"))
                    : new ReglaIncumplida(siDuplicado);
        }
        if (codigo == DEMASIADO_LARGO) {
            return new ReglaIncumplida(Texto.de("persistencia.textoMuyLargo"));
        }
        if (codigo == REFERENCIA_ROTA) {
            return new ReglaIncumplida(Texto.de("persistencia.referenciaNoExiste"));
        }
        if (codigo == EN_USO) {
            return new ReglaIncumplida(Texto.de("persistencia.registroEnUso"));
        }
        if (codigo == NULO) {
            return new ReglaIncumplida(Texto.de("persistencia.faltaDato"));
        }
        for (int c : FUERA_DE_RANGO) {
            if (codigo == c) {
                return new ReglaIncumplida(Texto.de("persistencia.datoFueraDeRango"));
            }
        }
        return e;
    }

    /** La primera {@link SQLException} de la cadena con un código de error de MariaDB. */
    private static Optional<SQLException> causaSql(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s && s.getErrorCode() != 0) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** El nombre de la clave única repetida, del mensaje de MariaDB. */
    private static Optional<String> clave(SQLException e) {
        Matcher m = CLAVE_DUPLICADA.matcher(String.valueOf(e.getMessage()));
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }
}
