package co.gov.cartagena.ruta.comun;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.Ejemplos;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Ruta corre «como si» fuera 2028, cuando el reloj ya salió del cuatrienio 2024–2027: las reglas que deciden con la
 * fecha de hoy la toman del reloj que reciben, no del sistema. Con la fecha del sistema leída dentro de cada regla,
 * ninguna de estas comprobaciones se podía hacer antes de 2028: todas fallaban en 2026.
 */
class RelojTest {

    /** 10 de marzo de 2028, 10 p. m. en Cartagena: en UTC ya es el 11. */
    private static final Clock EN_2028 = Clock.fixed(Instant.parse("2028-03-11T03:00:00Z"), Hoy.COLOMBIA);

    @Test
    void elRelojDeRutaEsElDelSistemaEnColombia() {
        Clock reloj = new Reloj().reloj();
        assertEquals(Hoy.COLOMBIA, reloj.getZone());
        assertEquals(LocalDate.of(2028, 3, 10), LocalDate.now(EN_2028.withZone(reloj.getZone())));
    }

    @Test
    void en2028ElTableroSeQuedaEnElUltimoDiaDelPlan() {
        LocalDate hoy = LocalDate.now(EN_2028);
        assertEquals(LocalDate.of(2027, 12, 31), ServicioIndicadores.corte(null, null, hoy));
        assertEquals(LocalDate.of(2027, 12, 31), ServicioIndicadores.corte(2027, null, hoy));
        assertEquals(LocalDate.of(2025, 12, 31), ServicioIndicadores.corte(2025, null, hoy));
    }

    @Test
    void en2028SeAbreUnCasoDeHoyYNoUnoDeManana() {
        LocalDate hoy = LocalDate.now(EN_2028);
        Ruta ruta = Ruta.VIOLENCIA_INTRAFAMILIAR;
        assertDoesNotThrow(() -> abrir(ruta, hoy, hoy));
        var e = assertThrows(ReglaIncumplida.class, () -> abrir(ruta, hoy.plusDays(1), hoy));
        assertEquals("fechaApertura", e.campo());
    }

    @Test
    void en2028SeCierraConLaFechaDeHoyEnColombiaAunqueEnUtcYaSeaManana() {
        LocalDate hoy = LocalDate.now(EN_2028);
        Ruta ruta = Ruta.VIOLENCIA_INTRAFAMILIAR;
        Caso c = abrir(ruta, hoy.minusDays(3), hoy);
        var e = assertThrows(ReglaIncumplida.class, () -> c.cerrar(LocalDate.of(2028, 3, 11), "Atendido", "gestora", hoy));
        assertEquals("fechaCierre", e.campo());
        assertDoesNotThrow(() -> c.cerrar(hoy, "Atendido", "gestora", hoy));
        assertEquals(hoy, c.getFechaCierre());
    }

    private static Caso abrir(Ruta ruta, LocalDate apertura, LocalDate hoy) {
        return new Caso("RUTA-2028-000001", ruta, Ejemplos.sedePara(ruta), "gestora", apertura,
                Ejemplos.titularPara(ruta), ruta.definicion().rolPrincipal(), "Relato", Ejemplos.apertura(ruta), null,
                "gestora", hoy);
    }
}
