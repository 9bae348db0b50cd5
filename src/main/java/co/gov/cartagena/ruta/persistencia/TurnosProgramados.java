package co.gov.cartagena.ruta.persistencia;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Que una tarea programada corra una sola vez en el clúster aunque cada instancia dispare su temporizador: la primera
 * instancia que inserta la fila (tarea, minuto programado) en {@code turno_programado} la corre; a las demás la clave
 * primaria de MariaDB les rechaza la inserción y no la corren. La base es la que ya comparten todas las instancias, la
 * garantía es la de su clave primaria y cada turno queda con la instancia que lo corrió. El minuto se toma del reloj de
 * MariaDB (uno solo para todas). Ver docs/dos-instancias.md.
 */
@ApplicationScoped
public class TurnosProgramados {

    private static final Logger LOG = Logger.getLogger(TurnosProgramados.class.getName());

    /** Esta instancia en los registros: proceso@máquina. */
    static final String INSTANCIA = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource datos;

    /**
     * Toma el turno de este minuto para la tarea; {@code true} si esta instancia debe correrla, {@code false} si otra
     * ya lo tomó. Quien llama no debe estar en una transacción (los temporizadores son
     * {@code NOT_SUPPORTED}): así el turno se confirma enseguida y queda tomado aunque la tarea falle.
     */
    public boolean tomar(String tarea) {
        try (Connection c = datos.getConnection(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO turno_programado (tarea, turno, instancia) "
                        + "VALUES (?, DATE_FORMAT(UTC_TIMESTAMP(), '%Y-%m-%d %H:%i:00'), ?)")) {
            s.setString(1, tarea);
            s.setString(2, INSTANCIA);
            s.executeUpdate();
            LOG.info(() -> "Tarea " + tarea + ": esta instancia (" + INSTANCIA + ") toma el turno y la corre");
            return true;
        } catch (SQLIntegrityConstraintViolationException otra) {
            LOG.info(() -> "Tarea " + tarea + ": el turno ya lo tomó otra instancia; esta (" + INSTANCIA
                    + ") no la corre");
            return false;
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo tomar el turno de la tarea " + tarea, e);
        }
    }
}
