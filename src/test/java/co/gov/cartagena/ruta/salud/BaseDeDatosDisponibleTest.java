package co.gov.cartagena.ruta.salud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** La comprobación de «lista» sigue a la base de datos: caída si no hay conexión o si la conexión no responde. */
class BaseDeDatosDisponibleTest {

    private static DataSource fuente(Connection conexion, boolean falla) {
        return (DataSource) Proxy.newProxyInstance(getClass(DataSource.class), new Class<?>[] {DataSource.class},
                (p, m, a) -> {
                    if (m.getName().equals("getConnection")) {
                        if (falla) {
                            throw new SQLException("Connection refused");
                        }
                        return conexion;
                    }
                    throw new UnsupportedOperationException(m.getName());
                });
    }

    private static ClassLoader getClass(Class<?> c) {
        return c.getClassLoader() == null ? BaseDeDatosDisponibleTest.class.getClassLoader() : c.getClassLoader();
    }

    private static Connection conexion(boolean valida) {
        return (Connection) Proxy.newProxyInstance(BaseDeDatosDisponibleTest.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (p, m, a) -> switch (m.getName()) {
                    case "isValid" -> valida;
                    case "close" -> null;
                    default -> throw new UnsupportedOperationException(m.getName());
                });
    }

    @Test
    void listaSoloSiMariaDbResponde() {
        assertEquals(true, BaseDeDatosDisponible.responde(fuente(conexion(true), false)));
        assertEquals(false, BaseDeDatosDisponible.responde(fuente(conexion(false), false)));
        assertEquals(false, BaseDeDatosDisponible.responde(fuente(null, true)));
    }
}
