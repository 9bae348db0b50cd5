package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
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

/** Las definiciones de las rutas: campos, estados, transiciones y atenciones. */
@Path("rutas")
@RequestScoped
@Tag(name = "Rutas")
@Permitido({Rol.GESTOR, Rol.COORDINADOR, Rol.ADMINISTRADOR})
public class RutasResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listarRutas", summary = "Cada ruta con sus campos, estados y atenciones")
    @APIResponse(responseCode = "200", description = "Las rutas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.ListaDeRutas.class)))
    public JsonObject rutas() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (Ruta r : Ruta.values()) {
            a.add(Vistas.ruta(r));
        }
        return Json.createObjectBuilder().add("rutas", a).build();
    }
}
