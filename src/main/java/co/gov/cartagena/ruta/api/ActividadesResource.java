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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Actividades visibles, de la más reciente a la más antigua; filtros: tipo, sede, desde, hasta,"
            + " sinSoporte (true = solo las que no tienen evidencia), anuladas (true = incluirlas); primero, cuantos")
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
    @Operation(summary = "Registra una actividad: tipo (código), fecha, lugar, localidad, sede (código), participantes,"
            + " objeto (si el tipo lo lleva), descripcion, personas (ids del registro). Idempotency-Key evita duplicados")
    public Response registrar(JsonObject cuerpo, @HeaderParam("Idempotency-Key") String clave) {
        Entrada e = new Entrada(cuerpo);
        List<Long> personas = e.ids("personas", PERSONAS_POR_PETICION);
        Actividad a = servicio.registrar(datos(e), personas, Entrada.claveDeEnvio(clave));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(a.getId())).build())
                .entity(ficha(servicio.ficha(a.getId()))).build();
    }

    @GET
    @Path("{id}")
    @Permitido({Rol.GESTOR, Rol.COORDINADOR, Rol.SUPERVISOR})
    @Operation(summary = "Una actividad; los asistentes y las evidencias solo para quien trabaja en su sede")
    public JsonObject ver(@PathParam("id") long id) {
        return ficha(servicio.ficha(id));
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(summary = "Cambia los datos (mismos campos que al registrar) con la version que se leyó; 409 si otra"
            + " persona la cambió antes")
    public JsonObject editar(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        servicio.editar(id, e.versionObligatoria("version"), datos(e));
        return ficha(servicio.ficha(id));
    }

    @POST
    @Path("{id}/anulacion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(summary = "Anula la actividad con motivo (y version, opcional)")
    public JsonObject anular(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        servicio.anular(id, e.version("version"), e.textoLargoObligatorio("motivo", MOTIVO));
        return ficha(servicio.ficha(id));
    }

    @POST
    @Path("{id}/personas")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(summary = "Agrega a la asistencia personas del registro: {\"personas\": [ids]}")
    public JsonObject agregarPersonas(@PathParam("id") long id, JsonObject cuerpo) {
        List<Long> personas = new Entrada(cuerpo).ids("personas", PERSONAS_POR_PETICION);
        ReglaIncumplida.exigir(!personas.isEmpty(), "personas", Texto.de("api.faltaCampoPersonasIds"));
        servicio.agregarPersonas(id, personas);
        return ficha(servicio.ficha(id));
    }

    @DELETE
    @Path("{id}/personas/{persona}")
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(summary = "Quita de la asistencia a una persona agregada por error (queda en la auditoría)")
    public JsonObject quitarPersona(@PathParam("id") long id, @PathParam("persona") long persona) {
        servicio.quitarPersona(id, persona);
        return ficha(servicio.ficha(id));
    }

    @POST
    @Path("{id}/evidencias")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Permitido({Rol.GESTOR, Rol.COORDINADOR})
    @Operation(summary = "Adjunta una evidencia (PDF, JPG o PNG de hasta 10 MB; nombre en X-Nombre-Archivo). Se "
            + "descarga por GET /api/v1/adjuntos/{id}")
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
    @Operation(summary = "Anula una evidencia con motivo; sin evidencias vigentes la actividad queda «sin soporte»")
    public JsonObject anularEvidencia(@PathParam("id") long id, @PathParam("adjunto") long adjunto,
            JsonObject cuerpo) {
        servicio.anularEvidencia(id, adjunto, new Entrada(cuerpo).textoLargoObligatorio("motivo", MOTIVO));
        return ficha(servicio.ficha(id));
    }

    // ---------------------------------------------------------------- tipos

    @GET
    @Path("tipos")
    @Permitido({Rol.GESTOR, Rol.COORDINADOR, Rol.SUPERVISOR, Rol.ADMINISTRADOR})
    @Operation(summary = "El catálogo de tipos de actividad (activos; todos=true para incluir los desactivados)")
    public JsonArray tipos(@QueryParam("todos") String todos) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        servicio.tipos(!Entrada.deParametros("todos", todos).siNo("todos")).forEach(t -> a.add(tipo(t)));
        return a.build();
    }

    @POST
    @Path("tipos")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(summary = "Agrega un tipo: codigo, nombre, descripcion, etiquetaObjeto, objetoRequerido")
    public Response crearTipo(JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        TipoActividad t = servicio.crearTipo(e.texto("codigo", 60), e.texto("nombre", 200),
                e.textoLargo("descripcion", 500), e.texto("etiquetaObjeto", 120), e.siNo("objetoRequerido"));
        return Response.created(uri.getAbsolutePathBuilder().path(t.getCodigo()).build()).entity(tipo(t)).build();
    }

    @PUT
    @Path("tipos/{codigo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(summary = "Renombra o corrige un tipo (el código no cambia; en los del plan tampoco el objeto): version,"
            + " nombre, descripcion, etiquetaObjeto, objetoRequerido")
    public JsonObject corregirTipo(@PathParam("codigo") String codigo, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        return tipo(servicio.corregirTipo(codigo, e.version("version"), e.texto("nombre", 200),
                e.textoLargo("descripcion", 500), e.texto("etiquetaObjeto", 120), e.siNo("objetoRequerido")));
    }

    @POST
    @Path("tipos/{codigo}/desactivacion")
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(summary = "Desactiva un tipo: deja de ofrecerse para actividades nuevas")
    public JsonObject desactivarTipo(@PathParam("codigo") String codigo) {
        return tipo(servicio.cambiarActivo(codigo, false));
    }

    @POST
    @Path("tipos/{codigo}/activacion")
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(summary = "Vuelve a activar un tipo desactivado")
    public JsonObject activarTipo(@PathParam("codigo") String codigo) {
        return tipo(servicio.cambiarActivo(codigo, true));
    }

    // ---------------------------------------------------------------- vistas

    /** Largos de las columnas de la tabla actividad (V8__actividades.sql). */
    private static DatosActividad datos(Entrada e) {
        return new DatosActividad(e.texto("tipo", 60), e.fecha("fecha"), e.texto("lugar", 200),
                e.texto("localidad", 80), e.texto("sede", 40), e.entero("participantes", 0, Integer.MAX_VALUE),
                e.texto("objeto", 200), e.textoLargo("descripcion", Entrada.TEXTO_LIBRE));
    }

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
}
