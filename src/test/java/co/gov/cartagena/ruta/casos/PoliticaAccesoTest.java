package co.gov.cartagena.ruta.casos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.seguridad.Permiso;
import co.gov.cartagena.ruta.seguridad.Usuario;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PoliticaAccesoTest {

    private static Usuario con(String... roles) {
        return Usuario.deClaims("alguien", null, null, List.of(roles), List.of("/sedes/SICC"));
    }

    @Test
    void losPermisosSeLeenDeLosRolesDeRealmYNoSonRoles() {
        Usuario u = con("supervisor", "datos-personales", "exportar-datos-personales", "otp-obligatorio");
        assertEquals(EnumSet.allOf(Permiso.class), u.getPermisos());
        assertTrue(u.tiene(Permiso.DATOS_PERSONALES));
        assertEquals(1, u.getRoles().size());
        assertFalse(con("supervisor").tiene(Permiso.DATOS_PERSONALES));
    }

    @Test
    void unSupervisorNoVeDatosPersonalesSinElPermiso() {
        assertFalse(PoliticaAcceso.puedeVerDatosPersonales(con("supervisor")));
        assertTrue(PoliticaAcceso.puedeVerDatosPersonales(con("supervisor", "datos-personales")));
    }

    @Test
    void gestoresYCoordinadoresVenDatosPersonalesAdministradoresYAuditoresNunca() {
        assertTrue(PoliticaAcceso.puedeVerDatosPersonales(con("gestor")));
        assertTrue(PoliticaAcceso.puedeVerDatosPersonales(con("coordinador")));
        assertFalse(PoliticaAcceso.puedeVerDatosPersonales(con("administrador", "datos-personales")));
        assertFalse(PoliticaAcceso.puedeVerDatosPersonales(con("auditor", "datos-personales")));
        assertFalse(PoliticaAcceso.puedeVerDatosPersonales(con("datos-personales")));
    }

    @Test
    void exportarDatosPersonalesExigeSuPropioPermisoYPoderVerlos() {
        assertFalse(PoliticaAcceso.puedeExportarDatosPersonales(con("coordinador")));
        assertTrue(PoliticaAcceso.puedeExportarDatosPersonales(con("coordinador", "exportar-datos-personales")));
        assertFalse(PoliticaAcceso.puedeExportarDatosPersonales(con("supervisor", "exportar-datos-personales")));
        assertTrue(PoliticaAcceso.puedeExportarDatosPersonales(
                con("supervisor", "datos-personales", "exportar-datos-personales")));
        assertFalse(PoliticaAcceso.puedeExportarDatosPersonales(con("auditor", "exportar-datos-personales")));
    }
}
