package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.indicadores.cortes.Cortes;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Cortes de los indicadores: un supervisor cierra una fecha de corte y sus cifras quedan congeladas; al verlo de
 * nuevo, las cifras de hoy a esa fecha salen al lado, con las diferencias y los registros que las explican.
 */
@Path("cortes")
@RequestScoped
@Tag(name = "Cortes", description = "Informes de avance congelados a una fecha de corte")
@Produces(MediaType.APPLICATION_JSON)
public class CortesResource {

    @Inject
    Cortes cortes;

    @Context
    UriInfo uri;

    @GET
    @Permitido({Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.COORDINADOR})
    @Operation(summary = "Los cortes cerrados, del más reciente al más antiguo")
    public JsonArray listar() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        cortes.listar().forEach(c -> a.add(corte(c)));
        return a.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.SUPERVISOR)
    @Operation(summary = "Cerrar un corte: congela las cifras de los 63 indicadores a esa fecha",
            description = "Cuerpo: fecha (aaaa-mm-dd, dentro del cuatrienio y no futura) y observacion (opcional). "
                    + "Una sola vez por fecha. Queda en la auditoría.")
    @APIResponse(responseCode = "201", description = "El corte cerrado")
    @APIResponse(responseCode = "400", description = "Fecha no válida o ya cerrada")
    public Response cerrar(JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        Cortes.Corte c = cortes.cerrar(e.fecha("fecha"), e.textoLargo("observacion", 1000));
        return Response.created(uri.getBaseUriBuilder().path("cortes/{id}").build(c.id())).entity(corte(c).build())
                .build();
    }

    @GET
    @Path("{id}")
    @Permitido({Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.COORDINADOR})
    @Operation(summary = "Un corte: cifras congeladas, cifras de hoy a la misma fecha y las diferencias explicadas")
    @APIResponse(responseCode = "404", description = "No existe el corte")
    public JsonObject revisar(@PathParam("id") String id) {
        long n;
        try {
            n = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ReglaIncumplida("id", Texto.de("api.numeroCorteDebeSer"));
        }
        Cortes.Revision r = cortes.revisar(n);
        JsonArrayBuilder cifras = Json.createArrayBuilder();
        for (Cortes.Cifra c : r.cifras()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("codigo", c.codigo()).add("anio", c.anio())
                    .add("difiere", c.difiere());
            numero(o, "congelado", c.congelado());
            numero(o, "numeradorCongelado", c.numeradorCongelado());
            numero(o, "denominadorCongelado", c.denominadorCongelado());
            numero(o, "actual", c.actual());
            numero(o, "numeradorActual", c.numeradorActual());
            numero(o, "denominadorActual", c.denominadorActual());
            o.add("semaforoCongelado", c.semaforoCongelado() == null ? "" : c.semaforoCongelado())
                    .add("semaforoActual", c.semaforoActual());
            cifras.add(o);
        }
        JsonArrayBuilder claves = Json.createArrayBuilder();
        for (Cortes.ClaveCambiada k : r.claves()) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("codigo", k.codigo()).add("componente", k.componente())
                    .add("anio", k.anio()).add("clave", k.clave()).add("cambio", k.entro() ? "ENTRO" : "SALIO");
            if (k.casoId() != null) {
                o.add("casoId", k.casoId());
            }
            if (k.actividadId() != null) {
                o.add("actividadId", k.actividadId());
            }
            claves.add(o);
        }
        JsonObjectBuilder totales = Json.createObjectBuilder();
        r.totales().forEach(totales::add);
        return corte(r.corte()).add("diferencias", r.diferencias()).add("cifras", cifras).add("claves", claves)
                .add("totalesClaves", totales).build();
    }

    private static JsonObjectBuilder corte(Cortes.Corte c) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", c.id()).add("fecha", c.fecha().toString())
                .add("cerradoEn", c.cerradoEn().toString()).add("cerradoPor", c.cerradoPor());
        if (c.observacion() == null) {
            o.addNull("observacion");
        } else {
            o.add("observacion", c.observacion());
        }
        return o;
    }

    private static void numero(JsonObjectBuilder o, String campo, BigDecimal valor) {
        Vistas.numero(o, campo, valor);
    }
}
