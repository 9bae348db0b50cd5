package co.gov.cartagena.ruta.seguridad;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Quien llama, tal como lo dice Keycloak: nombre de usuario, nombre para mostrar, roles de Ruta, permisos que se
 * suman a ellos ({@link Permiso}), sedes a las que pertenece (grupos {@code /sedes/<codigo>}) y equipos de rutas
 * sensibles (grupos {@code /equipos/<codigo>}).
 */
public final class Usuario {

    static final String PREFIJO_SEDES = "/sedes/";
    static final String PREFIJO_EQUIPOS = "/equipos/";

    private final String usuario;
    private final String nombre;
    private final String correo;
    private final Set<Rol> roles;
    private final Set<Permiso> permisos;
    private final Set<String> sedes;
    private final Set<String> equipos;

    private Usuario(String usuario, String nombre, String correo, Set<Rol> roles, Set<Permiso> permisos,
            Set<String> sedes, Set<String> equipos) {
        this.usuario = usuario;
        this.nombre = nombre;
        this.correo = correo;
        this.roles = Collections.unmodifiableSet(roles);
        this.permisos = Collections.unmodifiableSet(permisos);
        this.sedes = Collections.unmodifiableSet(sedes);
        this.equipos = Collections.unmodifiableSet(equipos);
    }

    /**
     * Construye el usuario desde los claims del token. Los roles de realm que no son un {@link Rol} ni un
     * {@link Permiso} de Ruta se ignoran; los grupos que no son de sede ni de equipo también.
     */
    public static Usuario deClaims(String usuario, String nombre, String correo, Collection<String> roles,
            Collection<String> grupos) {
        if (usuario == null || usuario.isBlank()) {
            throw new IllegalArgumentException("El token no trae el nombre de usuario (preferred_username)");
        }
        Set<Rol> misRoles = EnumSet.noneOf(Rol.class);
        Set<Permiso> misPermisos = EnumSet.noneOf(Permiso.class);
        for (String r : roles) {
            Rol.deNombre(r).ifPresent(misRoles::add);
            Permiso.deNombre(r).ifPresent(misPermisos::add);
        }
        Set<String> misSedes = new TreeSet<>();
        Set<String> misEquipos = new TreeSet<>();
        for (String g : grupos) {
            if (g.startsWith(PREFIJO_SEDES) && g.length() > PREFIJO_SEDES.length()) {
                misSedes.add(g.substring(PREFIJO_SEDES.length()));
            } else if (g.startsWith(PREFIJO_EQUIPOS) && g.length() > PREFIJO_EQUIPOS.length()) {
                misEquipos.add(g.substring(PREFIJO_EQUIPOS.length()));
            }
        }
        String visible = nombre == null || nombre.isBlank() ? usuario : nombre;
        return new Usuario(usuario, visible, correo, misRoles, misPermisos, misSedes, misEquipos);
    }

    public boolean tiene(Rol rol) {
        return roles.contains(rol);
    }

    public boolean tiene(Permiso permiso) {
        return permisos.contains(permiso);
    }

    public boolean tieneAlguno(Collection<Rol> permitidos) {
        return permitidos.stream().anyMatch(roles::contains);
    }

    /** El rol que se muestra en la cabecera: el de mayor alcance que tenga. */
    public Optional<Rol> rolPrincipal() {
        for (Rol r : new Rol[] {Rol.ADMINISTRADOR, Rol.AUDITOR, Rol.SUPERVISOR, Rol.COORDINADOR, Rol.GESTOR}) {
            if (roles.contains(r)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public String getUsuario() {
        return usuario;
    }

    public String getNombre() {
        return nombre;
    }

    public String getCorreo() {
        return correo;
    }

    public Set<Rol> getRoles() {
        return roles;
    }

    public Set<Permiso> getPermisos() {
        return permisos;
    }

    public Set<String> getSedes() {
        return sedes;
    }

    public Set<String> getEquipos() {
        return equipos;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Usuario u && u.usuario.equals(usuario) && u.roles.equals(roles)
                && u.permisos.equals(permisos) && u.sedes.equals(sedes)
                && u.equipos.equals(equipos);
    }

    @Override
    public int hashCode() {
        return Objects.hash(usuario, roles, permisos, sedes, equipos);
    }

    @Override
    public String toString() {
        return usuario + roles + (permisos.isEmpty() ? "" : permisos.toString()) + sedes + equipos;
    }
}
