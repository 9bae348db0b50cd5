package co.gov.cartagena.ruta.casos;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.Hoy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Los términos de ley de la solicitud de medida de protección: cuál corre, cuándo vence y cuándo está en riesgo. */
class TerminosDeComisariaTest {

    private static Caso solicitud(LocalDate apertura) {
        return solicitud(apertura, HOY);
    }

    private static Caso solicitud(LocalDate apertura, LocalDate hoy) {
        Ruta ruta = Ruta.VIOLENCIA_INTRAFAMILIAR;
        return new Caso("RUTA-2026-000001", ruta, Ejemplos.sedePara(ruta), "gestor", apertura,
                Ejemplos.titularPara(ruta), ruta.definicion().rolPrincipal(), "Relato", Ejemplos.apertura(ruta), null,
                "gestor", hoy);
    }

    private static Instant mediodia(LocalDate dia) {
        return dia.atTime(LocalTime.NOON).atZone(Hoy.COLOMBIA).toInstant();
    }

    @Test
    void unaSolicitudRecienRegistradaTieneCuatroHorasParaLaMedidaProvisional() {
        Caso c = solicitud(HOY);
        var t = TerminosDeComisaria.enRiesgo(c, c.getCreadoEn().plus(Duration.ofHours(1))).orElseThrow();
        assertEquals(TerminosDeComisaria.Termino.MEDIDA_PROVISIONAL, t.termino());
        assertEquals(c.getCreadoEn().plus(Duration.ofHours(4)), t.vence().toInstant());
        assertFalse(t.vencido());
        assertFalse(t.porDias());

        var tarde = TerminosDeComisaria.enRiesgo(c, c.getCreadoEn().plus(Duration.ofHours(5))).orElseThrow();
        assertEquals(TerminosDeComisaria.Termino.MEDIDA_PROVISIONAL, tarde.termino());
        assertTrue(tarde.vencido(), "Pasadas cuatro horas sin medida ni audiencia, el término venció");
    }

    @Test
    void conLaMedidaProvisionalCorreSoloLaAudienciaYSeAvisaTresDiasAntes() {
        LocalDate apertura = HOY;
        Caso c = solicitud(apertura);
        c.cambiarEstado("MEDIDA_PROVISIONAL", Map.of("medidaProvisional", "Desalojo del agresor"), null, "gestor", HOY);

        assertTrue(TerminosDeComisaria.enRiesgo(c, mediodia(apertura.plusDays(6))).isEmpty(),
                "Faltan cuatro días para el término de la audiencia: aún no está en riesgo");
        var aviso = TerminosDeComisaria.enRiesgo(c, mediodia(apertura.plusDays(7))).orElseThrow();
        assertEquals(TerminosDeComisaria.Termino.AUDIENCIA, aviso.termino());
        assertEquals(apertura.plusDays(10), aviso.vence().toLocalDate());
        assertTrue(aviso.porDias());
        assertFalse(aviso.vencido());
        assertFalse(TerminosDeComisaria.enRiesgo(c, mediodia(apertura.plusDays(10))).orElseThrow().vencido(),
                "El día del término todavía no ha vencido");
        assertTrue(TerminosDeComisaria.enRiesgo(c, mediodia(apertura.plusDays(11))).orElseThrow().vencido());
    }

    @Test
    void unaSolicitudRegistradaTardeMuestraElTerminoQueVencePrimero() {
        // Se registra hoy una solicitud recibida hace doce días: la audiencia ya debió hacerse.
        // El plazo de la medida corre desde que se registra (creado_en, del reloj del sistema): hoy es el de la creación.
        LocalDate registro = LocalDate.now(co.gov.cartagena.ruta.comun.Hoy.COLOMBIA);
        Caso c = solicitud(registro.minusDays(12), registro);
        var t = TerminosDeComisaria.enRiesgo(c, c.getCreadoEn().plus(Duration.ofMinutes(5))).orElseThrow();
        assertEquals(TerminosDeComisaria.Termino.AUDIENCIA, t.termino());
        assertTrue(t.vencido());
    }

    @Test
    void conLaAudienciaCitadaOElCasoAnuladoNoCorreNingunTermino() {
        LocalDate apertura = HOY;
        Caso citada = solicitud(apertura);
        citada.cambiarEstado("AUDIENCIA", Map.of("fechaAudiencia", apertura.toString()), null, "gestor", HOY);
        assertTrue(TerminosDeComisaria.enRiesgo(citada, mediodia(apertura.plusDays(30))).isEmpty());

        Caso anulada = solicitud(apertura);
        anulada.anular("Registrada por error", "gestor");
        assertTrue(TerminosDeComisaria.enRiesgo(anulada, anulada.getCreadoEn()).isEmpty());
    }

    @Test
    void otraRutaNoTieneTerminosDeComisaria() {
        Ruta ruta = Ruta.CASA_DE_JUSTICIA;
        Caso c = new Caso("RUTA-2026-000002", ruta, Ejemplos.sedePara(ruta), "gestor", HOY,
                Ejemplos.titularPara(ruta), ruta.definicion().rolPrincipal(), null, Ejemplos.apertura(ruta), null,
                "gestor", HOY);
        assertTrue(TerminosDeComisaria.enRiesgo(c, c.getCreadoEn().plus(Duration.ofDays(30))).isEmpty());
    }

    @Test
    void laConsultaTraeJustoLasAperturasQueLaReglaPoneEnRiesgo() {
        LocalDate hoy = HOY;
        LocalDate limite = TerminosDeComisaria.aperturaEnRiesgoHasta(hoy);
        Caso enElLimite = solicitud(limite);
        enElLimite.cambiarEstado("MEDIDA_PROVISIONAL", Map.of("medidaProvisional", "Protección"), null, "gestor", HOY);
        Caso despues = solicitud(limite.plusDays(1));
        despues.cambiarEstado("MEDIDA_PROVISIONAL", Map.of("medidaProvisional", "Protección"), null, "gestor", HOY);
        assertTrue(TerminosDeComisaria.enRiesgo(enElLimite, mediodia(hoy)).isPresent());
        assertTrue(TerminosDeComisaria.enRiesgo(despues, mediodia(hoy)).isEmpty());
    }
}
