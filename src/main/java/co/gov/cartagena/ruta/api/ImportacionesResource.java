package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.adjuntos.TipoArchivo;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.Json;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.importacion.Candidato;
import co.gov.cartagena.ruta.importacion.ErrorDeFila;
import co.gov.cartagena.ruta.importacion.LoteImportacion;
import co.gov.cartagena.ruta.importacion.RegistroImportado;
import co.gov.cartagena.ruta.importacion.ResultadoImportacion;
import co.gov.cartagena.ruta.importacion.Revision;
import co.gov.cartagena.ruta.importacion.RevisionDeFila;
import co.gov.cartagena.ruta.importacion.ServicioImportacion;
import co.gov.cartagena.ruta.importacion.ServicioImportacionActividades;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Importación de registros desde hojas de cálculo, como en las páginas (ambas pasan por {@link ServicioImportacion}):
 * solo la coordinación de la sede. El archivo (.xlsx de la plantilla o CSV con {@code ;} en UTF-8) va en el cuerpo,
 * su nombre en {@code X-Nombre-Archivo}. Primero {@code POST /importaciones/revision} (no escribe nada), después
 * {@code POST /importaciones} con las decisiones sobre personas parecidas. Errores en JSON por
 * {@link MapeadorErrores}.
 */
@Path("importaciones")
@RequestScoped
@Tag(name = "Importación")
@Produces(MediaType.APPLICATION_JSON)
public class ImportacionesResource {

    /** Un archivo de importación no pasa de esto (100.000 filas de la plantilla caben holgadas). */
    static final int MAXIMO_BYTES = 60 * 1024 * 1024;
    private static final int MOTIVO = 500;
    private static final String ACTIVIDADES = "ACTIVIDADES";
    private static final String TIPO_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ServicioImportacion servicio;

    @Inject
    ServicioImportacionActividades actividades;

    @GET
    @Path("plantillas/{ruta}")
    @Permitido(Rol.COORDINADOR)
    @APIResponse(responseCode = "200", description = "La plantilla, con Content-Disposition: attachment", content = {
        @Content(mediaType = TIPO_XLSX), @Content(mediaType = "text/csv")})
    @Operation(operationId = "descargarPlantillaDeImportacion",
            summary = "La plantilla de la ruta (o de las actividades colectivas: plantillas/ACTIVIDADES):"
            + " formato=xlsx (por omisión; con comentarios, listas e instrucciones) o csv (separador ;)")
    public Response plantilla(@PathParam("ruta") String ruta, @QueryParam("formato") String formato) {
        boolean csv = "csv".equalsIgnoreCase(formato);
        ReglaIncumplida.exigir(formato == null || csv || "xlsx".equalsIgnoreCase(formato), "formato",
                Texto.de("importacion.formatoPlantilla"));
        byte[] contenido;
        String que;
        if (deActividades(ruta)) {
            contenido = csv ? actividades.plantillaCsv() : actividades.plantillaExcel();
            que = ACTIVIDADES;
        } else {
            Ruta r = ruta(ruta);
            contenido = csv ? servicio.plantillaCsv(r) : servicio.plantillaExcel(r);
            que = r.name();
        }
        String nombre = "plantilla-" + que.toLowerCase(Locale.ROOT).replace('_', '-') + (csv ? ".csv" : ".xlsx");
        return archivo(contenido, csv ? "text/csv; charset=UTF-8" : TIPO_XLSX, nombre);
    }

    @POST
    @Path("revision")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Permitido(Rol.COORDINADOR)
    @Operation(operationId = "revisarImportacion",
            summary = "Revisa el archivo sin escribir nada: cada fila (estado, errores con columna, avisos,"
            + " persona, candidatos parecidos y lo que se creará) y el resumen; ?ruta=&sede= (ruta=ACTIVIDADES: un"
            + " archivo de actividades colectivas)")
    @APIResponse(responseCode = "200", description = "La revisión",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.RevisionDeImportacion.class)))
    public JsonObject revisar(@QueryParam("ruta") String ruta, @QueryParam("sede") String sede, byte[] contenido,
            @HeaderParam("X-Nombre-Archivo") String nombre) {
        Revision r = deActividades(ruta) ? actividades.revisar(sede, nombre(nombre), archivo(contenido))
                : servicio.revisar(ruta(ruta), sede, nombre(nombre), archivo(contenido));
        JsonArrayBuilder filas = Json.createArrayBuilder();
        for (RevisionDeFila f : r.filas()) {
            JsonArrayBuilder candidatos = Json.createArrayBuilder();
            for (Candidato c : f.candidatos()) {
                candidatos.add(Json.createObjectBuilder().add("id", c.id()).add("nombre", c.nombre())
                        .add("documento", c.documento()).add("fechaNacimiento", String.valueOf(c.fechaNacimiento())));
            }
            JsonObjectBuilder o = Json.createObjectBuilder().add("fila", f.fila()).add("estado", f.estado().name())
                    .add("errores", errores(f.errores())).add("avisos", textos(f.avisos()))
                    .add("creara", textos(f.creara())).add("candidatos", candidatos)
                    .add("personaNueva", f.personaNueva());
            if (f.personaPorDocumento() != null) {
                o.add("personaPorDocumento", f.personaPorDocumento());
            }
            if (f.filaQueCreaLaPersona() != null) {
                o.add("filaQueCreaLaPersona", f.filaQueCreaLaPersona());
            }
            filas.add(o);
        }
        return Json.createObjectBuilder().add("archivo", r.archivo()).add("ruta", r.ruta() == null ? ACTIVIDADES : r.ruta().name())
                .add("sede", r.sede())
                .add("resumen", Json.createObjectBuilder().add("filas", r.filas().size()).add("validas", r.validas())
                        .add("conErrores", r.conErrores()).add("porDecidir", r.porDecidir())
                        .add("yaImportadas", r.yaImportadas()).add("personasNuevas", r.personasNuevas())
                        .add("personasPorDocumento", r.personasPorDocumento()))
                .add("filas", filas).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Permitido(Rol.COORDINADOR)
    @Operation(operationId = "importarRegistros",
            summary = "Importa las filas válidas como un lote; ?ruta=&sede=&decisiones=7:123,9:nueva (ruta="
            + "ACTIVIDADES para actividades colectivas; decisiones: para cada"
            + " fila por decidir, el id de la persona elegida o «nueva»). 201 con el lote; 200 si no hubo nada que"
            + " escribir (p. ej. todo ya estaba importado)")
    @APIResponse(responseCode = "201", description = "El lote; 200 si no hubo nada que escribir",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.ResultadoDeImportacion.class)))
    public Response importar(@QueryParam("ruta") String ruta, @QueryParam("sede") String sede,
            @QueryParam("decisiones") String decisiones, byte[] contenido,
            @HeaderParam("X-Nombre-Archivo") String nombre) {
        ResultadoImportacion r = deActividades(ruta)
                ? actividades.importar(sede, nombre(nombre), archivo(contenido), decisiones(decisiones))
                : servicio.importar(ruta(ruta), sede, nombre(nombre), archivo(contenido), decisiones(decisiones));
        JsonObjectBuilder o = Json.createObjectBuilder().add("creadas", r.creadas())
                .add("yaImportadas", r.yaImportadas()).add("personasNuevas", r.personasNuevas())
                .add("filasConError", r.filasConError()).add("nadaNuevo", r.nadaNuevo())
                .add("errores", errores(r.errores()));
        if (r.lote() == null) {
            return Response.ok(o.build()).build();
        }
        o.add("lote", r.lote());
        return Response.status(Response.Status.CREATED).entity(o.build()).build();
    }

    @GET
    @Permitido(Rol.COORDINADOR)
    @Operation(operationId = "listarLotesDeImportacion",
            summary = "Los lotes de las sedes que coordina, los últimos primero (a lo sumo 200)")
    @APIResponse(responseCode = "200", description = "Los lotes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.ListaDeLotes.class)))
    public JsonObject lotes() {
        JsonArrayBuilder a = Json.createArrayBuilder();
        servicio.lotes(200).forEach(l -> a.add(lote(l)));
        return Json.createObjectBuilder().add("lotes", a).build();
    }

    @GET
    @Path("{id}")
    @Permitido(Rol.COORDINADOR)
    @Operation(operationId = "obtenerLoteDeImportacion", summary = "Un lote y lo que creó cada fila (persona y caso, o persona y actividad)")
    @APIResponse(responseCode = "200", description = "El lote y lo que creó cada fila",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.LoteVista.class)))
    public JsonObject lote(@PathParam("id") String id) {
        LoteImportacion l = servicio.lote(numero(id));
        JsonArrayBuilder registros = Json.createArrayBuilder();
        for (RegistroImportado r : servicio.registros(l.getId())) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("fila", r.getFila())
                    .add("personaNueva", r.isPersonaNueva());
            if (r.getPersonaId() != null) {
                o.add("persona", r.getPersonaId());
            }
            if (r.getCasoId() != null) {
                o.add("caso", r.getCasoId());
            }
            if (r.getActividadId() != null) {
                o.add("actividad", r.getActividadId()).add("actividadNueva", r.isActividadNueva());
            }
            registros.add(o);
        }
        return Json.createObjectBuilder(lote(l)).add("registros", registros).build();
    }

    @GET
    @Path("{id}/errores")
    @Permitido(Rol.COORDINADOR)
    @APIResponse(responseCode = "200", description = "CSV con Content-Disposition: attachment", content =
        @Content(mediaType = "text/csv"))
    @Operation(operationId = "descargarFilasConErrorDeLote",
            summary = "Las filas del lote que no se importaron, en CSV con la columna «Motivos»")
    public Response errores(@PathParam("id") String id) {
        long lote = numero(id);
        return archivo(servicio.filasConError(lote), "text/csv; charset=UTF-8", "lote-" + lote + "-filas-con-error.csv");
    }

    @POST
    @Path("{id}/anulacion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.COORDINADOR)
    @Operation(operationId = "anularLoteDeImportacion",
            summary = "Anula el lote con motivo: sus casos (o sus actividades) se anulan y los indicadores vuelven"
            + " a como estaban")
    @APIResponse(responseCode = "200", description = "El lote anulado",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.LoteVista.class)))
    public JsonObject anular(@PathParam("id") String id, @Valid AnulacionDeLote c) {
        return lote(servicio.anular(numero(id), c.motivo()));
    }

    private static JsonObject lote(LoteImportacion l) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", l.getId()).add("ruta", l.isDeActividades() ? ACTIVIDADES : l.getRuta().name())
                .add("sede", l.getSedeCodigo()).add("archivo", l.getArchivo()).add("estado", l.getEstado().name())
                .add("filas", l.getFilas()).add("creadas", l.getCreadas()).add("yaImportadas", l.getYaImportadas())
                .add("conErrores", l.getConErrores()).add("personasNuevas", l.getPersonasNuevas())
                .add("creadoPor", l.getCreadoPor()).add("creadoEn", l.getCreadoEn().toString());
        if (l.getAnuladoEn() != null) {
            o.add("anuladoEn", l.getAnuladoEn().toString()).add("anuladoPor", l.getAnuladoPor())
                    .add("motivoAnulacion", l.getMotivoAnulacion());
        }
        return o.build();
    }

    private static JsonArrayBuilder errores(List<ErrorDeFila> errores) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        errores.forEach(e -> a.add(Json.createObjectBuilder().add("fila", e.fila()).add("columna", e.columna())
                .add("mensaje", e.mensaje())));
        return a;
    }

    private static JsonArrayBuilder textos(List<String> textos) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        textos.forEach(a::add);
        return a;
    }

    /** {@code ruta=ACTIVIDADES}: el archivo es de actividades colectivas, no de una ruta. */
    private static boolean deActividades(String ruta) {
        return ruta != null && ACTIVIDADES.equalsIgnoreCase(ruta.trim());
    }

    private static Ruta ruta(String ruta) {
        try {
            return Ruta.valueOf(ruta == null ? "" : ruta.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ReglaIncumplida("ruta", Texto.de("importacion.elijaRuta"));
        }
    }

    private static long numero(String id) {
        ReglaIncumplida.exigir(id != null && id.matches("\\d{1,18}"), "id", Texto.de("importacion.loteIlegible", id));
        return Long.parseLong(id);
    }

    private static String nombre(String nombre) {
        return nombre == null || nombre.isBlank() ? null : Entrada.cabecera("X-Nombre-Archivo", nombre, 200);
    }

    private static byte[] archivo(byte[] contenido) {
        ReglaIncumplida.exigir(contenido == null || contenido.length <= MAXIMO_BYTES, "archivo",
                Texto.de("importacion.archivoGrande", MAXIMO_BYTES / (1024 * 1024)));
        return contenido;
    }

    /** «7:123,9:nueva» → {7: 123, 9: nueva}. */
    static Map<Integer, Long> decisiones(String texto) {
        Map<Integer, Long> m = new HashMap<>();
        if (texto == null || texto.isBlank()) {
            return m;
        }
        for (String par : texto.split(",")) {
            String[] p = par.trim().split(":");
            ReglaIncumplida.exigir(p.length == 2 && p[0].trim().matches("\\d{1,9}")
                    && (p[1].trim().matches("\\d{1,18}") || p[1].trim().equalsIgnoreCase("nueva")), "decisiones",
                    Texto.de("importacion.decisionesIlegibles"));
            m.put(Integer.valueOf(p[0].trim()), p[1].trim().equalsIgnoreCase("nueva")
                    ? ServicioImportacion.PERSONA_NUEVA : Long.valueOf(p[1].trim()));
        }
        return m;
    }

    private static Response archivo(byte[] contenido, String tipo, String nombre) {
        return Response.ok(contenido, tipo).header("Content-Disposition", TipoArchivo.disposicion(nombre))
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    @Schema(description = "Anulación de un lote")
    public record AnulacionDeLote(@NotBlank @Size(max = MOTIVO) String motivo) implements Peticion {

        public AnulacionDeLote(String motivo) {
            this.motivo = motivo;
        }

        static AnulacionDeLote de(Entrada e) {
            return new AnulacionDeLote(e.textoLargoObligatorio("motivo", MOTIVO));
        }
    }
}
