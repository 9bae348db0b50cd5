package co.gov.cartagena.ruta.web;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.casos.EntidadRemision;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.sedes.PersonalDeSedes;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code #{etiquetas}}: lo que las páginas muestran en vez de un código (issue 12, ítem 5). Un usuario por su nombre
 * completo (leído de Keycloak por {@link PersonalDeSedes}, guardado unos minutos), una sede por su nombre, una acción
 * o un registro del rastro por su texto, y un texto libre que trae códigos (el detalle del rastro, un mensaje del
 * dominio) con cada código cambiado por su texto: {@link Mensajes#conEtiquetas}.
 */
@Named("etiquetas")
@RequestScoped
public class Etiquetas {

    @Inject
    PersonalDeSedes personal;

    @Inject
    RepositorioSedes sedes;

    private Map<String, String> nombresDeSedes;
    private final Map<String, String> usuarios = new HashMap<>();

    /** La instancia de la petición en curso, para el código que no es un bean (p. ej. {@link Mensajes}). */
    static Optional<Etiquetas> actual() {
        try {
            return Optional.of(CDI.current().select(Etiquetas.class).get());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** El nombre completo del usuario; su usuario si Keycloak no lo conoce (p. ej. «migracion»). */
    public String usuario(String usuario) {
        if (usuario == null) {
            return "";
        }
        return usuarios.computeIfAbsent(usuario, u -> personal.nombreDeUsuario(u).orElse(u));
    }

    /** El nombre de la sede con ese código; el código si no existe. */
    public String sede(String codigo) {
        return codigo == null ? "" : nombresDeSedes().getOrDefault(codigo, codigo);
    }

    public String accion(Accion accion) {
        return Mensajes.etiqueta("auditoria.accion.", accion);
    }

    /** El tipo de registro del rastro (caso, persona, pagina…) por su nombre ({@code auditoria.entidad.<tipo>}). */
    public String entidad(String entidad) {
        if (entidad == null || entidad.isBlank()) {
            return "";
        }
        return Mensajes.texto("auditoria.entidad." + entidad, Mensajes.legibleSinClave(entidad));
    }

    /** El documento de una persona con el nombre de su tipo: «Cédula de ciudadanía 123», no «CC 123». */
    public String documento(Persona persona) {
        if (persona == null) {
            return "";
        }
        return Mensajes.etiqueta("persona.tipoDocumento.", persona.getTipoDocumento())
                + (persona.getNumeroDocumento() == null ? "" : " " + persona.getNumeroDocumento());
    }

    /** La entidad a la que se remite, por su nombre en el idioma de la vista. */
    public String entidadRemision(EntidadRemision e) {
        return e == null ? "" : Mensajes.texto("caso.entidad." + e.name(), e.nombre());
    }

    /**
     * El texto de una clave en el idioma elegido en la sesión. Para atributos que Faces evalúa antes de fijar el idioma
     * de la vista (el {@code converterMessage} de un {@code f:viewParam}), donde {@code #{msg[…]}} aún usa el del
     * navegador.
     */
    public String mensaje(String clave) {
        return Mensajes.texto(clave, clave);
    }

    /** Un estado, atención u opción de una ruta por su texto. */
    public String codigo(String codigo) {
        return Mensajes.legible(codigo);
    }

    /** Un texto con códigos dentro, cada uno cambiado por su texto. */
    public String texto(String texto) {
        return Mensajes.conEtiquetas(texto, this::sedeSiExiste);
    }

    Optional<String> sedeSiExiste(String codigo) {
        return Optional.ofNullable(nombresDeSedes().get(codigo));
    }

    private Map<String, String> nombresDeSedes() {
        if (nombresDeSedes == null) {
            Map<String, String> m = new HashMap<>();
            for (Sede s : sedes.todas()) {
                m.put(s.getCodigo(), s.getNombre());
            }
            nombresDeSedes = m;
        }
        return nombresDeSedes;
    }
}
