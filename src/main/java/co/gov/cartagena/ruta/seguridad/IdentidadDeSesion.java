package co.gov.cartagena.ruta.seguridad;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Quién ingresó en esta sesión, tal como lo dijo el token de identidad que el mecanismo OIDC ya validó: usuario,
 * nombre, correo, roles y grupos. Solo textos, así que viaja con la sesión replicada a otra instancia. El contexto OIDC
 * de Payara (Soteria) no se puede serializar (guarda los claims como un {@code JsonObject} de Parsson y los tokens con
 * objetos de Nimbus), y llega vacío a la otra instancia; con esto, la otra instancia reconoce a la persona sin
 * mandarla a ingresar otra vez ({@link IngresoSinKeycloak}, {@link UsuarioActual}). Ver docs/dos-instancias.md.
 */
@SessionScoped
public class IdentidadDeSesion implements Serializable {

    private static final long serialVersionUID = 1L;

    private String usuario;
    private String nombre;
    private String correo;
    private ArrayList<String> roles = new ArrayList<>();
    private ArrayList<String> grupos = new ArrayList<>();

    /** Lo recuerda al leerlo del token de identidad (en cada petición con el contexto OIDC presente). */
    void recordar(String usuario, String nombre, String correo, List<String> roles, List<String> grupos) {
        this.usuario = usuario;
        this.nombre = nombre;
        this.correo = correo;
        this.roles = new ArrayList<>(roles);
        this.grupos = new ArrayList<>(grupos);
    }

    /** Si en esta sesión ya se ingresó (en esta u otra instancia). */
    boolean conocida() {
        return usuario != null;
    }

    String usuario() {
        return usuario;
    }

    /** Los roles, que el contenedor usa como grupos del llamador. */
    Set<String> roles() {
        return new LinkedHashSet<>(roles);
    }

    Usuario comoUsuario() {
        return Usuario.deClaims(usuario, nombre, correo, roles, grupos);
    }
}
