package co.gov.cartagena.ruta.seguridad;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UsuarioTest {

    private static Usuario con(List<String> roles, List<String> grupos) {
        return Usuario.deClaims("gestora.canapote", "Gestora", "g@ejemplo.gov.co", roles, grupos);
    }

    private static Usuario conRoles(Rol... roles) {
        return con(Arrays.stream(roles).map(Rol::nombre).toList(), List.of());
    }

    @Test
    void ignoraLosRolesQueRutaNoConoce() {
        Usuario u = con(List.of("gestor", "otp-obligatorio", "offline_access", "uma_authorization",
                "default-roles-ruta", "Gestor", "ADMINISTRADOR", " auditor"), List.of());
        assertEquals(EnumSet.of(Rol.GESTOR), u.getRoles());
        assertTrue(u.tiene(Rol.GESTOR));
        assertFalse(u.tiene(Rol.ADMINISTRADOR));
        assertFalse(u.tiene(Rol.AUDITOR));
    }

    @Test
    void soloCuentanLosGruposDeSedesYEquipos() {
        Usuario u = con(List.of("gestor"), List.of("/sedes/CJ-CANAPOTE", "/sedes/CF-01", "/equipos/trata",
                "/otros/CJ-COUNTRY", "sedes/SICC", "/sedesX/CF-02", "/equipos/", "/sedes/", "/", "trata"));
        assertEquals(Set.of("CJ-CANAPOTE", "CF-01"), u.getSedes());
        assertEquals(Set.of("trata"), u.getEquipos());
    }

    @Test
    void sinGruposNiRolesQuedaVacio() {
        Usuario u = con(List.of(), List.of());
        assertEquals(Set.of(), u.getRoles());
        assertEquals(Set.of(), u.getSedes());
        assertEquals(Set.of(), u.getEquipos());
        assertEquals(Optional.empty(), u.rolPrincipal());
        assertFalse(u.tieneAlguno(EnumSet.allOf(Rol.class)));
    }

    @Test
    void elRolPrincipalEsElDeMayorAlcance() {
        assertEquals(Optional.of(Rol.ADMINISTRADOR), conRoles(Rol.values()).rolPrincipal());
        assertEquals(Optional.of(Rol.ADMINISTRADOR), conRoles(Rol.GESTOR, Rol.ADMINISTRADOR).rolPrincipal());
        assertEquals(Optional.of(Rol.AUDITOR), conRoles(Rol.SUPERVISOR, Rol.AUDITOR).rolPrincipal());
        assertEquals(Optional.of(Rol.SUPERVISOR), conRoles(Rol.COORDINADOR, Rol.SUPERVISOR).rolPrincipal());
        assertEquals(Optional.of(Rol.COORDINADOR), conRoles(Rol.GESTOR, Rol.COORDINADOR).rolPrincipal());
        assertEquals(Optional.of(Rol.GESTOR), conRoles(Rol.GESTOR).rolPrincipal());
    }

    @Test
    void todoRolPuedeSerPrincipal() {
        for (Rol r : Rol.values()) {
            assertEquals(Optional.of(r), conRoles(r).rolPrincipal(), "Rol sin lugar en rolPrincipal: " + r);
        }
    }

    @Test
    void rechazaUsuarioVacio() {
        for (String vacio : Arrays.asList(null, "", "   ", "\t")) {
            assertThrows(IllegalArgumentException.class,
                    () -> Usuario.deClaims(vacio, "Nombre", null, List.of("gestor"), List.of()),
                    () -> "Aceptó el usuario «" + vacio + "»");
        }
    }

    @Test
    void sinNombreSeMuestraElUsuario() {
        assertEquals("auditora", Usuario.deClaims("auditora", null, null, List.of(), List.of()).getNombre());
        assertEquals("auditora", Usuario.deClaims("auditora", " ", null, List.of(), List.of()).getNombre());
        assertEquals("Auditora General",
                Usuario.deClaims("auditora", "Auditora General", null, List.of(), List.of()).getNombre());
    }

    @Test
    void tieneAlgunoDeLosPermitidos() {
        Usuario u = conRoles(Rol.COORDINADOR);
        assertTrue(u.tieneAlguno(List.of(Rol.GESTOR, Rol.COORDINADOR)));
        assertFalse(u.tieneAlguno(List.of(Rol.GESTOR, Rol.SUPERVISOR)));
        assertFalse(u.tieneAlguno(List.of()));
    }

    @Test
    void losConjuntosNoSeModificanDesdeAfuera() {
        Usuario u = con(List.of("gestor"), List.of("/sedes/CF-01", "/equipos/trata"));
        assertThrows(UnsupportedOperationException.class, () -> u.getRoles().add(Rol.ADMINISTRADOR));
        assertThrows(UnsupportedOperationException.class, () -> u.getSedes().add("SICC"));
        assertThrows(UnsupportedOperationException.class, () -> u.getEquipos().clear());
    }

    @Test
    void igualdadPorUsuarioRolesSedesYEquipos() {
        Usuario a = con(List.of("gestor"), List.of("/sedes/CF-01"));
        assertEquals(a, con(List.of("gestor"), List.of("/sedes/CF-01")));
        assertEquals(a.hashCode(), con(List.of("gestor"), List.of("/sedes/CF-01")).hashCode());
        assertNotEquals(a, con(List.of("coordinador"), List.of("/sedes/CF-01")));
        assertNotEquals(a, con(List.of("gestor"), List.of("/sedes/CF-02")));
        assertNotEquals(a, con(List.of("gestor"), List.of("/sedes/CF-01", "/equipos/trata")));
    }
}
