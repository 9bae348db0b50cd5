package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** El rastro de auditoría, solo para auditores. */
@Path("auditoria")
@RequestScoped
@Tag(name = "Auditoría")
@Permitido(Rol.AUDITOR)
public class AuditoriaResource {

    @Inject
    ServicioAuditoria auditoria;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Entradas recientes del rastro, de la más nueva a la más vieja, por páginas")
    public JsonArray recientes(@QueryParam("pagina") @DefaultValue("0") int pagina,
            @QueryParam("tamano") @DefaultValue("50") int tamano) {
        int porPagina = Math.min(Math.max(tamano, 1), 200);
        JsonArrayBuilder arreglo = Json.createArrayBuilder();
        for (RegistroAuditoria r : auditoria.recientes(Math.max(pagina, 0) * porPagina, porPagina)) {
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
        return arreglo.build();
    }

    private static void agregar(JsonObjectBuilder o, String campo, String valor) {
        if (valor != null) {
            o.add(campo, valor);
        }
    }
}
