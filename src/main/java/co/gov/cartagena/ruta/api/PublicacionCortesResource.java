package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.Json;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.indicadores.publicacion.Publicaciones;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Publicación de un corte (issue 17): un supervisor publica un corte cerrado en la página pública y los datos
 * abiertos ({@code /publico/avance.xhtml}, {@code /datos-abiertos/}) o lo retira. Ambas quedan en la auditoría.
 */
@Path("cortes/{id}/publicacion")
@RequestScoped
@Tag(name = "Cortes", description = "Informes de avance congelados a una fecha de corte")
@Produces(MediaType.APPLICATION_JSON)
public class PublicacionCortesResource {

    @Inject
    Publicaciones publicaciones;

    @POST
    @Permitido(Rol.SUPERVISOR)
    @Operation(operationId = "publicarCorte",
            summary = "Publicar un corte cerrado: sus cifras congeladas quedan en la página pública y en datos "
            + "abiertos (CSV y JSON)", description = "Sin cuerpo. Congela el documento público del corte (cifras, "
            + "metas, serie anual y desagregaciones protegidas). Un corte ya publicado da 400.")
    @APIResponse(responseCode = "400", description = "Número mal escrito o corte ya publicado")
    @APIResponse(responseCode = "404", description = "No existe el corte")
    @APIResponse(responseCode = "200", description = "El estado de la publicación",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.PublicacionVista.class)))
    public JsonObject publicar(@PathParam("id") String id) {
        return estado(publicaciones.publicar(numero(id)));
    }

    @DELETE
    @Permitido(Rol.SUPERVISOR)
    @Operation(operationId = "retirarPublicacionDeCorte",
            summary = "Retirar un corte publicado: deja de verse en la página pública y en datos abiertos (404)")
    @APIResponse(responseCode = "400", description = "Número mal escrito o corte no publicado")
    @APIResponse(responseCode = "404", description = "El corte nunca se publicó")
    @APIResponse(responseCode = "200", description = "El estado de la publicación",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.PublicacionVista.class)))
    public JsonObject retirar(@PathParam("id") String id) {
        return estado(publicaciones.retirar(numero(id)));
    }

    private static long numero(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ReglaIncumplida("id", Texto.de("api.numeroCorteDebeSer"));
        }
    }

    private static JsonObject estado(Publicaciones.Publicacion p) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("corteId", p.corteId()).add("fecha", p.fecha().toString())
                .add("publicado", p.publicado()).add("publicadoEn", p.publicadoEn().toString())
                .add("publicadoPor", p.publicadoPor()).add("huella", p.huella())
                .add("csv", "/datos-abiertos/cortes/" + p.fecha() + ".csv")
                .add("json", "/datos-abiertos/cortes/" + p.fecha() + ".json");
        if (p.retiradoEn() != null) {
            o.add("retiradoEn", p.retiradoEn().toString()).add("retiradoPor", p.retiradoPor());
        }
        return o.build();
    }
}
