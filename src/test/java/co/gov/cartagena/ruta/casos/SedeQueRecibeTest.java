package co.gov.cartagena.ruta.casos;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.sedes.EstadoSede;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.sedes.TipoSede;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SedeQueRecibeTest {

    private static final LocalDate CREADA = LocalDate.of(2024, 1, 10);
    private static final LocalDate OPERA = LocalDate.of(2024, 3, 1);
    private static final LocalDate SUSPENDIDA = LocalDate.of(2024, 9, 1);
    private static final LocalDate REANUDA = LocalDate.of(2024, 10, 15);
    private static final LocalDate CIERRA = LocalDate.of(2025, 2, 1);

    private static Sede comisaria() {
        Sede s = new Sede("CF-09", "Comisaría de Familia 9", TipoSede.COMISARIA_DE_FAMILIA, null, "admin");
        s.cambiarEstado(EstadoSede.EN_CREACION, CREADA, "Acto de creación", "admin", HOY);
        s.cambiarEstado(EstadoSede.EN_OPERACION, OPERA, "Abre al público", "admin", HOY);
        s.cambiarEstado(EstadoSede.SUSPENDIDA, SUSPENDIDA, "Obras", "admin", HOY);
        s.cambiarEstado(EstadoSede.EN_OPERACION, REANUDA, "Termina la obra", "admin", HOY);
        s.cambiarEstado(EstadoSede.CERRADA, CIERRA, "Se fusiona con la 1", "admin", HOY);
        return s;
    }

    @Test
    void soloSeAbreEnUnaSedeQueOperabaALaFechaDeApertura() {
        Sede s = comisaria();
        assertDoesNotThrow(() -> SedeQueRecibe.paraAbrir(s, OPERA));
        assertDoesNotThrow(() -> SedeQueRecibe.paraAbrir(s, SUSPENDIDA.minusDays(1)));
        assertDoesNotThrow(() -> SedeQueRecibe.paraAbrir(s, REANUDA));
        assertDoesNotThrow(() -> SedeQueRecibe.paraAbrir(s, CIERRA.minusDays(1)));

        ReglaIncumplida enCreacion = assertThrows(ReglaIncumplida.class, () -> SedeQueRecibe.paraAbrir(s, OPERA.minusDays(1)));
        assertEquals("sede", enCreacion.campo());
        assertEquals("No se puede abrir el caso en Comisaría de Familia 9: el 29/02/2024 la sede estaba en creación."
                + " Solo las sedes en operación reciben casos.", enCreacion.getMessage());
        assertEquals("No se puede abrir el caso en Comisaría de Familia 9: el 01/10/2024 la sede estaba suspendida."
                + " Solo las sedes en operación reciben casos.", assertThrows(ReglaIncumplida.class,
                        () -> SedeQueRecibe.paraAbrir(s, LocalDate.of(2024, 10, 1))).getMessage());
        assertEquals("No se puede abrir el caso en Comisaría de Familia 9: el 01/02/2025 la sede estaba cerrada."
                + " Solo las sedes en operación reciben casos.", assertThrows(ReglaIncumplida.class,
                        () -> SedeQueRecibe.paraAbrir(s, CIERRA)).getMessage());
        assertEquals("No se puede abrir el caso en Comisaría de Familia 9: el 01/01/2024 la sede no tenía estado"
                + " registrado. Solo las sedes en operación reciben casos.", assertThrows(ReglaIncumplida.class,
                        () -> SedeQueRecibe.paraAbrir(s, LocalDate.of(2024, 1, 1))).getMessage());
    }

    @Test
    void soloSeTrasladaAUnaSedeQueOperaElDiaDelTraslado() {
        Sede s = comisaria();
        assertDoesNotThrow(() -> SedeQueRecibe.paraTrasladar(s, REANUDA.plusDays(3)));
        ReglaIncumplida cerrada = assertThrows(ReglaIncumplida.class,
                () -> SedeQueRecibe.paraTrasladar(s, CIERRA.plusDays(3)));
        assertEquals("sede", cerrada.campo());
        assertEquals("No se puede trasladar el caso a Comisaría de Familia 9: el 04/02/2025 la sede estaba cerrada."
                + " Solo las sedes en operación reciben casos.", cerrada.getMessage());
        Sede sinHistoria = new Sede("CF-10", "Comisaría de Familia 10", TipoSede.COMISARIA_DE_FAMILIA, null, "admin");
        assertThrows(ReglaIncumplida.class, () -> SedeQueRecibe.paraTrasladar(sinHistoria, REANUDA));
    }
}
