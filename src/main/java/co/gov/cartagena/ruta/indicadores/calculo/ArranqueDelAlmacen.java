package co.gov.cartagena.ruta.indicadores.calculo;

import co.gov.cartagena.ruta.indicadores.calculo.Almacen;
import co.gov.cartagena.ruta.persistencia.FuenteDeDatos;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Al arrancar: si el almacén de indicadores está vacío pero ya hay casos o actividades (una base que viene de una
 * versión anterior, o datos cargados por fuera), lo construye una vez desde los registros crudos.
 */
@Startup
@Singleton
@DependsOn("MigracionesEsquema")
public class ArranqueDelAlmacen {

    private static final Logger LOG = Logger.getLogger(ArranqueDelAlmacen.class.getName());

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource datos;

    @PostConstruct
    void construirSiFalta() {
        try (Connection c = datos.getConnection(); Statement s = c.createStatement()) {
            boolean vacio;
            try (ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM indicador_hecho) "
                    + "AND (EXISTS (SELECT 1 FROM caso) OR EXISTS (SELECT 1 FROM actividad))")) {
                rs.next();
                vacio = rs.getBoolean(1);
            }
            if (vacio) {
                long inicio = System.nanoTime();
                Almacen.reconstruir(c);
                LOG.info(() -> "Almacén de indicadores construido desde los registros en "
                        + (System.nanoTime() - inicio) / 1_000_000 + " ms");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo revisar el almacén de indicadores", e);
        }
    }
}
