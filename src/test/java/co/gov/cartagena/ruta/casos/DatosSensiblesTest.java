package co.gov.cartagena.ruta.casos;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.seguridad.Usuario;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Lo sensible de un caso (narrativa y campos de la ruta marcados {@code sensible}) lo ven el gestor asignado, la
 * coordinación de la sede y, en una ruta reservada, su equipo; quien no lo ve tampoco lo cambia. Se recorren todas
 * las rutas y todos sus campos sensibles, leyendo la marca de cada {@link Campo}: una ruta nueva queda cubierta.
 */
class DatosSensiblesTest {

    private static Usuario usuario(String nombre, String rol, Ruta ruta, String sede) {
        List<String> grupos = new ArrayList<>(List.of("/sedes/" + sede));
        ruta.equipo().ifPresent(e -> grupos.add("/equipos/" + e));
        return Usuario.deClaims(nombre, null, null, List.of(rol), grupos);
    }

    private static String valorDe(Campo c) {
        return switch (c.tipo()) {
            case OPCION -> c.opciones().get(0);
            case FECHA -> "2025-03-01";
            case SI_NO -> "true";
            case ENTERO -> "2500000";
            default -> "Detalle reservado de " + c.nombre();
        };
    }

    /** Un caso de la ruta con todos sus campos llenos, abierto por «gestora». */
    private static Caso conTodo(Ruta ruta) {
        Map<String, String> datos = new LinkedHashMap<>(Ejemplos.apertura(ruta));
        for (Campo c : ruta.definicion().campos()) {
            datos.putIfAbsent(c.nombre(), valorDe(c));
        }
        return new Caso("RUTA-2025-000001", ruta, Ejemplos.sedePara(ruta), "gestora", Ejemplos.APERTURA,
                Ejemplos.titularPara(ruta), ruta.definicion().roles().iterator().next(), "Relato", datos, null,
                "gestora", HOY);
    }

    @Test
    void loSensibleLoVenElAsignadoLaCoordinacionYElEquipoDeUnaRutaReservada() {
        for (Ruta ruta : Ruta.values()) {
            Caso c = conTodo(ruta);
            String sede = c.getSede().getCodigo();
            assertTrue(PoliticaAcceso.puedeVerSensibles(usuario("gestora", "gestor", ruta, sede), c), ruta.name());
            assertTrue(PoliticaAcceso.puedeVerSensibles(usuario("coordinadora", "coordinador", ruta, sede), c));
            Usuario colega = usuario("colega", "gestor", ruta, sede);
            assertTrue(PoliticaAcceso.puedeVer(colega, c), "Otro gestor de la sede ve el caso");
            assertEquals(ruta.sensible(), PoliticaAcceso.puedeVerSensibles(colega, c),
                    ruta.name() + ": un colega ve lo sensible solo si la ruta es reservada (es de su equipo)");
            assertFalse(PoliticaAcceso.puedeVerSensibles(usuario("gestora", "gestor", ruta, "OTRA-SEDE"), c));
            Usuario supervisora = Usuario.deClaims("supervisora", null, null,
                    List.of("supervisor", "datos-personales"), List.of("/sedes/" + sede));
            assertFalse(PoliticaAcceso.puedeVerSensibles(supervisora, c), "El permiso no abre los casos");
        }
    }

    @Test
    void quienNoVeUnCampoSensibleNoLoBorraNiLoCambia() {
        int sensibles = 0;
        for (Ruta ruta : Ruta.values()) {
            Caso c = conTodo(ruta);
            for (Campo campo : ruta.definicion().campos()) {
                if (!campo.sensible()) {
                    continue;
                }
                sensibles++;
                Map<String, String> sinSensibles = new LinkedHashMap<>(c.datos());
                ruta.definicion().campos().stream().filter(Campo::sensible).forEach(s -> sinSensibles.remove(s.nombre()));
                Map<String, String> conservados = ServicioCasos.conservarSensibles(c, sinSensibles);
                assertEquals(c.datos().get(campo.nombre()), conservados.get(campo.nombre()),
                        ruta + "." + campo.nombre() + " se conserva al guardar sin verlo");

                Map<String, String> cambiados = new LinkedHashMap<>(c.datos());
                cambiados.put(campo.nombre(), "otro valor");
                ReglaIncumplida error = assertThrows(ReglaIncumplida.class,
                        () -> ServicioCasos.conservarSensibles(c, cambiados));
                assertEquals(campo.nombre(), error.campo(), ruta + "." + campo.nombre());
                assertTrue(error.getMessage().contains("reservado"), error.getMessage());
            }
        }
        assertTrue(sensibles > 0, "Las rutas del plan tienen campos sensibles");
    }
}
