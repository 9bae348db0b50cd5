package co.gov.cartagena.ruta.actividades;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.Hoy;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.sedes.TipoSede;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Las reglas que guarda la propia actividad y su tipo, sin base de datos. */
class ActividadTest {

    private static final Sede SEDE = new Sede("CJ-CANAPOTE", "Casa de Justicia de Canapote", TipoSede.CASA_DE_JUSTICIA,
            null, "prueba");
    private static final LocalDate FECHA = LocalDate.of(2025, 6, 14);

    @Test
    void laClaveDelObjetoQuitaTildesMayusculasYEspacios() {
        assertEquals("parque de olaya herrera", Actividad.claveObjeto("  Parque de   OLAYA Herrera "));
        assertEquals("plazoleta de san diego", Actividad.claveObjeto("Plazoleta de San Diégo"));
        assertNull(Actividad.claveObjeto("   "));
        assertNull(Actividad.claveObjeto(null));
    }

    @Test
    void elObjetoSeExigeSoloEnLosTiposQueLoLlevan() {
        TipoActividad entorno = new TipoActividad("RECUPERACION_X", "Recuperación", null, "Entorno urbano", true, "p");
        TipoActividad sinObjeto = new TipoActividad("JORNADA_X", "Jornada", null, null, false, "p");
        TipoActividad opcional = new TipoActividad("FERIA_X", "Feria", null, "Barrio", false, "p");

        assertEquals("objeto", assertThrows(ReglaIncumplida.class,
                () -> new Actividad(entorno, SEDE, datos(10, null), null, "p", HOY)).campo());
        Actividad a = new Actividad(entorno, SEDE, datos(10, " Parque  Central "), null, "p", HOY);
        assertEquals("Parque Central", a.getObjeto());
        assertEquals("parque central", a.getObjetoClave());
        assertEquals("objeto", assertThrows(ReglaIncumplida.class,
                () -> new Actividad(sinObjeto, SEDE, datos(10, "Algo"), null, "p", HOY)).campo());
        assertNull(new Actividad(opcional, SEDE, datos(10, null), null, "p", HOY).getObjeto());
    }

    @Test
    void losDatosSeValidanNombrandoElCampo() {
        TipoActividad t = new TipoActividad("JORNADA_X", "Jornada", null, null, false, "p");
        Map<String, DatosActividad> malos = Map.of(
                "fecha", new DatosActividad("JORNADA_X", HOY.plusDays(1), "Lugar", null, "CJ-CANAPOTE", 1,
                        null, null),
                "lugar", new DatosActividad("JORNADA_X", FECHA, " ", null, "CJ-CANAPOTE", 1, null, null),
                "participantes", new DatosActividad("JORNADA_X", FECHA, "Lugar", null, "CJ-CANAPOTE", -3, null, null),
                "localidad", new DatosActividad("JORNADA_X", FECHA, "Lugar", "Bocagrande", "CJ-CANAPOTE", 1, null,
                        null));
        malos.forEach((campo, d) -> assertEquals(campo, assertThrows(ReglaIncumplida.class,
                () -> new Actividad(t, SEDE, d, null, "p", HOY)).campo(), campo));
        Actividad a = new Actividad(t, SEDE, new DatosActividad("JORNADA_X", FECHA, "Lugar", "de la virgen y turistica",
                "CJ-CANAPOTE", 0, null, null), null, "p", HOY);
        assertEquals("De la Virgen y Turística", a.getLocalidad(), "La localidad queda en su forma canónica");
    }

    @Test
    void editarDiceQueCambioYAnularExigeMotivoYCierraLaActividad() {
        TipoActividad t = new TipoActividad("JORNADA_X", "Jornada", null, null, false, "p");
        Actividad a = new Actividad(t, SEDE, datos(10, null), null, "p", HOY);
        Map<String, String[]> cambios = a.editar(t, SEDE, datos(12, null), "q", HOY);
        assertEquals(1, cambios.size());
        assertEquals("10", cambios.get("participantes")[0]);
        assertEquals("12", cambios.get("participantes")[1]);
        assertEquals("q", a.getModificadoPor());
        assertTrue(a.editar(t, SEDE, datos(12, null), "q", HOY).isEmpty());

        assertEquals("motivo", assertThrows(ReglaIncumplida.class, () -> a.anular(" ", "q")).campo());
        a.anular("Duplicada", "q");
        assertTrue(a.isAnulada());
        assertThrows(ReglaIncumplida.class, () -> a.editar(t, SEDE, datos(5, null), "q", HOY));
        assertThrows(ReglaIncumplida.class, () -> a.anular("Otra vez", "q"));
    }

    @Test
    void unTipoDesactivadoNoSirveParaActividadesNuevasYLosDelPlanNoCambianSuObjeto() {
        TipoActividad t = new TipoActividad("jornada_x", "  Jornada   X ", null, null, false, "p");
        assertEquals("JORNADA_X", t.getCodigo());
        assertEquals("Jornada X", t.getNombre());
        t.desactivar("admin");
        assertFalse(t.isActivo());
        assertEquals("tipo", assertThrows(ReglaIncumplida.class,
                () -> new Actividad(t, SEDE, datos(1, null), null, "p", HOY)).campo());
        assertThrows(ReglaIncumplida.class, () -> t.desactivar("admin"));
        assertEquals("codigo", assertThrows(ReglaIncumplida.class,
                () -> new TipoActividad("con espacios", "X", null, null, false, "p")).campo());
        assertEquals("etiquetaObjeto", assertThrows(ReglaIncumplida.class,
                () -> new TipoActividad("SIN_ETIQUETA", "X", null, null, true, "p")).campo());
        assertTrue(t.corregir("Jornada Y", null, "Barrio", false, "admin"), "Un tipo agregado puede cambiar su objeto");
        assertEquals("Barrio", t.getEtiquetaObjeto());
    }

    private static DatosActividad datos(int participantes, String objeto) {
        return new DatosActividad("X", FECHA, "Casa comunal", null, "CJ-CANAPOTE", participantes, objeto, null);
    }
}
