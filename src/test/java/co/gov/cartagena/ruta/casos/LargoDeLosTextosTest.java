package co.gov.cartagena.ruta.casos;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Cada texto que el usuario escribe en un caso se revisa contra el tamaño de su columna (V2__personas_y_casos.sql)
 * antes de llegar a la base: el error nombra el campo, dice el máximo y no cambia nada. Antes, un motivo de 501
 * caracteres llegaba a MariaDB y volvía como «Este formulario ya se envió».
 */
class LargoDeLosTextosTest {

    private static final Ruta RUTA = Ruta.VIOLENCIA_INTRAFAMILIAR;

    private static Caso abierto() {
        return new Caso("RUTA-2025-000001", RUTA, Ejemplos.sedePara(RUTA), "gestora", Ejemplos.APERTURA,
                Ejemplos.titularPara(RUTA), RUTA.definicion().rolPrincipal(), "Relato", Ejemplos.apertura(RUTA), null,
                "gestora", HOY);
    }

    private static void rechaza(Executable accion, String campo, int maximo) {
        ReglaIncumplida e = assertThrows(ReglaIncumplida.class, accion);
        assertEquals(campo, e.campo());
        assertTrue(e.getMessage().contains("pasar de " + maximo + " caracteres"), e.getMessage());
        assertFalse(e.getMessage().contains("ya se envió"), e.getMessage());
        assertFalse(e.mensaje(Locale.ENGLISH).contains("no puede"), e.mensaje(Locale.ENGLISH));
    }

    @Test
    void elMotivoDeCierreYDeAnulacionCabeEn500Caracteres() {
        Caso c = abierto();
        rechaza(() -> c.cerrar(Ejemplos.APERTURA, "x".repeat(501), "gestora", HOY), "motivo", 500);
        rechaza(() -> c.anular("x".repeat(600), "gestora"), "motivo", 500);
        assertFalse(c.cerrado());
        assertFalse(c.isAnulado());
        // los espacios de los lados no cuentan (no se guardan), y 500 caben justo
        assertDoesNotThrow(() -> c.cerrar(Ejemplos.APERTURA, "  " + "x".repeat(500) + "  ", "gestora", HOY));
        rechaza(() -> c.reabrir("x".repeat(501), "gestora"), "motivo", 500);
        assertTrue(c.cerrado());
    }

    @Test
    void unCaracterFueraDelPlanoBasicoCuentaUnoComoEnMariaDb() {
        Caso c = abierto();
        assertDoesNotThrow(() -> c.anular("🙂".repeat(500), "gestora"));
    }

    @Test
    void elGestorCabeEn100Caracteres() {
        Caso c = abierto();
        rechaza(() -> c.asignarA("g".repeat(101), "coordinadora"), "gestor", 100);
        assertEquals("gestora", c.getGestor());
    }

    @Test
    void laAtencionLaRemisionYElSeguimientoRevisanSusTextos() {
        Caso c = abierto();
        String tipo = RUTA.definicion().tiposAtencion().stream()
                .filter(t -> RUTA.definicion().estadosParaAtencion(t).contains(c.getEstado())).findFirst()
                .orElseThrow();
        rechaza(() -> c.registrarAtencion(tipo, Ejemplos.APERTURA, null, "n".repeat(Caso.TEXTO_LARGO + 1), "g", null, HOY),
                "notas", Caso.TEXTO_LARGO);
        Atencion a = c.registrarAtencion(tipo, Ejemplos.APERTURA, null, "notas", "g", null, HOY);
        rechaza(() -> c.anularAtencion(a, "m".repeat(501), "g"), "motivo", 500);
        assertFalse(a.isAnulada());

        rechaza(() -> c.remitir(EntidadRemision.FISCALIA, null, Ejemplos.APERTURA, "m".repeat(1001), false, null, "g",
                null, HOY), "motivo", 1000);
        rechaza(() -> c.programarSeguimiento("d".repeat(1001), Ejemplos.APERTURA, "g"), "descripcion", 1000);
        Seguimiento s = c.programarSeguimiento("Llamar", Ejemplos.APERTURA, "g");
        rechaza(() -> c.cumplirSeguimiento(s, Ejemplos.APERTURA, "r".repeat(1001), "g", HOY), "resultado", 1000);
    }

    @Test
    void laNarrativaCabeEnSuColumnaText() {
        Caso c = abierto();
        rechaza(() -> c.actualizar("n".repeat(Caso.TEXTO_LARGO + 1), Ejemplos.apertura(RUTA), "g", HOY), "narrativa",
                Caso.TEXTO_LARGO);
        rechaza(() -> new Caso("R", RUTA, Ejemplos.sedePara(RUTA), "gestora", Ejemplos.APERTURA,
                Ejemplos.titularPara(RUTA), RUTA.definicion().rolPrincipal(), "n".repeat(Caso.TEXTO_LARGO + 1),
                Ejemplos.apertura(RUTA), null, "gestora", HOY), "narrativa", Caso.TEXTO_LARGO);
    }
}
