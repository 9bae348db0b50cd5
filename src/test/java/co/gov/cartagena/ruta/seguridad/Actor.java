package co.gov.cartagena.ruta.seguridad;

import co.gov.cartagena.ruta.casos.Ruta;
import java.util.Optional;
import java.util.Set;

/**
 * Quién llama en las pruebas de acceso: anónimo y los usuarios de demostración de {@code realm-config/demo}, con el
 * rol, las sedes y los equipos que allí tienen. Cubre cada rol, una gestora y una coordinadora de la sede de los
 * datos de prueba (Canapote), un gestor y un coordinador de otra sede, y un gestor de la Secretaría fuera del equipo
 * de trata.
 */
enum Actor {
    ANONIMO(null, null, false, Set.of(), Set.of()),
    GESTORA_CANAPOTE("gestora.canapote", Rol.GESTOR, false, Set.of("CJ-CANAPOTE"), Set.of()),
    COORDINADORA_CANAPOTE("coordinadora.canapote", Rol.COORDINADOR, false, Set.of("CJ-CANAPOTE"), Set.of()),
    GESTOR_COMISARIA("gestor.comisaria", Rol.GESTOR, false, Set.of("CF-01"), Set.of("violencia-familiar")),
    COORDINADOR_COMISARIA("coordinador.comisaria", Rol.COORDINADOR, false, Set.of("CF-01"), Set.of("violencia-familiar")),
    GESTORA_TRATA("gestora.trata", Rol.GESTOR, false, Set.of("SICC"), Set.of("trata", "proteccion")),
    GESTOR_SICC("gestor.sicc", Rol.GESTOR, false, Set.of("SICC"), Set.of()),
    SUPERVISORA("supervisora", Rol.SUPERVISOR, true, Set.of("SICC"), Set.of()),
    ADMINISTRADOR("administrador", Rol.ADMINISTRADOR, true, Set.of("SICC"), Set.of()),
    AUDITORA("auditora", Rol.AUDITOR, true, Set.of("SICC"), Set.of());

    final String usuario;
    final Rol rol;
    final boolean otp;
    final Set<String> sedes;
    final Set<String> equipos;

    Actor(String usuario, Rol rol, boolean otp, Set<String> sedes, Set<String> equipos) {
        this.usuario = usuario;
        this.rol = rol;
        this.otp = otp;
        this.sedes = sedes;
        this.equipos = equipos;
    }

    boolean anonimo() {
        return usuario == null;
    }

    /**
     * Si este actor debe ver un caso de esa ruta y sede (la regla de docs/acceso-y-auditoria.md, escrita aquí de nuevo
     * y no tomada de {@code PoliticaAcceso}, para que la prueba la compruebe y no la copie).
     */
    boolean ve(Ruta ruta, String sede) {
        if (rol != Rol.GESTOR && rol != Rol.COORDINADOR) {
            return false;
        }
        if (!sedes.contains(sede)) {
            return false;
        }
        Optional<String> equipo = switch (ruta) {
            case TRATA_DE_PERSONAS -> Optional.of("trata");
            case PROTECCION_PREVENTIVA -> Optional.of("proteccion");
            case VIOLENCIA_INTRAFAMILIAR -> Optional.of("violencia-familiar");
            default -> Optional.empty();
        };
        return rol == Rol.COORDINADOR || equipo.map(equipos::contains).orElse(true);
    }

    @Override
    public String toString() {
        return anonimo() ? "anónimo" : usuario;
    }
}
