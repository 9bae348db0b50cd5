package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.retencion.Depuracion;
import co.gov.cartagena.ruta.retencion.ServicioRetencion;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Retención de registros anulados: el plazo, lo pendiente y la depuración a pedido (administradores). */
@Path("retencion")
@RequestScoped
@Tag(name = "Retención")
@Permitido(Rol.ADMINISTRADOR)
@Produces(MediaType.APPLICATION_JSON)
public class RetencionResource {

    @Inject
    ServicioRetencion retencion;

    @GET
    @Operation(operationId = "obtenerEstadoDeRetencion",
            summary = "El plazo de retención de los anulados (días) y cuántos registros se depurarían hoy")
    @APIResponse(responseCode = "200", description = "El plazo y lo pendiente",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.EstadoDeRetencion.class)))
    public JsonObject estado() {
        return Json.createObjectBuilder().add("dias", retencion.dias()).add("pendientes", retencion.pendientes())
                .build();
    }

    @POST
    @Path("depuracion")
    @Operation(operationId = "depurarAnulados",
            summary = "Depurar ya los registros anulados hace más del plazo (queda en la auditoría)")
    @APIResponse(responseCode = "200", description = "Lo depurado",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.Depuracion.class)))
    public JsonObject depurar() {
        Depuracion d = retencion.depurarAhora();
        return Json.createObjectBuilder().add("dias", d.dias()).add("casos", arreglo(d.casos()))
                .add("atenciones", arreglo(d.atenciones())).add("actividades", arreglo(d.actividades()))
                .add("adjuntos", arreglo(d.adjuntos())).build();
    }

    private static JsonArrayBuilder arreglo(List<Long> ids) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        ids.forEach(a::add);
        return a;
    }
}
