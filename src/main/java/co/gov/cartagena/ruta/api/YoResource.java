package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** La identidad de quien llama, como la ve Ruta. */
@Path("yo")
@RequestScoped
@Tag(name = "Identidad")
@Permitido({Rol.GESTOR, Rol.COORDINADOR, Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.AUDITOR})
public class YoResource {

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    RepositorioSedes sedes;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "obtenerIdentidad", summary = "Usuario, roles, sedes y equipos de quien llama")
    @APIResponse(responseCode = "200", description = "Quien llama",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.Identidad.class)))
    public JsonObject yo() {
        Usuario u = usuarioActual.requerido();
        JsonArrayBuilder roles = Json.createArrayBuilder();
        u.getRoles().forEach(r -> roles.add(r.nombre()));
        JsonArrayBuilder misSedes = Json.createArrayBuilder();
        for (Sede s : sedes.porCodigos(u.getSedes())) {
            misSedes.add(Json.createObjectBuilder().add("codigo", s.getCodigo()).add("nombre", s.getNombre())
                    .add("tipo", s.getTipo().name()));
        }
        JsonArrayBuilder equipos = Json.createArrayBuilder();
        u.getEquipos().forEach(equipos::add);
        return Json.createObjectBuilder()
                .add("usuario", u.getUsuario())
                .add("nombre", u.getNombre())
                .add("roles", roles)
                .add("sedes", misSedes)
                .add("equipos", equipos)
                .build();
    }
}
