package co.gov.cartagena.ruta.sedes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.configuracion.Clave;
import co.gov.cartagena.ruta.configuracion.Configuracion;
import co.gov.cartagena.ruta.seguridad.GruposKeycloak;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Si Keycloak no responde, la sede queda con su grupo pendiente (nada se marca ni se audita) y el siguiente
 * reintento lo crea; sin Keycloak alcanzable, el cliente falla rápido con {@link IOException}.
 */
class GruposDeSedesTest {

    /** Un Keycloak de mentira que se puede «apagar». */
    static final class KeycloakFalso extends GruposKeycloak {
        boolean arriba;
        final List<String> creados = new ArrayList<>();

        @Override
        public boolean configurado() {
            return true;
        }

        @Override
        public void asegurarSubgrupo(String padre, String nombre, String descripcion) throws IOException {
            if (!arriba) {
                throw new IOException("Connection refused");
            }
            creados.add("/" + padre + "/" + nombre);
        }
    }

    @Test
    void conKeycloakCaidoElGrupoQuedaPendienteYElReintentoLoCrea() {
        KeycloakFalso keycloak = new KeycloakFalso();
        List<String> pendientes = new ArrayList<>(List.of("CF-07", "IP-34"));
        List<String> auditados = new ArrayList<>();
        GruposDeSedes grupos = new GruposDeSedes();
        grupos.keycloak = keycloak;
        grupos.repositorio = new RepositorioSedes() {
            @Override
            public List<Sede> sinGrupo(int maximo) {
                return pendientes.stream().map(c -> new Sede(c, "Sede " + c, TipoSede.COMISARIA_DE_FAMILIA, null, "p"))
                        .toList();
            }

            @Override
            public void marcarGrupoSincronizado(String codigo) {
                pendientes.remove(codigo);
            }
        };
        grupos.auditoria = new ServicioAuditoria() {
            @Override
            public RegistroAuditoria registrar(String usuario, String ip, Accion accion, String entidad, String id,
                    String detalle) {
                auditados.add(accion + " " + entidad + " " + id + " " + detalle);
                return null;
            }
        };

        assertEquals(0, grupos.sincronizarPendientes("sistema"));
        assertEquals(List.of("CF-07", "IP-34"), pendientes, "Siguen pendientes");
        assertTrue(auditados.isEmpty());

        keycloak.arriba = true;
        assertEquals(2, grupos.sincronizarPendientes("sistema"));
        assertEquals(List.of("/sedes/CF-07", "/sedes/IP-34"), keycloak.creados);
        assertTrue(pendientes.isEmpty());
        assertEquals(List.of("CREAR sede_grupo CF-07 {\"grupoKeycloak\":\"/sedes/CF-07\"}",
                "CREAR sede_grupo IP-34 {\"grupoKeycloak\":\"/sedes/IP-34\"}"), auditados);
    }

    @Test
    void sinKeycloakAlcanzableElClienteFallaConIOException() {
        GruposKeycloak cliente = GruposKeycloakEnPuertoCerrado.crear();
        assertThrows(IOException.class, () -> cliente.asegurarSubgrupo("sedes", "CF-07", "Comisaría 7"));
    }

    /** Configuración que apunta a un puerto cerrado de esta máquina. */
    static final class GruposKeycloakEnPuertoCerrado {
        static GruposKeycloak crear() {
            Configuracion config = new Configuracion() {
                @Override
                public Optional<String> leer(Clave clave) {
                    return switch (clave) {
                        case OIDC_PROVEEDOR -> Optional.of("http://127.0.0.1:9/realms/ruta");
                        case KEYCLOAK_SINCRONIZACION_SECRETO -> Optional.of("secreto");
                        default -> clave.porDefecto();
                    };
                }
            };
            return GruposKeycloak.conConfiguracion(config);
        }
    }
}
