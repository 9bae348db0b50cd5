package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.adjuntos.ServicioAdjuntos;
import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.casos.TiempoEnEstado;
import co.gov.cartagena.ruta.casos.Atencion;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.EntidadRemision;
import co.gov.cartagena.ruta.casos.FiltroCasos;
import co.gov.cartagena.ruta.casos.PaginaDeCasos;
import co.gov.cartagena.ruta.casos.Remision;
import co.gov.cartagena.ruta.casos.RolParticipante;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.Seguimiento;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.casos.SolicitudApertura;
import co.gov.cartagena.ruta.comun.Hoy;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Casos y lo que se hace en ellos. Las mismas reglas, acceso y auditoría que las páginas: todo pasa por
 * {@link ServicioCasos}. Un caso que no existe y uno que usted no puede ver responden igual (404).
 */
@Path("casos")
@RequestScoped
@Tag(name = "Casos")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Permitido({Rol.GESTOR, Rol.COORDINADOR})
public class CasosResource {

    /** Largos de las columnas (V2__personas_y_casos.sql): código de sede, motivos de anulación y cierre, motivo de un
     *  evento de la historia, textos de remisiones y de seguimientos. */
    private static final int SEDE = 40;
    private static final int MOTIVO_ANULACION = 500;
    private static final int MOTIVO_EVENTO = 1000;
    private static final int TEXTO_REMISION = 1000;
    private static final int TEXTO_SEGUIMIENTO = 1000;
    /** Estado de la ruta, tipo de atención, papel de una persona y usuario del gestor (V2). */
    private static final int ESTADO = 40;
    private static final int TIPO_ATENCION = 60;
    private static final int ROL = 30;
    private static final int GESTOR = 100;

    @Inject
    Clock reloj;

    @Inject
    ServicioCasos servicio;

    @Inject
    ServicioAdjuntos adjuntos;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "buscarCasos",
            summary = "Casos visibles para usted, con filtros y paginación en la base de datos")
    @APIResponse(responseCode = "200", description = "Una página de casos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.PaginaDeCasos.class)))
    public JsonObject buscar(@QueryParam("mios") boolean mios, @QueryParam("sede") String sede,
            @QueryParam("ruta") String ruta, @QueryParam("estado") String estado, @QueryParam("gestor") String gestor,
            @QueryParam("desde") String desde, @QueryParam("hasta") String hasta,
            @QueryParam("vencidos") boolean vencidos, @QueryParam("texto") String texto,
            @QueryParam("pagina") @DefaultValue("0") int pagina, @QueryParam("tamano") @DefaultValue("50") int tamano) {
        Entrada p = Entrada.deParametros("ruta", ruta, "desde", desde, "hasta", hasta);
        FiltroCasos filtro = new FiltroCasos(mios, sede, p.opcion("ruta", Ruta.class), estado, gestor, p.fecha("desde"),
                p.fecha("hasta"), vencidos, false, texto);
        int porPagina = Math.min(Math.max(tamano, 1), 200);
        JsonArrayBuilder a = Json.createArrayBuilder();
        PaginaDeCasos resultado = servicio.pagina(filtro, Math.max(pagina, 0) * porPagina, porPagina);
        resultado.casos().forEach(c -> a.add(Vistas.casoResumen(c)));
        return Json.createObjectBuilder().add("total", resultado.total()).add("pagina", Math.max(pagina, 0))
                .add("casos", a).build();
    }

    @POST
    @Operation(operationId = "abrirCaso", summary = "Abrir un caso (Idempotency-Key evita duplicados al reenviar)")
    @APIResponse(responseCode = "201", description = "El caso abierto (Location: su URL)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public Response abrir(@Valid AperturaDeCaso c, @HeaderParam("Idempotency-Key") String clave) {
        Caso caso = servicio.abrir(new SolicitudApertura(c.ruta(), c.sede(), c.personaId(), c.rolPersona(),
                c.fechaApertura(), c.narrativa(), c.datos(), Entrada.claveDeEnvio(clave)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(caso.getId())).build())
                .entity(vista(caso)).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "obtenerCaso",
            summary = "Un caso con sus personas, atenciones, remisiones, seguimientos e historia")
    @APIResponse(responseCode = "200", description = "El caso",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject obtener(@PathParam("id") long id) {
        return vista(servicio.obtener(id));
    }

    @GET
    @Path("radicado/{radicado}")
    @Operation(operationId = "obtenerCasoPorRadicado", summary = "Un caso por su radicado")
    @APIResponse(responseCode = "200", description = "El caso",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject porRadicado(@PathParam("radicado") String radicado) {
        return vista(servicio.porRadicado(radicado));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "actualizarCaso",
            summary = "Corregir narrativa y campos de la ruta (lleva la versión leída; 409 si cambió)")
    @APIResponse(responseCode = "200", description = "El caso corregido",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject actualizar(@PathParam("id") long id, @Valid CorreccionDeCaso c) {
        return vista(servicio.actualizar(id, c.version(), c.narrativa(), c.datos()));
    }

    @POST
    @Path("{id}/estado")
    @Operation(operationId = "cambiarEstadoDeCaso",
            summary = "Pasar a otro estado de la ruta, con los campos que exige")
    @APIResponse(responseCode = "200", description = "El caso en su nuevo estado",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject cambiarEstado(@PathParam("id") long id, @Valid CambioDeEstadoDeCaso c) {
        return vista(servicio.cambiarEstado(id, c.version(), c.estado(), c.datos(), c.motivo()));
    }

    @POST
    @Path("{id}/atenciones")
    @Operation(operationId = "registrarAtencion", summary = "Registrar una atención prestada")
    @APIResponse(responseCode = "201", description = "El caso con la atención",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public Response atender(@PathParam("id") long id, @Valid NuevaAtencion c,
            @HeaderParam("Idempotency-Key") String clave) {
        Atencion a = servicio.registrarAtencion(id, c.tipo(), c.fecha(), c.personaId(), c.notas(),
                Entrada.claveDeEnvio(clave));
        return Response.status(Response.Status.CREATED).entity(vista(a.getCaso())).build();
    }

    @POST
    @Path("{id}/atenciones/{atencion}/anulacion")
    @Operation(operationId = "anularAtencion",
            summary = "Anular una atención (queda registrada con quién, cuándo y por qué)")
    @APIResponse(responseCode = "200", description = "El caso",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject anularAtencion(@PathParam("id") long id, @PathParam("atencion") long atencion,
            @Valid AnulacionDeAtencion c) {
        return vista(servicio.anularAtencion(id, atencion, c.motivo()));
    }

    @POST
    @Path("{id}/remisiones")
    @Operation(operationId = "remitirCaso",
            summary = "Remitir a otra sede o entidad; compartir datos exige la autorización de las personas")
    @APIResponse(responseCode = "201", description = "El caso con la remisión (X-Remision: su id)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public Response remitir(@PathParam("id") long id, @Valid NuevaRemision c,
            @HeaderParam("Idempotency-Key") String clave) {
        Remision r = servicio.remitir(id, c.entidad(), c.sedeDestino(), c.fecha(), c.motivo(), c.comparteDatos(),
                c.justificacion(), Entrada.claveDeEnvio(clave));
        return Response.status(Response.Status.CREATED).entity(vista(servicio.obtener(id)))
                .header("X-Remision", r.getId()).build();
    }

    @POST
    @Path("{id}/remisiones/{remision}/respuesta")
    @Operation(operationId = "responderRemision", summary = "Registrar la respuesta a una remisión")
    @APIResponse(responseCode = "200", description = "El caso",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject responder(@PathParam("id") long id, @PathParam("remision") long remision,
            @Valid RespuestaDeRemision c) {
        return vista(servicio.responderRemision(id, remision, c.fecha(), c.respuesta()));
    }

    @POST
    @Path("{id}/seguimientos")
    @Operation(operationId = "programarSeguimiento",
            summary = "Programar un seguimiento con fecha de vencimiento (Idempotency-Key evita duplicados al reenviar)")
    @APIResponse(responseCode = "201", description = "El caso con el seguimiento",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public Response programar(@PathParam("id") long id, @Valid NuevoSeguimiento c,
            @HeaderParam("Idempotency-Key") String clave) {
        Seguimiento s = servicio.programarSeguimiento(id, c.descripcion(), c.fechaVencimiento(),
                Entrada.claveDeEnvio(clave));
        return Response.status(Response.Status.CREATED).entity(vista(s.getCaso())).build();
    }

    @POST
    @Path("{id}/seguimientos/{seguimiento}/cumplimiento")
    @Operation(operationId = "cumplirSeguimiento", summary = "Marcar un seguimiento como cumplido")
    @APIResponse(responseCode = "200", description = "El caso",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject cumplir(@PathParam("id") long id, @PathParam("seguimiento") long seguimiento,
            @Valid CumplimientoDeSeguimiento c) {
        return vista(servicio.cumplirSeguimiento(id, seguimiento, c.fecha(), c.resultado()));
    }

    @POST
    @Path("{id}/cierre")
    @Operation(operationId = "cerrarCaso", summary = "Cerrar el caso con un motivo")
    @APIResponse(responseCode = "200", description = "El caso cerrado",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject cerrar(@PathParam("id") long id, @Valid CierreDeCaso c) {
        return vista(servicio.cerrar(id, c.version(), c.fecha(), c.motivo()));
    }

    @POST
    @Path("{id}/reapertura")
    @Operation(operationId = "reabrirCaso", summary = "Reabrir un caso cerrado con un motivo")
    @APIResponse(responseCode = "200", description = "El caso reabierto",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject reabrir(@PathParam("id") long id, @Valid ReaperturaDeCaso c) {
        return vista(servicio.reabrir(id, c.version(), c.motivo()));
    }

    @POST
    @Path("{id}/anulacion")
    @Operation(operationId = "anularCaso", summary = "Anular el caso (no se borra)")
    @APIResponse(responseCode = "200", description = "El caso anulado",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject anular(@PathParam("id") long id, @Valid AnulacionDeCaso c) {
        return vista(servicio.anular(id, c.version(), c.motivo()));
    }

    @POST
    @Path("{id}/personas")
    @Operation(operationId = "agregarPersonaACaso",
            summary = "Agregar una persona del registro al caso con un papel de la ruta",
            description = "Cuerpo: version, personaId y rol (MIEMBRO_HOGAR, VICTIMA, AGRESOR… según la ruta). Queda en "
                    + "la auditoría; cambia las cifras de los indicadores que cuentan personas del caso.")
    @APIResponse(responseCode = "200", description = "El caso",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject agregarPersona(@PathParam("id") long id, @Valid ParticipacionEnCaso c) {
        return vista(servicio.agregarPersona(id, c.version(), c.personaId(), c.rol()));
    }

    @POST
    @Path("{id}/asignacion")
    @Operation(operationId = "asignarCaso", summary = "Asignar el caso a otro gestor (coordinadores)")
    @APIResponse(responseCode = "200", description = "El caso",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject asignar(@PathParam("id") long id, @Valid AsignacionDeCaso c) {
        return vista(servicio.asignar(id, c.version(), c.gestor()));
    }

    @POST
    @Path("{id}/traslado")
    @Operation(operationId = "trasladarCaso",
            summary = "Trasladar el caso a otra sede (coordinadores); con «gestor», se asigna a alguien del personal"
            + " de la sede de destino")
    @APIResponse(responseCode = "200", description = "El caso",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CasoVista.class)))
    public JsonObject trasladar(@PathParam("id") long id, @Valid TrasladoDeCaso c) {
        return vista(servicio.trasladar(id, c.version(), c.sede(), c.gestor()));
    }

    @GET
    @Path("{id}/consultas")
    @Permitido(Rol.COORDINADOR)
    @Operation(operationId = "listarConsultasDeCaso",
            summary = "Quién consultó o cambió el caso (coordinadores de la sede)")
    @APIResponse(responseCode = "200", description = "Las consultas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.ConsultasDeCaso.class)))
    public JsonObject consultas(@PathParam("id") long id) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (RegistroAuditoria r : servicio.quienVio(id)) {
            a.add(Json.createObjectBuilder().add("momento", r.getMomento().toString()).add("usuario", r.getUsuario())
                    .add("accion", r.getAccion().name()));
        }
        return Json.createObjectBuilder().add("consultas", a).build();
    }

    @POST
    @Path("{id}/adjuntos")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "adjuntarACaso",
            summary = "Adjuntar un archivo (PDF, JPG o PNG de hasta 10 MB; nombre en X-Nombre-Archivo)")
    @APIResponse(responseCode = "201", description = "El adjunto",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.AdjuntoVista.class)))
    public Response adjuntar(@PathParam("id") long id, byte[] contenido, @HeaderParam("X-Nombre-Archivo") String nombre,
            @HeaderParam("X-Descripcion") String descripcion) {
        ReglaIncumplida.exigir(nombre != null && !nombre.isBlank(), "X-Nombre-Archivo",
                Texto.de("api.indiqueNombreArchivoCabecera"));
        return Response.status(Response.Status.CREATED)
                .entity(Vistas.adjunto(adjuntos.adjuntarACaso(id,
                Entrada.cabecera("X-Nombre-Archivo", nombre, 200), contenido,
                Entrada.cabecera("X-Descripcion", descripcion, 500)))).build();
    }

    @GET
    @Path("{id}/adjuntos")
    @Operation(operationId = "listarAdjuntosDeCaso", summary = "Los adjuntos del caso (sin su contenido)")
    @APIResponse(responseCode = "200", description = "Los adjuntos",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.ListaDeAdjuntos.class)))
    public JsonObject adjuntos(@PathParam("id") long id) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        adjuntos.deCaso(id).forEach(x -> a.add(Vistas.adjunto(x)));
        return Json.createObjectBuilder().add("adjuntos", a).build();
    }

    @POST
    @Path("{id}/notas")
    @Operation(operationId = "anotarCaso", summary = "Agregar una nota de trabajo al caso")
    @APIResponse(responseCode = "201", description = "Las notas del caso, con la nueva",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.ListaDeNotas.class)))
    public Response anotar(@PathParam("id") long id, @Valid NotaDeCaso c) {
        adjuntos.anotar(id, c.texto());
        return Response.status(Response.Status.CREATED).entity(notas(id)).build();
    }

    @GET
    @Path("{id}/notas")
    @Operation(operationId = "listarNotasDeCaso", summary = "Las notas del caso")
    @APIResponse(responseCode = "200", description = "Las notas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.ListaDeNotas.class)))
    public JsonObject notas(@PathParam("id") long id) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        adjuntos.notas(id).forEach(n -> a.add(Json.createObjectBuilder().add("id", n.getId()).add("texto", n.getTexto())
                .add("autor", n.getCreadoPor()).add("momento", n.getCreadoEn().toString())));
        return Json.createObjectBuilder().add("notas", a).build();
    }

    @GET
    @Path("{id}/tiempos")
    @Operation(operationId = "obtenerTiemposDeCaso",
            summary = "Días que el caso pasó en cada estado (p. ej. de la solicitud a la medida provisional)")
    @APIResponse(responseCode = "200", description = "Los días por estado",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.TiemposDeCaso.class)))
    public JsonObject tiempos(@PathParam("id") long id) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        for (TiempoEnEstado t : TiempoEnEstado.de(servicio.obtener(id), java.time.Instant.now(reloj))) {
            a.add(Json.createObjectBuilder().add("estado", t.estado()).add("desde", t.desde().toString())
                    .add("dias", t.dias()).add("vigente", t.vigente()));
        }
        return Json.createObjectBuilder().add("tiempos", a).build();
    }

    /** El caso tal como lo puede ver quien llama: sin narrativa ni campos sensibles si no le corresponden. */
    private JsonObject vista(Caso c) {
        return Vistas.caso(c, servicio.puedeVerSensibles(c), LocalDate.now(reloj));
    }

    // ---------------------------------------------------------------- cuerpos de las peticiones

    @Schema(description = "Apertura de un caso")
    public record AperturaDeCaso(
            @Schema(description = "La ruta del caso") @NotNull Ruta ruta,
            @Schema(description = "Código de la sede") @NotBlank @Size(max = SEDE) String sede,
            @Schema(description = "La persona titular, del registro") @NotNull @Positive Long personaId,
            @Schema(description = "Su papel en la ruta; sin él, el titular de la ruta") RolParticipante rolPersona,
            @Schema(description = "aaaa-mm-dd; sin ella, hoy") LocalDate fechaApertura,
            @Size(max = Entrada.TEXTO_LIBRE) String narrativa,
            @Size(max = Entrada.CAMPOS_RUTA) Map<String, String> datos) implements Peticion {

        public AperturaDeCaso(Ruta ruta, String sede, Long personaId, RolParticipante rolPersona,
                LocalDate fechaApertura, String narrativa, Map<String, String> datos) {
            this.ruta = ruta;
            this.sede = sede;
            this.personaId = personaId;
            this.rolPersona = rolPersona;
            this.fechaApertura = fechaApertura;
            this.narrativa = narrativa;
            this.datos = datos;
        }

        static AperturaDeCaso de(Entrada e) {
            Ruta ruta = e.opcion("ruta", Ruta.class);
            ReglaIncumplida.exigir(ruta != null, "ruta", Texto.de("api.faltaCampoRuta"));
            long persona = e.idObligatorio("personaId");
            return new AperturaDeCaso(ruta, e.textoObligatorio("sede", SEDE), persona,
                    e.opcion("rolPersona", RolParticipante.class), e.fecha("fechaApertura"),
                    e.textoLargo("narrativa", Entrada.TEXTO_LIBRE), e.textos("datos"));
        }
    }

    @Schema(description = "Corrección de la narrativa y de los campos de la ruta")
    public record CorreccionDeCaso(
            @Schema(description = "La versión que usted leyó") @NotNull @PositiveOrZero Integer version,
            @Size(max = Entrada.TEXTO_LIBRE) String narrativa,
            @Size(max = Entrada.CAMPOS_RUTA) Map<String, String> datos) implements Peticion {

        public CorreccionDeCaso(Integer version, String narrativa, Map<String, String> datos) {
            this.version = version;
            this.narrativa = narrativa;
            this.datos = datos;
        }

        static CorreccionDeCaso de(Entrada e) {
            return new CorreccionDeCaso(e.versionObligatoria("version"), e.textoLargo("narrativa", Entrada.TEXTO_LIBRE),
                    e.textos("datos"));
        }
    }

    @Schema(description = "Paso a otro estado de la ruta, con los campos que ese estado exige")
    public record CambioDeEstadoDeCaso(
            @NotNull @PositiveOrZero Integer version,
            @Schema(description = "Uno de siguientesEstados del caso") @NotBlank @Size(max = ESTADO) String estado,
            @Size(max = Entrada.CAMPOS_RUTA) Map<String, String> datos,
            @Size(max = MOTIVO_EVENTO) String motivo) implements Peticion {

        public CambioDeEstadoDeCaso(Integer version, String estado, Map<String, String> datos, String motivo) {
            this.version = version;
            this.estado = estado;
            this.datos = datos;
            this.motivo = motivo;
        }

        static CambioDeEstadoDeCaso de(Entrada e) {
            return new CambioDeEstadoDeCaso(e.versionObligatoria("version"), e.textoObligatorio("estado", ESTADO),
                    e.textos("datos"), e.textoLargo("motivo", MOTIVO_EVENTO));
        }
    }

    @Schema(description = "Una atención prestada")
    public record NuevaAtencion(
            @Schema(description = "Un tipo de atención de la ruta") @NotBlank @Size(max = TIPO_ATENCION) String tipo,
            @Schema(description = "aaaa-mm-dd; sin ella, hoy") LocalDate fecha,
            @Schema(description = "La persona atendida, si no es el titular") @Positive Long personaId,
            @Size(max = Entrada.TEXTO_LIBRE) String notas) implements Peticion {

        public NuevaAtencion(String tipo, LocalDate fecha, Long personaId, String notas) {
            this.tipo = tipo;
            this.fecha = fecha;
            this.personaId = personaId;
            this.notas = notas;
        }

        static NuevaAtencion de(Entrada e) {
            return new NuevaAtencion(e.textoObligatorio("tipo", TIPO_ATENCION), e.fecha("fecha"), e.id("personaId"),
                    e.textoLargo("notas", Entrada.TEXTO_LIBRE));
        }
    }

    @Schema(description = "Anulación de una atención")
    public record AnulacionDeAtencion(@Size(max = MOTIVO_ANULACION) String motivo) implements Peticion {

        public AnulacionDeAtencion(String motivo) {
            this.motivo = motivo;
        }

        static AnulacionDeAtencion de(Entrada e) {
            return new AnulacionDeAtencion(e.textoLargo("motivo", MOTIVO_ANULACION));
        }
    }

    @Schema(description = "Remisión a otra sede o entidad")
    public record NuevaRemision(
            EntidadRemision entidad,
            @Schema(description = "Código de la sede de destino") @Size(max = SEDE) String sedeDestino,
            LocalDate fecha,
            @Size(max = TEXTO_REMISION) String motivo,
            @Schema(description = "Compartir datos exige la autorización de las personas o una justificación")
            boolean comparteDatos,
            @Size(max = TEXTO_REMISION) String justificacion) implements Peticion {

        public NuevaRemision(EntidadRemision entidad, String sedeDestino, LocalDate fecha, String motivo,
                boolean comparteDatos, String justificacion) {
            this.entidad = entidad;
            this.sedeDestino = sedeDestino;
            this.fecha = fecha;
            this.motivo = motivo;
            this.comparteDatos = comparteDatos;
            this.justificacion = justificacion;
        }

        static NuevaRemision de(Entrada e) {
            return new NuevaRemision(e.opcion("entidad", EntidadRemision.class), e.texto("sedeDestino", SEDE),
                    e.fecha("fecha"), e.textoLargo("motivo", TEXTO_REMISION), e.siNo("comparteDatos"),
                    e.textoLargo("justificacion", TEXTO_REMISION));
        }
    }

    @Schema(description = "Respuesta a una remisión")
    public record RespuestaDeRemision(LocalDate fecha, @Size(max = TEXTO_REMISION) String respuesta)
            implements Peticion {

        public RespuestaDeRemision(LocalDate fecha, String respuesta) {
            this.fecha = fecha;
            this.respuesta = respuesta;
        }

        static RespuestaDeRemision de(Entrada e) {
            return new RespuestaDeRemision(e.fecha("fecha"), e.textoLargo("respuesta", TEXTO_REMISION));
        }
    }

    @Schema(description = "Un seguimiento por hacer")
    public record NuevoSeguimiento(
            @Size(max = TEXTO_SEGUIMIENTO) String descripcion,
            @Schema(description = "aaaa-mm-dd, hasta " + Entrada.ANIOS_SEGUIMIENTO + " años después de hoy")
            LocalDate fechaVencimiento) implements Peticion {

        public NuevoSeguimiento(String descripcion, LocalDate fechaVencimiento) {
            this.descripcion = descripcion;
            this.fechaVencimiento = fechaVencimiento;
        }

        static NuevoSeguimiento de(Entrada e) {
            return new NuevoSeguimiento(e.textoLargo("descripcion", TEXTO_SEGUIMIENTO),
                    e.fecha("fechaVencimiento", LocalDate.now(Hoy.COLOMBIA).plusYears(Entrada.ANIOS_SEGUIMIENTO)));
        }
    }

    @Schema(description = "Cumplimiento de un seguimiento")
    public record CumplimientoDeSeguimiento(LocalDate fecha, @Size(max = TEXTO_SEGUIMIENTO) String resultado)
            implements Peticion {

        public CumplimientoDeSeguimiento(LocalDate fecha, String resultado) {
            this.fecha = fecha;
            this.resultado = resultado;
        }

        static CumplimientoDeSeguimiento de(Entrada e) {
            return new CumplimientoDeSeguimiento(e.fecha("fecha"), e.textoLargo("resultado", TEXTO_SEGUIMIENTO));
        }
    }

    @Schema(description = "Cierre del caso")
    public record CierreDeCaso(@NotNull @PositiveOrZero Integer version, LocalDate fecha,
            @Size(max = MOTIVO_ANULACION) String motivo) implements Peticion {

        public CierreDeCaso(Integer version, LocalDate fecha, String motivo) {
            this.version = version;
            this.fecha = fecha;
            this.motivo = motivo;
        }

        static CierreDeCaso de(Entrada e) {
            return new CierreDeCaso(e.versionObligatoria("version"), e.fecha("fecha"),
                    e.textoLargo("motivo", MOTIVO_ANULACION));
        }
    }

    @Schema(description = "Reapertura de un caso cerrado")
    public record ReaperturaDeCaso(@NotNull @PositiveOrZero Integer version, @Size(max = MOTIVO_EVENTO) String motivo)
            implements Peticion {

        public ReaperturaDeCaso(Integer version, String motivo) {
            this.version = version;
            this.motivo = motivo;
        }

        static ReaperturaDeCaso de(Entrada e) {
            return new ReaperturaDeCaso(e.versionObligatoria("version"), e.textoLargo("motivo", MOTIVO_EVENTO));
        }
    }

    @Schema(description = "Anulación del caso (no se borra)")
    public record AnulacionDeCaso(@NotNull @PositiveOrZero Integer version,
            @Size(max = MOTIVO_ANULACION) String motivo) implements Peticion {

        public AnulacionDeCaso(Integer version, String motivo) {
            this.version = version;
            this.motivo = motivo;
        }

        static AnulacionDeCaso de(Entrada e) {
            return new AnulacionDeCaso(e.versionObligatoria("version"), e.textoLargo("motivo", MOTIVO_ANULACION));
        }
    }

    @Schema(description = "Una persona del registro que entra al caso con un papel de la ruta")
    public record ParticipacionEnCaso(@NotNull @PositiveOrZero Integer version, @NotNull @Positive Long personaId,
            @Schema(description = "MIEMBRO_HOGAR, VICTIMA, AGRESOR… según la ruta") @NotNull RolParticipante rol)
            implements Peticion {

        public ParticipacionEnCaso(Integer version, Long personaId, RolParticipante rol) {
            this.version = version;
            this.personaId = personaId;
            this.rol = rol;
        }

        static ParticipacionEnCaso de(Entrada e) {
            String rol = e.textoObligatorio("rol", ROL);
            RolParticipante r;
            try {
                r = RolParticipante.valueOf(rol);
            } catch (IllegalArgumentException x) {
                throw new ReglaIncumplida("rol",
                        Texto.de("api.papelNoValidoUse", java.util.Arrays.toString(RolParticipante.values())));
            }
            long personaId = e.idObligatorio("personaId");
            return new ParticipacionEnCaso(e.versionObligatoria("version"), personaId, r);
        }
    }

    @Schema(description = "Asignación a otro gestor")
    public record AsignacionDeCaso(@NotNull @PositiveOrZero Integer version,
            @Schema(description = "Usuario del gestor") @NotBlank @Size(max = GESTOR) String gestor)
            implements Peticion {

        public AsignacionDeCaso(Integer version, String gestor) {
            this.version = version;
            this.gestor = gestor;
        }

        static AsignacionDeCaso de(Entrada e) {
            return new AsignacionDeCaso(e.versionObligatoria("version"), e.textoObligatorio("gestor", GESTOR));
        }
    }

    @Schema(description = "Traslado a otra sede; con gestor, se asigna a alguien del personal de la sede de destino")
    public record TrasladoDeCaso(@NotNull @PositiveOrZero Integer version, @NotBlank @Size(max = SEDE) String sede,
            @Size(max = GESTOR) String gestor) implements Peticion {

        public TrasladoDeCaso(Integer version, String sede, String gestor) {
            this.version = version;
            this.sede = sede;
            this.gestor = gestor;
        }

        static TrasladoDeCaso de(Entrada e) {
            return new TrasladoDeCaso(e.versionObligatoria("version"), e.textoObligatorio("sede", SEDE),
                    e.texto("gestor", GESTOR));
        }
    }

    @Schema(description = "Una nota de trabajo")
    public record NotaDeCaso(@Size(max = Entrada.TEXTO_LIBRE) String texto) implements Peticion {

        public NotaDeCaso(String texto) {
            this.texto = texto;
        }

        static NotaDeCaso de(Entrada e) {
            return new NotaDeCaso(e.textoLargo("texto", Entrada.TEXTO_LIBRE));
        }
    }
}
