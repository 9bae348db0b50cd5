package co.gov.cartagena.ruta.sedes;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.Hoy;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SedeTest {

    private static final LocalDate ENERO = LocalDate.of(2024, 1, 15);
    private static final LocalDate JUNIO = LocalDate.of(2024, 6, 30);
    private static final LocalDate AGOSTO = LocalDate.of(2024, 8, 1);

    private static Sede sede(TipoSede tipo) {
        return new Sede(new DatosSede("prueba-01", "Sede de prueba", tipo, null, null, null), null, "admin");
    }

    private static Sede casa() {
        return new Sede(new DatosSede("CJ-X", "Casa de Justicia X", TipoSede.CASA_DE_JUSTICIA, null, null, null), null,
                "admin");
    }

    @Test
    void normalizaElCodigoYElNombreYLaLocalidad() {
        Sede s = new Sede(new DatosSede("  cf-07 ", "  Comisaría 7 ", TipoSede.COMISARIA_DE_FAMILIA,
                "industrial y de la bahia", "  Calle 30 # 1-2 ", null), null, "admin");
        assertEquals("CF-07", s.getCodigo());
        assertEquals("Comisaría 7", s.getNombre());
        assertEquals("Industrial y de la Bahía", s.getLocalidad());
        assertEquals("Calle 30 # 1-2", s.getDireccion());
        assertNull(s.getEstadoActual());
        assertTrue(s.estadoA(JUNIO).isEmpty(), "Sin historia no hay estado a ninguna fecha");
    }

    @Test
    void rechazaCodigosQueNoSirvenDeGrupoDeKeycloak() {
        ReglaIncumplida e = assertThrows(ReglaIncumplida.class, () -> new Sede(new DatosSede("CJ CHIQUINQUIRÁ", "X",
                TipoSede.CASA_DE_JUSTICIA, null, null, null), null, "admin"));
        assertEquals("codigo", e.campo());
        assertTrue(e.getMessage().contains("guiones"), e.getMessage());
        assertEquals("codigo", assertThrows(ReglaIncumplida.class, () -> new Sede(" ", "X", TipoSede.ALBERGUE, null,
                "admin")).campo());
        assertEquals("nombre", assertThrows(ReglaIncumplida.class, () -> new Sede("A-1", " ", TipoSede.ALBERGUE, null,
                "admin")).campo());
        assertEquals("tipo", assertThrows(ReglaIncumplida.class, () -> new Sede("A-1", "Albergue", null, null,
                "admin")).campo());
        assertEquals("localidad", assertThrows(ReglaIncumplida.class, () -> new Sede("A-1", "Albergue",
                TipoSede.ALBERGUE, "Bocagrande", "admin")).campo());
        assertEquals("nombre", assertThrows(ReglaIncumplida.class, () -> new Sede("A-1", "x".repeat(201),
                TipoSede.ALBERGUE, null, "admin")).campo());
    }

    @Test
    void unCentroDeConciliacionEstaAdscritoAUnaCasaDeJusticia() {
        Sede centro = new Sede(new DatosSede("CC-1", "Centro", TipoSede.CENTRO_DE_CONCILIACION, null, null, "CJ-X"),
                casa(), "admin");
        assertEquals("CJ-X", centro.getPadre().getCodigo());

        ReglaIncumplida sinCasa = assertThrows(ReglaIncumplida.class, () -> new Sede(new DatosSede("CC-2", "Centro",
                TipoSede.CENTRO_DE_CONCILIACION, null, null, null), null, "admin"));
        assertEquals("padre", sinCasa.campo());
        assertTrue(sinCasa.getMessage().contains("Casa de Justicia"), sinCasa.getMessage());
        assertThrows(ReglaIncumplida.class, () -> new Sede(new DatosSede("CC-3", "Centro",
                TipoSede.CENTRO_DE_CONCILIACION, null, null, null), sede(TipoSede.COMISARIA_DE_FAMILIA), "admin"));
        ReglaIncumplida otroTipo = assertThrows(ReglaIncumplida.class, () -> new Sede(new DatosSede("CF-9", "Comisaría",
                TipoSede.COMISARIA_DE_FAMILIA, null, null, null), casa(), "admin"));
        assertEquals("padre", otroTipo.campo());
    }

    @Test
    void laHistoriaSeLeeALaFechaDeCorte() {
        Sede s = sede(TipoSede.CASA_DE_JUSTICIA);
        s.cambiarEstado(EstadoSede.EN_CREACION, ENERO, "Se adecúa el inmueble", "admin", HOY);
        s.cambiarEstado(EstadoSede.EN_OPERACION, JUNIO, "Abre al público", "admin", HOY);
        s.cambiarEstado(EstadoSede.CERRADA, AGOSTO, "Se entrega el inmueble", "admin", HOY);

        assertEquals(Optional.empty(), s.estadoA(ENERO.minusDays(1)));
        assertEquals(Optional.of(EstadoSede.EN_CREACION), s.estadoA(ENERO));
        assertEquals(Optional.of(EstadoSede.EN_CREACION), s.estadoA(JUNIO.minusDays(1)));
        assertEquals(Optional.of(EstadoSede.EN_OPERACION), s.estadoA(JUNIO));
        assertEquals(Optional.of(EstadoSede.EN_OPERACION), s.estadoA(AGOSTO.minusDays(1)),
                "Cerrada después del corte: a esa fecha seguía en operación");
        assertEquals(Optional.of(EstadoSede.CERRADA), s.estadoA(AGOSTO));
        assertEquals(EstadoSede.CERRADA, s.getEstadoActual());
        assertEquals(3, s.getHistorialEstados().size());
        assertEquals("Abre al público", s.cambioVigenteA(JUNIO).orElseThrow().getMotivo());
    }

    @Test
    void unaSedeNoEmpiezaCerrada() {
        Sede s = sede(TipoSede.ALBERGUE);
        ReglaIncumplida e = assertThrows(ReglaIncumplida.class,
                () -> s.cambiarEstado(EstadoSede.CERRADA, ENERO, "x", "admin", HOY));
        assertEquals("Una sede no puede empezar cerrada", e.getMessage());
        assertTrue(s.getHistorialEstados().isEmpty());
    }

    @Test
    void rechazaFechasAnterioresAlUltimoCambioYNoCambiaNada() {
        Sede s = sede(TipoSede.COMISARIA_DE_FAMILIA);
        s.cambiarEstado(EstadoSede.EN_OPERACION, JUNIO, "Abre", "admin", HOY);
        ReglaIncumplida e = assertThrows(ReglaIncumplida.class,
                () -> s.cambiarEstado(EstadoSede.SUSPENDIDA, ENERO, "Obras", "admin", HOY));
        assertEquals("desde", e.campo());
        assertTrue(e.getMessage().startsWith("La fecha 15/01/2024 es anterior al último cambio de estado (30/06/2024)"),
                e.getMessage());
        assertEquals(1, s.getHistorialEstados().size());
        assertEquals(EstadoSede.EN_OPERACION, s.getEstadoActual());
    }

    @Test
    void rechazaFechasFuturasYDatosFaltantes() {
        Sede s = sede(TipoSede.COMISARIA_DE_FAMILIA);
        LocalDate manana = HOY.plusDays(1);
        ReglaIncumplida futura = assertThrows(ReglaIncumplida.class,
                () -> s.cambiarEstado(EstadoSede.EN_OPERACION, manana, "Abre", "admin", HOY));
        assertEquals("desde", futura.campo());
        assertTrue(futura.getMessage().contains("es futura"), futura.getMessage());
        assertEquals("estado", assertThrows(ReglaIncumplida.class,
                () -> s.cambiarEstado(null, ENERO, "Abre", "admin", HOY)).campo());
        assertEquals("desde", assertThrows(ReglaIncumplida.class,
                () -> s.cambiarEstado(EstadoSede.EN_OPERACION, null, "Abre", "admin", HOY)).campo());
        assertEquals("motivo", assertThrows(ReglaIncumplida.class,
                () -> s.cambiarEstado(EstadoSede.EN_OPERACION, ENERO, "  ", "admin", HOY)).campo());
        assertEquals("motivo", assertThrows(ReglaIncumplida.class,
                () -> s.cambiarEstado(EstadoSede.EN_OPERACION, ENERO, "m".repeat(501), "admin", HOY)).campo());
        assertTrue(s.getHistorialEstados().isEmpty());
    }

    @Test
    void noRepiteElEstadoActual() {
        Sede s = sede(TipoSede.COMISARIA_DE_FAMILIA);
        s.cambiarEstado(EstadoSede.EN_OPERACION, ENERO, "Abre", "admin", HOY);
        ReglaIncumplida e = assertThrows(ReglaIncumplida.class,
                () -> s.cambiarEstado(EstadoSede.EN_OPERACION, JUNIO, "Otra vez", "admin", HOY));
        assertEquals("La sede ya está en operación desde el 15/01/2024", e.getMessage());
    }

    @Test
    void deCerradaSoloSeSaleConUnaReaperturaExplicita() {
        Sede s = sede(TipoSede.CASA_DE_ACOGIDA);
        s.cambiarEstado(EstadoSede.EN_OPERACION, ENERO, "Abre", "admin", HOY);
        s.cambiarEstado(EstadoSede.CERRADA, JUNIO, "Cierra", "admin", HOY);

        ReglaIncumplida e = assertThrows(ReglaIncumplida.class,
                () -> s.cambiarEstado(EstadoSede.EN_OPERACION, AGOSTO, "Vuelve", "admin", HOY));
        assertEquals("La sede está cerrada desde el 30/06/2024; para volver a abrirla registre una reapertura",
                e.getMessage());
        assertEquals("estado", e.campo());
        assertEquals(2, s.getHistorialEstados().size());

        assertEquals("estado", assertThrows(ReglaIncumplida.class,
                () -> s.reabrir(EstadoSede.CERRADA, AGOSTO, "Vuelve", "admin", HOY)).campo());
        assertEquals("desde", assertThrows(ReglaIncumplida.class,
                () -> s.reabrir(EstadoSede.EN_OPERACION, ENERO, "Vuelve", "admin", HOY)).campo());

        CambioDeEstado reapertura = s.reabrir(EstadoSede.EN_OPERACION, AGOSTO, "Vuelve a abrir", "admin", HOY);
        assertTrue(reapertura.isReapertura());
        assertEquals(Optional.of(EstadoSede.CERRADA), s.estadoA(AGOSTO.minusDays(1)));
        assertEquals(Optional.of(EstadoSede.EN_OPERACION), s.estadoA(AGOSTO));
    }

    @Test
    void soloSeReabreUnaSedeCerrada() {
        Sede s = sede(TipoSede.CASA_DE_ACOGIDA);
        s.cambiarEstado(EstadoSede.EN_OPERACION, ENERO, "Abre", "admin", HOY);
        ReglaIncumplida e = assertThrows(ReglaIncumplida.class,
                () -> s.reabrir(EstadoSede.EN_OPERACION, JUNIO, "x", "admin", HOY));
        assertEquals("Solo se reabre una sede cerrada", e.getMessage());
        assertEquals("reapertura", e.campo());
    }

    @Test
    void unaCorreccionConLaMismaFechaPrevaleceSobreElRegistroAnterior() {
        Sede s = sede(TipoSede.COMISARIA_DE_FAMILIA_MOVIL);
        s.cambiarEstado(EstadoSede.EN_OPERACION, JUNIO, "Sale a terreno", "admin", HOY);
        s.cambiarEstado(EstadoSede.EN_CREACION, JUNIO, "Corrección: aún no salía a terreno", "admin", HOY);
        assertEquals(Optional.of(EstadoSede.EN_CREACION), s.estadoA(JUNIO));
        assertEquals(2, s.getHistorialEstados().size(), "La corrección es un renglón nuevo");
    }

    @Test
    void laDotacionEsSoloDeInspeccionesYEnOrden() {
        Sede casa = sede(TipoSede.CASA_DE_JUSTICIA);
        ReglaIncumplida noEsInspeccion = assertThrows(ReglaIncumplida.class,
                () -> casa.registrarDotacion(true, "Equipos", ENERO, "admin", HOY));
        assertEquals("Solo las Inspecciones de Policía registran dotación; esta sede es Casa de Justicia",
                noEsInspeccion.getMessage());
        assertTrue(casa.getHistorialDotacion().isEmpty());

        Sede ip = sede(TipoSede.INSPECCION_DE_POLICIA);
        ip.cambiarEstado(EstadoSede.EN_OPERACION, ENERO, "Opera", "admin", HOY);
        ip.registrarDotacion(false, "Sin computadores", ENERO, "admin", HOY);
        ip.registrarDotacion(true, "Computadores, mobiliario y vehículo", JUNIO, "admin", HOY);
        assertFalse(ip.dotacionA(JUNIO.minusDays(1)).orElseThrow().isCompleta());
        assertTrue(ip.dotacionA(JUNIO).orElseThrow().isCompleta());
        assertTrue(ip.dotacionA(ENERO.minusDays(1)).isEmpty());

        ReglaIncumplida atrasada = assertThrows(ReglaIncumplida.class,
                () -> ip.registrarDotacion(false, "Robo de equipos", ENERO, "admin", HOY));
        assertEquals("desde", atrasada.campo());
        assertEquals("detalle", assertThrows(ReglaIncumplida.class,
                () -> ip.registrarDotacion(false, " ", AGOSTO, "admin", HOY)).campo());
        assertEquals(2, ip.getHistorialDotacion().size());

        ip.cambiarEstado(EstadoSede.CERRADA, AGOSTO, "Cierra", "admin", HOY);
        assertThrows(ReglaIncumplida.class, () -> ip.registrarDotacion(true, "Equipos", AGOSTO, "admin", HOY));
    }

    @Test
    void corregirDatosDiceQueCambioYNoTocaCodigoNiTipo() {
        Sede s = new Sede("IP-99", "Inspección de Policía 99", TipoSede.INSPECCION_DE_POLICIA, null, "migracion");
        List<CampoCambiado> cambios = s.corregirDatos("Inspección de Policía de Pasacaballos", "Calle principal",
                "Industrial y de la Bahía", "admin");
        assertEquals(List.of(
                new CampoCambiado("nombre", "Inspección de Policía 99", "Inspección de Policía de Pasacaballos"),
                new CampoCambiado("direccion", null, "Calle principal"),
                new CampoCambiado("localidad", null, "Industrial y de la Bahía")), cambios);
        assertEquals("IP-99", s.getCodigo());
        assertEquals(TipoSede.INSPECCION_DE_POLICIA, s.getTipo());
        assertTrue(s.corregirDatos(" Inspección de Policía de Pasacaballos ", "Calle principal",
                "industrial y de la bahía", "admin").isEmpty(), "Sin cambios reales no hay nada que auditar");
        assertEquals("localidad", assertThrows(ReglaIncumplida.class,
                () -> s.corregirDatos("X", null, "Marte", "admin")).campo());
        assertEquals("Inspección de Policía de Pasacaballos", s.getNombre(), "Un dato inválido no cambia nada");
    }
}
