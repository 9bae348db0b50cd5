package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.actividades.Actividad;
import co.gov.cartagena.ruta.actividades.DatosActividad;
import co.gov.cartagena.ruta.actividades.FichaActividad;
import co.gov.cartagena.ruta.actividades.FiltroActividades;
import co.gov.cartagena.ruta.actividades.ResumenActividad;
import co.gov.cartagena.ruta.actividades.ServicioActividades;
import co.gov.cartagena.ruta.actividades.TipoActividad;
import co.gov.cartagena.ruta.adjuntos.Adjunto;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Actividades colectivas y su catálogo de tipos. Las reglas son las de las páginas, porque ambas pasan por
 * {@link ServicioActividades}: gestores y coordinadores registran y ven las de sus sedes; el supervisor ve las de
 * todas, solo con cifras (sin nombres de personas ni evidencias); el administrador gestiona los tipos. Errores en
 * JSON por {@link MapeadorErrores} (400 con el campo, 403, 404, 409). Fechas en formato aaaa-mm-dd.
 */
@Path("actividades")
@RequestScoped
@Tag(name = "Actividades")
@Produces(MediaType.APPLICATION_JSON)
public class ActividadesResource {

    /** Motivos de anulación (VARCHAR(500) en V8) y personas que se agregan en una sola petición. */
    private static final int MOTIVO = 500;
    private static final int PERSONAS_POR_PETICION = 1_000;

    @Inject
    ServicioActividades servicio;

    @Context
    UriInfo uri;

    @GET
    @Permitido({Rol.GESTOR, Rol.COORDINADOR, Rol.SUPERVISOR})
    @Operation(operationId = "listarActividades",
            summary = "Actividades visibles, de la más reciente a la más antigua; filtros: tipo, sede, desde, hasta,"
            + " sinSoporte (true = solo las que no tienen evidencia), anuladas (true = incluirlas); primero, cuantos")
    @APIResponse(responseCode = "200", description = "Una página de actividades",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.PaginaDeActividades.class)))
    public JsonObject listar(@QueryParam("tipo") String tipo, @QueryParam("sede") String sede,
            @QueryParam("desde") String desde, @QueryParam("hasta") String hasta,
            @QueryParam("sinSoporte") String sinSoporte, @QueryParam("anuladas") String anuladas,
            @QueryParam("primero") String primero, @QueryParam("cuantos") String cuantos) {
        Entrada e = Entrada.deParametros("desde", desde, "hasta", hasta, "sinSoporte", sinSoporte, "anuladas", anuladas,
                "primero", primero, "cuantos", cuantos);
        FiltroActividades filtro = new FiltroActividades(tipo, sede, e.fecha("desde"), e.fecha("hasta"),
                e.siNo("sinSoporte"), e.siNo("anuladas"));
        Integer desdeFila = e.entero("primero", 0, Integer.MAX_VALUE);
        Integer cuantasFilas = e.entero("cuantos", 0, Integer.MAX_VALUE);
        ServicioActividades.Pagina pagina = servicio.listar(filtro, desdeFila == null ? 0 : desdeFila,
                cuantasFilas == null ? 50 : cuantasFilas);
        JsonArrayBuilder filas = Json.createArrayBuilder();
        pagina.filas().forEach(r -> filas.add(resumen(r)));
        return Json.createObjectBuilder().add("total", pagina.total()).add("actividades", filas).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(operationId = "registrarActividad",
            summary = "Registra una actividad: tipo (código), fecha, lugar, localidad, sede (código), participantes,"
            + " objeto (si el tipo lo lleva), descripcion, personas (ids del registro). Idempotency-Key evita duplicados")
    @APIResponse(responseCode = "201", description = "La actividad (Location: su URL)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.FichaDeActividad.class)))
    public Response registrar(@Valid NuevaActividad c, @HeaderParam("Idempotency-Key") String clave) {
        Actividad a = servicio.registrar(c.datos().datos(), c.personas(), Entrada.claveDeEnvio(clave));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.getId())).build())
                .entity(ficha(servicio.ficha(a.getId()))).build();
    }

    @GET
    @Path("{id}")
    @Permitido({Rol.GESTOR, Rol.COORDINADOR, Rol.SUPERVISOR})
    @Operation(operationId = "obtenerActividad",
            summary = "Una actividad; los asistentes y las evidencias solo para quien trabaja en su sede")
    @APIResponse(responseCode = "200", description = "La actividad",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.FichaDeActividad.class)))
    public JsonObject ver(@PathParam("id") long id) {
        return ficha(servicio.ficha(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(operationId = "editarActividad",
            summary = "Cambia los datos (mismos campos que al registrar) con la version que se leyó; 409 si otra"
            + " persona la cambió antes")
    @APIResponse(responseCode = "200", description = "La actividad corregida",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.FichaDeActividad.class)))
    public JsonObject editar(@PathParam("id") long id, @Valid CorreccionDeActividad c) {
        servicio.editar(id, c.version(), c.datos().datos());
        return ficha(servicio.ficha(id));
    }

    @POST
    @Path("{id}/anulacion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(operationId = "anularActividad", summary = "Anula la actividad con motivo (y version, opcional)")
    @APIResponse(responseCode = "200", description = "La actividad anulada",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.FichaDeActividad.class)))
    public JsonObject anular(@PathParam("id") long id, @Valid AnulacionDeActividad c) {
        servicio.anular(id, c.version(), c.motivo());
        return ficha(servicio.ficha(id));
    }

    @POST
    @Path("{id}/personas")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(operationId = "agregarPersonasAActividad",
            summary = "Agrega a la asistencia personas del registro: {\"personas\": [ids]}")
    @APIResponse(responseCode = "200", description = "La actividad",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.FichaDeActividad.class)))
    public JsonObject agregarPersonas(@PathParam("id") long id, @Valid AsistenciaDeActividad c) {
        servicio.agregarPersonas(id, c.personas());
        return ficha(servicio.ficha(id));
    }

    @DELETE
    @Path("{id}/personas/{persona}")
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(operationId = "quitarPersonaDeActividad",
            summary = "Quita de la asistencia a una persona agregada por error (queda en la auditoría)")
    @APIResponse(responseCode = "200", description = "La actividad",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.FichaDeActividad.class)))
    public JsonObject quitarPersona(@PathParam("id") long id, @PathParam("persona") long persona) {
        servicio.quitarPersona(id, persona);
        return ficha(servicio.ficha(id));
    }

    @POST
    @Path("{id}/evidencias")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(operationId = "adjuntarEvidenciaAActividad",
            summary = "Adjunta una evidencia (PDF, JPG o PNG de hasta 10 MB; nombre en X-Nombre-Archivo). Se "
            + "descarga por GET /api/v1/adjuntos/{id}")
    @APIResponse(responseCode = "201", description = "La evidencia",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.EvidenciaVista.class)))
    public Response adjuntar(@PathParam("id") long id, byte[] contenido,
            @HeaderParam("X-Nombre-Archivo") String nombre, @HeaderParam("X-Descripcion") String descripcion) {
        ReglaIncumplida.exigir(nombre != null && !nombre.isBlank(), "X-Nombre-Archivo",
                Texto.de("api.indiqueNombreArchivoCabecera"));
        Adjunto a = servicio.adjuntarEvidencia(id, Entrada.cabecera("X-Nombre-Archivo", nombre, 200),
                contenido, Entrada.cabecera("X-Descripcion", descripcion, 500));
        return Response.status(Response.Status.CREATED).entity(evidencia(a)).build();
    }

    @POST
    @Path("{id}/evidencias/{adjunto}/anulacion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(operationId = "anularEvidenciaDeActividad",
            summary = "Anula una evidencia con motivo; sin evidencias vigentes la actividad queda «sin soporte»")
    @APIResponse(responseCode = "200", description = "La actividad",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.FichaDeActividad.class)))
    public JsonObject anularEvidencia(@PathParam("id") long id, @PathParam("adjunto") long adjunto,
            @Valid AnulacionDeEvidencia c) {
        servicio.anularEvidencia(id, adjunto, c.motivo());
        return ficha(servicio.ficha(id));
    }

    // ---------------------------------------------------------------- tipos

    @GET
    @Path("tipos")
    @Permitido({Rol.GESTOR, Rol.COORDINADOR, Rol.SUPERVISOR, Rol.ADMINISTRADOR})
    @Operation(operationId = "listarTiposDeActividad",
            summary = "El catálogo de tipos de actividad (activos; todos=true para incluir los desactivados)")
    @APIResponse(responseCode = "200", description = "Los tipos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.TipoDeActividadVista[].class)))
    public JsonArray tipos(@QueryParam("todos") String todos) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        servicio.tipos(!Entrada.deParametros("todos", todos).siNo("todos")).forEach(t -> a.add(tipo(t)));
        return a.build();
    }

    @POST
    @Path("tipos")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(operationId = "crearTipoDeActividad",
            summary = "Agrega un tipo: codigo, nombre, descripcion, etiquetaObjeto, objetoRequerido")
    @APIResponse(responseCode = "201", description = "El tipo (Location: su URL)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.TipoDeActividadVista.class)))
    public Response crearTipo(@Valid NuevoTipoDeActividad c) {
        TipoActividad t = servicio.crearTipo(c.codigo(), c.nombre(), c.descripcion(), c.etiquetaObjeto(),
                c.objetoRequerido());
        return Response.created(uri.getAbsolutePathBuilder().path(t.getCodigo()).build()).entity(tipo(t)).build();
    }

    @PUT
    @Path("tipos/{codigo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(operationId = "corregirTipoDeActividad",
            summary = "Renombra o corrige un tipo (el código no cambia; en los del plan tampoco el objeto): version,"
            + " nombre, descripcion, etiquetaObjeto, objetoRequerido")
    @APIResponse(responseCode = "200", description = "El tipo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.TipoDeActividadVista.class)))
    public JsonObject corregirTipo(@PathParam("codigo") String codigo, @Valid CorreccionDeTipoDeActividad c) {
        return tipo(servicio.corregirTipo(codigo, c.version(), c.nombre(), c.descripcion(), c.etiquetaObjeto(),
                c.objetoRequerido()));
    }

    @POST
    @Path("tipos/{codigo}/desactivacion")
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(operationId = "desactivarTipoDeActividad",
            summary = "Desactiva un tipo: deja de ofrecerse para actividades nuevas")
    @APIResponse(responseCode = "200", description = "El tipo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.TipoDeActividadVista.class)))
    public JsonObject desactivarTipo(@PathParam("codigo") String codigo) {
        return tipo(servicio.cambiarActivo(codigo, false));
    }

    @POST
    @Path("tipos/{codigo}/activacion")
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(operationId = "activarTipoDeActividad", summary = "Vuelve a activar un tipo desactivado")
    @APIResponse(responseCode = "200", description = "El tipo",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.TipoDeActividadVista.class)))
    public JsonObject activarTipo(@PathParam("codigo") String codigo) {
        return tipo(servicio.cambiarActivo(codigo, true));
    }

    // ---------------------------------------------------------------- vistas

    private static JsonObject resumen(ResumenActividad r) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", r.id()).add("tipo", r.tipoCodigo())
                .add("tipoNombre", r.tipoNombre()).add("fecha", r.fecha().toString()).add("lugar", r.lugar())
                .add("sede", r.sedeCodigo()).add("sedeNombre", r.sedeNombre()).add("participantes", r.participantes())
                .add("personasRegistradas", r.personas()).add("evidencias", r.evidencias())
                .add("sinSoporte", r.sinSoporte()).add("anulada", r.anulada()).add("version", r.version());
        agregar(o, "localidad", r.localidad());
        agregar(o, "objeto", r.objeto());
        return o.build();
    }

    private static JsonObject ficha(FichaActividad f) {
        Actividad a = f.actividad();
        JsonObjectBuilder o = Json.createObjectBuilder().add("id", a.getId()).add("tipo", a.getTipo().getCodigo())
                .add("tipoNombre", a.getTipo().getNombre()).add("fecha", a.getFecha().toString())
                .add("lugar", a.getLugar()).add("sede", a.getSede().getCodigo())
                .add("sedeNombre", a.getSede().getNombre()).add("participantes", a.getParticipantes())
                .add("personasRegistradas", f.numeroPersonas()).add("evidencias", f.numeroEvidencias())
                .add("sinSoporte", f.sinSoporte()).add("anulada", a.isAnulada()).add("version", a.getVersion())
                .add("creadoPor", a.getCreadoPor()).add("creadoEn", a.getCreadoEn().toString());
        agregar(o, "localidad", a.getLocalidad());
        agregar(o, "objeto", a.getObjeto());
        agregar(o, "objetoClave", a.getObjetoClave());
        agregar(o, "descripcion", a.getDescripcion());
        if (a.isAnulada()) {
            o.add("motivoAnulacion", a.getMotivoAnulacion()).add("anuladaPor", a.getAnuladaPor());
        }
        if (f.verPersonas()) {
            JsonArrayBuilder personas = Json.createArrayBuilder();
            for (Persona p : f.personas()) {
                personas.add(Vistas.personaResumen(p));
            }
            JsonArrayBuilder evidencias = Json.createArrayBuilder();
            f.evidencias().forEach(x -> evidencias.add(evidencia(x)));
            o.add("personas", personas).add("listaEvidencias", evidencias);
        }
        return o.build();
    }

    private static JsonObject evidencia(Adjunto a) {
        JsonObjectBuilder b = Json.createObjectBuilder(Vistas.adjunto(a)).add("anulado", a.isAnulado());
        if (a.isAnulado()) {
            agregar(b, "motivoAnulacion", a.getMotivoAnulacion());
        }
        return b.build();
    }

    private static JsonObject tipo(TipoActividad t) {
        JsonObjectBuilder o = Json.createObjectBuilder().add("codigo", t.getCodigo()).add("nombre", t.getNombre())
                .add("objetoRequerido", t.isObjetoRequerido()).add("delPlan", t.isDelPlan())
                .add("activo", t.isActivo()).add("version", t.getVersion());
        agregar(o, "descripcion", t.getDescripcion());
        agregar(o, "etiquetaObjeto", t.getEtiquetaObjeto());
        agregar(o, "indicador", t.getIndicador());
        return o.build();
    }

    private static void agregar(JsonObjectBuilder o, String campo, String valor) {
        if (valor == null) {
            o.addNull(campo);
        } else {
            o.add(campo, valor);
        }
    }

    // ---------------------------------------------------------------- cuerpos de las peticiones
    // Largos de las columnas de las tablas actividad y tipo_actividad (V8__actividades.sql).

    @Schema(description = "Los datos de una actividad")
    public record DatosDeActividad(
            @Schema(description = "Código del tipo de actividad") @Size(max = 60) String tipo,
            @Schema(description = "aaaa-mm-dd") LocalDate fecha,
            @Size(max = 200) String lugar,
            @Size(max = 80) String localidad,
            @Schema(description = "Código de la sede") @Size(max = 40) String sede,
            @Schema(description = "Cuántas personas participaron (incluidas las no registradas)") @PositiveOrZero
            Integer participantes,
            @Schema(description = "Lo que el tipo de actividad pide (etiquetaObjeto), si lo lleva") @Size(max = 200)
            String objeto,
            @Size(max = Entrada.TEXTO_LIBRE) String descripcion) {

        public DatosDeActividad(String tipo, LocalDate fecha, String lugar, String localidad, String sede,
                Integer participantes, String objeto, String descripcion) {
            this.tipo = tipo;
            this.fecha = fecha;
            this.lugar = lugar;
            this.localidad = localidad;
            this.sede = sede;
            this.participantes = participantes;
            this.objeto = objeto;
            this.descripcion = descripcion;
        }

        static DatosDeActividad de(Entrada e) {
            return new DatosDeActividad(e.texto("tipo", 60), e.fecha("fecha"), e.texto("lugar", 200),
                    e.texto("localidad", 80), e.texto("sede", 40), e.entero("participantes", 0, Integer.MAX_VALUE),
                    e.texto("objeto", 200), e.textoLargo("descripcion", Entrada.TEXTO_LIBRE));
        }

        DatosActividad datos() {
            return new DatosActividad(tipo, fecha, lugar, localidad, sede, participantes, objeto, descripcion);
        }
    }

    /** En el JSON, un solo objeto: las personas junto a los campos de {@link DatosDeActividad}. */
    @Schema(description = "Una actividad nueva: sus datos y las personas del registro que asistieron",
            allOf = DatosDeActividad.class)
    public record NuevaActividad(
            @Size(max = PERSONAS_POR_PETICION)
            List<@Positive Long> personas,
            @Schema(hidden = true) @NotNull @Valid DatosDeActividad datos) implements Peticion {

        public NuevaActividad(List<Long> personas, DatosDeActividad datos) {
            this.personas = personas;
            this.datos = datos;
        }

        static NuevaActividad de(Entrada e) {
            List<Long> personas = e.ids("personas", PERSONAS_POR_PETICION);
            return new NuevaActividad(personas, DatosDeActividad.de(e));
        }
    }

    /** En el JSON, un solo objeto: la versión junto a los campos de {@link DatosDeActividad}. */
    @Schema(description = "Los datos corregidos, con la versión que usted leyó", allOf = DatosDeActividad.class)
    public record CorreccionDeActividad(
            @Schema(description = "La versión que usted leyó") @NotNull @PositiveOrZero Integer version,
            @Schema(hidden = true) @NotNull @Valid DatosDeActividad datos) implements Peticion {

        public CorreccionDeActividad(Integer version, DatosDeActividad datos) {
            this.version = version;
            this.datos = datos;
        }

        static CorreccionDeActividad de(Entrada e) {
            int version = e.versionObligatoria("version");
            return new CorreccionDeActividad(version, DatosDeActividad.de(e));
        }
    }

    @Schema(description = "Anulación de la actividad")
    public record AnulacionDeActividad(
            @Schema(description = "La versión que usted leyó (opcional)") @PositiveOrZero Integer version,
            @NotBlank @Size(max = MOTIVO) String motivo) implements Peticion {

        public AnulacionDeActividad(Integer version, String motivo) {
            this.version = version;
            this.motivo = motivo;
        }

        static AnulacionDeActividad de(Entrada e) {
            Integer version = e.version("version");
            return new AnulacionDeActividad(version, e.textoLargoObligatorio("motivo", MOTIVO));
        }
    }

    @Schema(description = "Personas del registro que se agregan a la asistencia")
    public record AsistenciaDeActividad(
            @NotEmpty @Size(max = PERSONAS_POR_PETICION)
            List<@Positive Long> personas) implements Peticion {

        public AsistenciaDeActividad(List<Long> personas) {
            this.personas = personas;
        }

        static AsistenciaDeActividad de(Entrada e) {
            List<Long> personas = e.ids("personas", PERSONAS_POR_PETICION);
            ReglaIncumplida.exigir(!personas.isEmpty(), "personas", Texto.de("api.faltaCampoPersonasIds"));
            return new AsistenciaDeActividad(personas);
        }
    }

    @Schema(description = "Anulación de una evidencia")
    public record AnulacionDeEvidencia(@NotBlank @Size(max = MOTIVO) String motivo) implements Peticion {

        public AnulacionDeEvidencia(String motivo) {
            this.motivo = motivo;
        }

        static AnulacionDeEvidencia de(Entrada e) {
            return new AnulacionDeEvidencia(e.textoLargoObligatorio("motivo", MOTIVO));
        }
    }

    @Schema(description = "Un tipo de actividad nuevo")
    public record NuevoTipoDeActividad(
            @Size(max = 60) String codigo,
            @Size(max = 200) String nombre,
            @Size(max = 500) String descripcion,
            @Schema(description = "Cómo se llama lo que la actividad atiende (p. ej. «Institución educativa»)")
            @Size(max = 120) String etiquetaObjeto,
            boolean objetoRequerido) implements Peticion {

        public NuevoTipoDeActividad(String codigo, String nombre, String descripcion, String etiquetaObjeto,
                boolean objetoRequerido) {
            this.codigo = codigo;
            this.nombre = nombre;
            this.descripcion = descripcion;
            this.etiquetaObjeto = etiquetaObjeto;
            this.objetoRequerido = objetoRequerido;
        }

        static NuevoTipoDeActividad de(Entrada e) {
            return new NuevoTipoDeActividad(e.texto("codigo", 60), e.texto("nombre", 200),
                    e.textoLargo("descripcion", 500), e.texto("etiquetaObjeto", 120), e.siNo("objetoRequerido"));
        }
    }

    @Schema(description = "Corrección de un tipo (el código no cambia; en los del plan tampoco el objeto)")
    public record CorreccionDeTipoDeActividad(
            @Schema(description = "La versión que usted leyó (opcional)") @PositiveOrZero Integer version,
            @Size(max = 200) String nombre,
            @Size(max = 500) String descripcion,
            @Size(max = 120) String etiquetaObjeto,
            boolean objetoRequerido) implements Peticion {

        public CorreccionDeTipoDeActividad(Integer version, String nombre, String descripcion, String etiquetaObjeto,
                boolean objetoRequerido) {
            this.version = version;
            this.nombre = nombre;
            this.descripcion = descripcion;
            this.etiquetaObjeto = etiquetaObjeto;
            this.objetoRequerido = objetoRequerido;
        }

        static CorreccionDeTipoDeActividad de(Entrada e) {
            return new CorreccionDeTipoDeActividad(e.version("version"), e.texto("nombre", 200),
                    e.textoLargo("descripcion", 500), e.texto("etiquetaObjeto", 120), e.siNo("objetoRequerido"));
        }
    }
}
