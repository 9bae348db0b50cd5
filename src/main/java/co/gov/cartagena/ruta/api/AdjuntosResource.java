package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.adjuntos.TipoArchivo;
import co.gov.cartagena.ruta.adjuntos.ServicioAdjuntos;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Descarga de adjuntos: siempre como archivo adjunto, nunca para mostrarse; cada descarga queda auditada. */
@Path("adjuntos")
@RequestScoped
@Tag(name = "Adjuntos")
@Permitido({Rol.GESTOR, Rol.COORDINADOR})
public class AdjuntosResource {

    @Inject
    ServicioAdjuntos adjuntos;

    @GET
    @Path("{id}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "descargarAdjunto", summary = "Descargar un adjunto que usted puede ver")
    public Response descargar(@PathParam("id") long id) {
        ServicioAdjuntos.Descarga d = adjuntos.descargar(id);
        return Response.ok(d.contenido(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", TipoArchivo.disposicion(d.nombre()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("Cache-Control", "no-store").build();
    }
}
