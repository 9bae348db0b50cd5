package co.gov.cartagena.ruta.persistencia;

import co.gov.cartagena.ruta.comun.ServicioNoDisponible;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLTransientException;

/**
 * Reconoce, en la cadena de causas de una excepción, las fallas de la base de datos que no son culpa de la operación:
 * un choque entre transacciones (se puede repetir la transacción entera) o una base que no responde (se responde
 * «no disponible» sin esperar). Todo lo demás (una regla, un dato duplicado, un error de programación) no es
 * transitorio y no se repite.
 */
public final class FallaTransitoria {

    /** ER_LOCK_DEADLOCK, ER_LOCK_WAIT_TIMEOUT, ER_AUTOINC_READ_FAILED (un INSERT … SELECT abortado por bloqueo). */
    private static final int[] CODIGOS_DE_CHOQUE = {1213, 1205, 1467};

    /** max_statement_time superado. */
    private static final int ER_STATEMENT_TIMEOUT = 1969;
    /** Sentencia interrumpida (KILL QUERY, el otro modo de cortar una sentencia por tiempo). */
    private static final int ER_QUERY_INTERRUPTED = 1317;

    private FallaTransitoria() {
    }

    /** Un choque con otra transacción: repetir la unidad de trabajo entera lo resuelve. */
    public static boolean esChoque(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException s) {
                for (int codigo : CODIGOS_DE_CHOQUE) {
                    if (s.getErrorCode() == codigo) {
                        return true;
                    }
                }
                if ("40001".equals(s.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** La base de datos no responde o no hay conexión: repetir al instante no sirve. */
    public static boolean esBaseCaida(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLNonTransientConnectionException || t instanceof SQLTransientConnectionException
                    || t instanceof SQLRecoverableException || t instanceof java.net.ConnectException
                    || t instanceof java.net.SocketException) {
                return true;
            }
            if (t instanceof SQLException s && s.getSQLState() != null && s.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof SQLException && !(t instanceof SQLTransientException) && t.getMessage() != null
                    && t.getMessage().contains("allocating a connection")) {
                // El pool de Payara no pudo dar una conexión (la base no acepta conexiones nuevas).
                return true;
            }
            String clase = t.getClass().getName();
            if (clase.endsWith("PoolingException") || clase.endsWith("ResourceAllocationException")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Una sentencia que pasó el tope de tiempo ({@link AjustesDeSesion#TOPE_DE_SENTENCIA_SEGUNDOS}) y MariaDB detuvo:
     * no se repite (tardaría lo mismo), y no deja nada a medias.
     */
    public static boolean esSentenciaLarga(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLTimeoutException) {
                return true;
            }
            if (t instanceof SQLException s && (s.getErrorCode() == ER_STATEMENT_TIMEOUT
                    || s.getErrorCode() == ER_QUERY_INTERRUPTED)) {
                return true;
            }
        }
        return false;
    }

    /** Cualquiera de las dos primeras: un choque o la base caída. */
    public static boolean es(Throwable error) {
        return esChoque(error) || esBaseCaida(error);
    }

    /**
     * La falla pasajera como la ve quien la sufrió: la misma {@link ServicioNoDisponible} si ya lo es (o la envuelve),
     * o la que corresponde a su causa (base caída, sentencia que pasó el tope, choques). El único lugar que elige el
     * mensaje: lo usan el reintento de la unidad de trabajo, el mapeador de la API y los mensajes de las páginas.
     */
    public static ServicioNoDisponible comoNoDisponible(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServicioNoDisponible nd) {
                return nd;
            }
        }
        return esBaseCaida(error) ? ServicioNoDisponible.baseDeDatos(error)
                : esSentenciaLarga(error)
                        ? ServicioNoDisponible.consultaLarga(AjustesDeSesion.TOPE_DE_SENTENCIA_SEGUNDOS, error)
                : ServicioNoDisponible.congestion(error);
    }

    /**
     * Una falla pasajera (un choque, la base caída o una sentencia que pasó el tope de tiempo), sin envolver o ya
     * convertida en {@link ServicioNoDisponible} por un servicio.
     */
    public static boolean esPasajera(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ServicioNoDisponible) {
                return true;
            }
        }
        return es(error) || esSentenciaLarga(error);
    }
}
