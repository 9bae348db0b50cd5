package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.casos.Periodicidad;
import co.gov.cartagena.ruta.casos.ServicioTiemposComisaria;
import co.gov.cartagena.ruta.casos.TiemposPorEstado;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reportes agregados de los casos: solo cifras, sin datos de personas. */
@Path("reportes")
@RequestScoped
@Tag(name = "Reportes")
@Produces(MediaType.APPLICATION_JSON)
public class ReportesResource {

    @Inject
    Clock reloj;

    @Inject
    ServicioTiemposComisaria tiempos;

    @GET
    @Path("tiempos-comisaria")
    @Permitido({Rol.COORDINADOR, Rol.SUPERVISOR})
    @Operation(operationId = "obtenerTiemposDeComisaria",
            summary = "Días en cada estado de la Comisaría de Familia (promedio, mediana y cantidad) por sede,"
            + " periodo y estado",
            description = "Parámetros: desde y hasta (AAAA-MM-DD; por defecto, del 1 de enero a hoy), agrupar (MES,"
                    + " TRIMESTRE o ANIO; por defecto MES) y sede (opcional). El periodo es el del día, en hora de"
                    + " Colombia, en que el caso entró al estado; promedio y mediana son de las estancias terminadas;"
                    + " enCurso cuenta las que siguen abiertas. Las filas sin sede son el total de las sedes"
                    + " consultadas. El coordinador consulta sus sedes; el supervisor, todas.")
    @APIResponse(responseCode = "200", description = "Los tiempos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.TiemposDeComisaria.class)))
    public JsonObject tiemposComisaria(@QueryParam("desde") String desde, @QueryParam("hasta") String hasta,
            @QueryParam("agrupar") String agrupar, @QueryParam("sede") String sede) {
        Entrada periodo = Entrada.deParametros("desde", desde, "hasta", hasta);
        LocalDate fin = Objects.requireNonNullElseGet(periodo.fecha("hasta"), () -> LocalDate.now(reloj));
        LocalDate inicio = Objects.requireNonNullElse(periodo.fecha("desde"), fin.withDayOfYear(1));
        ServicioTiemposComisaria.Reporte r = tiempos.reporte(inicio, fin, periodicidad(agrupar), sede);
        JsonArrayBuilder filas = Json.createArrayBuilder();
        for (TiemposPorEstado.Fila f : r.filas()) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            if (f.sede() == null) {
                o.addNull("sede").add("nombreSede", "Total");
            } else {
                o.add("sede", f.sede()).add("nombreSede", f.nombreSede());
            }
            o.add("periodo", f.periodo()).add("estado", f.estado()).add("cantidad", f.cantidad());
            numero(o, "promedioDias", f.promedioDias());
            numero(o, "medianaDias", f.medianaDias());
            filas.add(o.add("enCurso", f.enCurso()));
        }
        JsonObjectBuilder respuesta = Json.createObjectBuilder().add("desde", r.desde().toString())
                .add("hasta", r.hasta().toString()).add("agrupar", r.agrupar().name());
        if (r.sede() == null) {
            respuesta.addNull("sede");
        } else {
            respuesta.add("sede", r.sede());
        }
        return respuesta.add("filas", filas).build();
    }

    private static void numero(JsonObjectBuilder o, String nombre, BigDecimal valor) {
        if (valor == null) {
            o.addNull(nombre);
        } else {
            o.add(nombre, valor);
        }
    }

    private static Periodicidad periodicidad(String valor) {
        if (valor == null || valor.isBlank()) {
            return Periodicidad.MES;
        }
        try {
            return Periodicidad.valueOf(valor.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReglaIncumplida("agrupar", Texto.de("api.parametroAgruparDebeSer"));
        }
    }
}
