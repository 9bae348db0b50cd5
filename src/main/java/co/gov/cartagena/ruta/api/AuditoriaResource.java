package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.ConsultaAuditoria;
import co.gov.cartagena.ruta.auditoria.FiltroAuditoria;
import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** El rastro de auditoría, solo para auditores; cada consulta queda, a su vez, en el rastro. */
@Path("auditoria")
@RequestScoped
@Tag(name = "Auditoría")
@Permitido(Rol.AUDITOR)
public class AuditoriaResource {

    @Inject
    ConsultaAuditoria auditoria;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "consultarRastroDeAuditoria",
            summary = "Entradas del rastro, de la más nueva a la más vieja, por páginas y con filtros opcionales:"
            + " usuario, accion, entidad, entidadId (exactos), desde y hasta (aaaa-mm-dd, hora de Colombia,"
            + " inclusive) y direccion (prefijo). El total va en la cabecera X-Total-Count.")
    @APIResponse(responseCode = "200", description = "Las entradas (el total en X-Total-Count)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.RegistroDeAuditoriaVista[].class)))
    public Response recientes(@QueryParam("pagina") @DefaultValue("0") int pagina,
            @QueryParam("tamano") @DefaultValue("50") int tamano, @QueryParam("usuario") String usuario,
            @QueryParam("accion") String accion, @QueryParam("entidad") String entidad,
            @QueryParam("entidadId") String entidadId, @QueryParam("desde") String desde,
            @QueryParam("hasta") String hasta, @QueryParam("direccion") String direccion) {
        Entrada fechas = Entrada.deParametros("desde", desde, "hasta", hasta);
        FiltroAuditoria filtro = new FiltroAuditoria(usuario, accion(accion), entidad, entidadId,
                fechas.fecha("desde"), fechas.fecha("hasta"), direccion);
        int porPagina = Math.min(Math.max(tamano, 1), 200);
        long total = auditoria.contar(filtro);
        JsonArrayBuilder arreglo = Json.createArrayBuilder();
        for (RegistroAuditoria r : auditoria.buscar(filtro, Math.max(pagina, 0) * porPagina, porPagina)) {
            JsonObjectBuilder o = Json.createObjectBuilder()
                    .add("id", r.getId())
                    .add("momento", r.getMomento().toString())
                    .add("usuario", r.getUsuario())
                    .add("accion", r.getAccion().name());
            agregar(o, "direccionIp", r.getDireccionIp());
            agregar(o, "entidad", r.getEntidad());
            agregar(o, "entidadId", r.getEntidadId());
            agregar(o, "detalle", r.getDetalle());
            arreglo.add(o);
        }
        JsonArray cuerpo = arreglo.build();
        return Response.ok(cuerpo, MediaType.APPLICATION_JSON).header("X-Total-Count", total).build();
    }

    private static Accion accion(String texto) {
        if (texto == null || texto.isBlank()) {
            return null;
        }
        try {
            return Accion.valueOf(texto.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReglaIncumplida("accion", Texto.de("api.accionDebeSer", Arrays.toString(Accion.values())));
        }
    }

    private static void agregar(JsonObjectBuilder o, String campo, String valor) {
        if (valor != null) {
            o.add(campo, valor);
        }
    }
}
