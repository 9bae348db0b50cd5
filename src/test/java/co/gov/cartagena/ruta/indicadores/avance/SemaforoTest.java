package co.gov.cartagena.ruta.indicadores.avance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SemaforoTest {

    static Semaforo color(String avance, String esperado) {
        return Semaforo.de(Avance.calculado(new BigDecimal(avance)), esperado == null ? null : new BigDecimal(esperado));
    }

    @Test
    void verdeDesdeElNoventaPorCientoDeLoEsperado() {
        assertEquals(Semaforo.VERDE, color("0.45", "0.5"));
        assertEquals(Semaforo.VERDE, color("0.5", "0.5"));
        assertEquals(Semaforo.VERDE, color("1.2", "0.5"));
    }

    @Test
    void amarilloDesdeElSetentaPorCiento() {
        assertEquals(Semaforo.AMARILLO, color("0.449999", "0.5"));
        assertEquals(Semaforo.AMARILLO, color("0.35", "0.5"));
    }

    @Test
    void rojoPorDebajoDelSetentaPorCiento() {
        assertEquals(Semaforo.ROJO, color("0.349999", "0.5"));
        assertEquals(Semaforo.ROJO, color("0", "0.5"));
        assertEquals(Semaforo.ROJO, color("-0.2", "0.5"));
    }

    @Test
    void conMetaCumplidaEsperadaSeComparaConUno() {
        assertEquals(Semaforo.VERDE, color("0.9", "1"));
        assertEquals(Semaforo.AMARILLO, color("0.7", "1"));
        assertEquals(Semaforo.ROJO, color("0.69", "1"));
    }

    @Test
    void siNoSeEsperabaAvanceEsVerde() {
        assertEquals(Semaforo.VERDE, color("0", "0"));
    }

    @Test
    void sinAvanceOSinEsperadoEsSinDatos() {
        assertEquals(Semaforo.SIN_DATOS, Semaforo.de(Avance.sinDatos(), new BigDecimal("0.5")));
        assertEquals(Semaforo.SIN_DATOS, Semaforo.de(Avance.sinCalculo(), new BigDecimal("0.5")));
        assertEquals(Semaforo.SIN_DATOS, Semaforo.de(Avance.sinLineaBase(), new BigDecimal("0.5")));
        assertEquals(Semaforo.SIN_DATOS, Semaforo.de(Avance.noCalculable("la meta es cero"), BigDecimal.ONE));
        assertEquals(Semaforo.SIN_DATOS, color("0.5", null));
    }
}
