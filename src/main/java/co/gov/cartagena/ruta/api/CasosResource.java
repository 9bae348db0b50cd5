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
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
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

    @Inject
    Clock reloj;

    @Inject
    ServicioCasos servicio;

    @Inject
    ServicioAdjuntos adjuntos;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Casos visibles para usted, con filtros y paginación en la base de datos")
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
    @Operation(summary = "Abrir un caso (Idempotency-Key evita duplicados al reenviar)")
    public Response abrir(JsonObject cuerpo, @HeaderParam("Idempotency-Key") String clave) {
        Entrada e = new Entrada(cuerpo);
        Ruta ruta = e.opcion("ruta", Ruta.class);
        ReglaIncumplida.exigir(ruta != null, "ruta", Texto.de("api.faltaCampoRuta"));
        long persona = e.idObligatorio("personaId");
        Caso c = servicio.abrir(new SolicitudApertura(ruta, e.textoObligatorio("sede", SEDE), persona,
                e.opcion("rolPersona", RolParticipante.class), e.fecha("fechaApertura"),
                e.textoLargo("narrativa", Entrada.TEXTO_LIBRE), e.textos("datos"), Entrada.claveDeEnvio(clave)));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(c.getId())).build())
                .entity(vista(c)).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Un caso con sus personas, atenciones, remisiones, seguimientos e historia")
    public JsonObject obtener(@PathParam("id") long id) {
        return vista(servicio.obtener(id));
    }

    @GET
    @Path("radicado/{radicado}")
    @Operation(summary = "Un caso por su radicado")
    public JsonObject porRadicado(@PathParam("radicado") String radicado) {
        return vista(servicio.porRadicado(radicado));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Corregir narrativa y campos de la ruta (lleva la versión leída; 409 si cambió)")
    public JsonObject actualizar(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        return vista(servicio.actualizar(id, e.versionObligatoria("version"),
                e.textoLargo("narrativa", Entrada.TEXTO_LIBRE), e.textos("datos")));
    }

    @POST
    @Path("{id}/estado")
    @Operation(summary = "Pasar a otro estado de la ruta, con los campos que exige")
    public JsonObject cambiarEstado(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        return vista(servicio.cambiarEstado(id, e.versionObligatoria("version"),
                e.textoObligatorio("estado", 40), e.textos("datos"), e.textoLargo("motivo", MOTIVO_EVENTO)));
    }

    @POST
    @Path("{id}/atenciones")
    @Operation(summary = "Registrar una atención prestada")
    public Response atender(@PathParam("id") long id, JsonObject cuerpo, @HeaderParam("Idempotency-Key") String clave) {
        Entrada e = new Entrada(cuerpo);
        Atencion a = servicio.registrarAtencion(id, e.textoObligatorio("tipo", 60), e.fecha("fecha"),
                e.id("personaId"), e.textoLargo("notas", Entrada.TEXTO_LIBRE),
                Entrada.claveDeEnvio(clave));
        return Response.status(Response.Status.CREATED).entity(vista(a.getCaso())).build();
    }

    @POST
    @Path("{id}/atenciones/{atencion}/anulacion")
    @Operation(summary = "Anular una atención (queda registrada con quién, cuándo y por qué)")
    public JsonObject anularAtencion(@PathParam("id") long id, @PathParam("atencion") long atencion, JsonObject cuerpo) {
        return vista(servicio.anularAtencion(id, atencion, new Entrada(cuerpo).textoLargo("motivo", MOTIVO_ANULACION)));
    }

    @POST
    @Path("{id}/remisiones")
    @Operation(summary = "Remitir a otra sede o entidad; compartir datos exige la autorización de las personas")
    public Response remitir(@PathParam("id") long id, JsonObject cuerpo, @HeaderParam("Idempotency-Key") String clave) {
        Entrada e = new Entrada(cuerpo);
        Remision r = servicio.remitir(id, e.opcion("entidad", EntidadRemision.class), e.texto("sedeDestino", SEDE),
                e.fecha("fecha"), e.textoLargo("motivo", TEXTO_REMISION), e.siNo("comparteDatos"),
                e.textoLargo("justificacion", TEXTO_REMISION),
                Entrada.claveDeEnvio(clave));
        return Response.status(Response.Status.CREATED).entity(vista(servicio.obtener(id)))
                .header("X-Remision", r.getId()).build();
    }

    @POST
    @Path("{id}/remisiones/{remision}/respuesta")
    @Operation(summary = "Registrar la respuesta a una remisión")
    public JsonObject responder(@PathParam("id") long id, @PathParam("remision") long remision, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        return vista(servicio.responderRemision(id, remision, e.fecha("fecha"), e.textoLargo("respuesta", TEXTO_REMISION)));
    }

    @POST
    @Path("{id}/seguimientos")
    @Operation(summary = "Programar un seguimiento con fecha de vencimiento (Idempotency-Key evita duplicados al reenviar)")
    public Response programar(@PathParam("id") long id, JsonObject cuerpo, @HeaderParam("Idempotency-Key") String clave) {
        Entrada e = new Entrada(cuerpo);
        Seguimiento s = servicio.programarSeguimiento(id, e.textoLargo("descripcion", TEXTO_SEGUIMIENTO),
                e.fecha("fechaVencimiento", LocalDate.now(reloj).plusYears(Entrada.ANIOS_SEGUIMIENTO)),
                Entrada.claveDeEnvio(clave));
        return Response.status(Response.Status.CREATED).entity(vista(s.getCaso())).build();
    }

    @POST
    @Path("{id}/seguimientos/{seguimiento}/cumplimiento")
    @Operation(summary = "Marcar un seguimiento como cumplido")
    public JsonObject cumplir(@PathParam("id") long id, @PathParam("seguimiento") long seguimiento, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        return vista(servicio.cumplirSeguimiento(id, seguimiento, e.fecha("fecha"), e.textoLargo("resultado", TEXTO_SEGUIMIENTO)));
    }

    @POST
    @Path("{id}/cierre")
    @Operation(summary = "Cerrar el caso con un motivo")
    public JsonObject cerrar(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        return vista(servicio.cerrar(id, e.versionObligatoria("version"), e.fecha("fecha"),
                e.textoLargo("motivo", MOTIVO_ANULACION)));
    }

    @POST
    @Path("{id}/reapertura")
    @Operation(summary = "Reabrir un caso cerrado con un motivo")
    public JsonObject reabrir(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        return vista(servicio.reabrir(id, e.versionObligatoria("version"), e.textoLargo("motivo", MOTIVO_EVENTO)));
    }

    @POST
    @Path("{id}/anulacion")
    @Operation(summary = "Anular el caso (no se borra)")
    public JsonObject anular(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        return vista(servicio.anular(id, e.versionObligatoria("version"), e.textoLargo("motivo", MOTIVO_ANULACION)));
    }

    @POST
    @Path("{id}/personas")
    @Operation(summary = "Agregar una persona del registro al caso con un papel de la ruta",
            description = "Cuerpo: version, personaId y rol (MIEMBRO_HOGAR, VICTIMA, AGRESOR… según la ruta). Queda en "
                    + "la auditoría; cambia las cifras de los indicadores que cuentan personas del caso.")
    public JsonObject agregarPersona(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        String rol = e.textoObligatorio("rol", 30);
        RolParticipante r;
        try {
            r = RolParticipante.valueOf(rol);
        } catch (IllegalArgumentException x) {
            throw new co.gov.cartagena.ruta.comun.ReglaIncumplida("rol",
                    Texto.de("api.papelNoValidoUse", java.util.Arrays.toString(RolParticipante.values())));
        }
        long personaId = e.idObligatorio("personaId");
        return vista(servicio.agregarPersona(id, e.versionObligatoria("version"), personaId, r));
    }

    @POST
    @Path("{id}/asignacion")
    @Operation(summary = "Asignar el caso a otro gestor (coordinadores)")
    public JsonObject asignar(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        return vista(servicio.asignar(id, e.versionObligatoria("version"), e.textoObligatorio("gestor", 100)));
    }

    @POST
    @Path("{id}/traslado")
    @Operation(summary = "Trasladar el caso a otra sede (coordinadores); con «gestor», se asigna a alguien del personal"
            + " de la sede de destino")
    public JsonObject trasladar(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        return vista(servicio.trasladar(id, e.versionObligatoria("version"), e.textoObligatorio("sede", SEDE),
                e.texto("gestor", 100)));
    }

    @GET
    @Path("{id}/consultas")
    @Permitido(Rol.COORDINADOR)
    @Operation(summary = "Quién consultó o cambió el caso (coordinadores de la sede)")
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
    @Operation(summary = "Adjuntar un archivo (PDF, JPG o PNG de hasta 10 MB; nombre en X-Nombre-Archivo)")
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
    @Operation(summary = "Los adjuntos del caso (sin su contenido)")
    public JsonObject adjuntos(@PathParam("id") long id) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        adjuntos.deCaso(id).forEach(x -> a.add(Vistas.adjunto(x)));
        return Json.createObjectBuilder().add("adjuntos", a).build();
    }

    @POST
    @Path("{id}/notas")
    @Operation(summary = "Agregar una nota de trabajo al caso")
    public Response anotar(@PathParam("id") long id, JsonObject cuerpo) {
        adjuntos.anotar(id, new Entrada(cuerpo).textoLargo("texto", Entrada.TEXTO_LIBRE));
        return Response.status(Response.Status.CREATED).entity(notas(id)).build();
    }

    @GET
    @Path("{id}/notas")
    @Operation(summary = "Las notas del caso")
    public JsonObject notas(@PathParam("id") long id) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        adjuntos.notas(id).forEach(n -> a.add(Json.createObjectBuilder().add("id", n.getId()).add("texto", n.getTexto())
                .add("autor", n.getCreadoPor()).add("momento", n.getCreadoEn().toString())));
        return Json.createObjectBuilder().add("notas", a).build();
    }

    @GET
    @Path("{id}/tiempos")
    @Operation(summary = "Días que el caso pasó en cada estado (p. ej. de la solicitud a la medida provisional)")
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
}
