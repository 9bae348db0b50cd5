package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.sedes.CambioDeEstado;
import co.gov.cartagena.ruta.sedes.DatosSede;
import co.gov.cartagena.ruta.sedes.EstadoSede;
import co.gov.cartagena.ruta.sedes.FiltroSedes;
import co.gov.cartagena.ruta.sedes.RegistroDeDotacion;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.sedes.SedeALaFecha;
import co.gov.cartagena.ruta.sedes.ServicioSedes;
import co.gov.cartagena.ruta.sedes.TipoSede;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import java.time.Clock;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * El registro de sedes: todos los roles lo consultan (con el estado a una fecha de corte); solo el administrador
 * crea sedes, corrige sus datos y registra cambios de estado y de dotación. Las reglas son las mismas de las
 * páginas, porque ambas pasan por {@link ServicioSedes}; los errores salen en JSON por {@link MapeadorErrores}
 * (400 con el campo, 403, 404, 409). Fechas en formato aaaa-mm-dd.
 */
@Path("sedes")
@RequestScoped
@Tag(name = "Sedes")
@Produces(MediaType.APPLICATION_JSON)
public class SedesResource {

    /** Largos de las columnas (V1, V6): código de sede y motivo de un cambio de estado. */
    private static final int CODIGO = 40;
    private static final int MOTIVO = 500;

    @Inject
    Clock reloj;

    @Inject
    ServicioSedes servicio;

    @Context
    UriInfo uri;

    @GET
    @Permitido({Rol.GESTOR, Rol.COORDINADOR, Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.AUDITOR})
    @Operation(operationId = "listarSedes",
            summary = "Sedes con su estado a la fecha de corte (hoy si no se da), filtradas por tipo y estado")
    @APIResponse(responseCode = "200", description = "Las sedes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.SedeResumen[].class)))
    public JsonArray listar(@QueryParam("tipo") String tipo, @QueryParam("estado") String estado,
            @QueryParam("corte") String corte) {
        Entrada filtros = parametros("tipo", tipo, "estado", estado, "corte", corte);
        FiltroSedes filtro = new FiltroSedes(filtros.opcion("tipo", TipoSede.class),
                filtros.opcion("estado", EstadoSede.class), filtros.fecha("corte"));
        JsonArrayBuilder arreglo = Json.createArrayBuilder();
        for (SedeALaFecha s : servicio.listar(filtro)) {
            arreglo.add(resumen(s.getSede(), s.getCorte(), s.getEstado(), s.getDotacion()));
        }
        return arreglo.build();
    }

    @GET
    @Path("{codigo}")
    @Permitido({Rol.GESTOR, Rol.COORDINADOR, Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.AUDITOR})
    @Operation(operationId = "obtenerSede",
            summary = "Una sede con su estado a la fecha de corte (hoy si no se da) y toda su historia")
    @APIResponse(responseCode = "200", description = "La sede",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.SedeDetalle.class)))
    public JsonObject buscar(@PathParam("codigo") String codigo, @QueryParam("corte") String corte) {
        LocalDate fecha = parametros("corte", corte).fecha("corte");
        return detalle(servicio.buscar(codigo), fecha == null ? LocalDate.now(reloj) : fecha);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(operationId = "crearSede",
            summary = "Crea una sede con su estado inicial: codigo, nombre, tipo, localidad, direccion, padre "
            + "(Casa de Justicia de un Centro de Conciliación), estado, desde, motivo")
    @APIResponse(responseCode = "201", description = "La sede (Location: su URL)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.SedeDetalle.class)))
    public Response crear(@Valid NuevaSede c) {
        DatosSede datos = new DatosSede(c.codigo(), c.nombre(), c.tipo(), c.localidad(), c.direccion(), c.padre());
        Sede sede = servicio.crear(datos, c.estado(), c.desde(), c.motivo());
        return Response.created(uri.getAbsolutePathBuilder().path(sede.getCodigo()).build())
                .entity(detalle(sede, LocalDate.now(reloj))).build();
    }

    @PUT
    @Path("{codigo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(operationId = "corregirSede",
            summary = "Corrige nombre, direccion y localidad (el código, el tipo y la sede padre no cambian); "
            + "con version, rechaza con 409 si otra persona la cambió antes")
    @APIResponse(responseCode = "200", description = "La sede",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.SedeDetalle.class)))
    public JsonObject corregir(@PathParam("codigo") String codigo, @Valid CorreccionDeSede c) {
        Sede sede = servicio.corregirDatos(codigo, c.version(), c.nombre(), c.direccion(), c.localidad());
        return detalle(sede, LocalDate.now(reloj));
    }

    @POST
    @Path("{codigo}/estados")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(operationId = "cambiarEstadoDeSede",
            summary = "Registra un cambio de estado: estado, desde, motivo y reapertura (true para salir de "
            + "cerrada)")
    @APIResponse(responseCode = "201", description = "La sede",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.SedeDetalle.class)))
    public Response cambiarEstado(@PathParam("codigo") String codigo, @Valid CambioDeEstadoDeSede c) {
        Sede sede = servicio.cambiarEstado(codigo, c.estado(), c.desde(), c.motivo(), c.reapertura());
        return Response.status(Response.Status.CREATED).entity(detalle(sede, LocalDate.now(reloj))).build();
    }

    @POST
    @Path("{codigo}/dotaciones")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(operationId = "registrarDotacionDeSede",
            summary = "Registra la dotación de una Inspección de Policía: completa (true/false), detalle, desde")
    @APIResponse(responseCode = "201", description = "La sede",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.SedeDetalle.class)))
    public Response registrarDotacion(@PathParam("codigo") String codigo, @Valid DotacionDeSede c) {
        Sede sede = servicio.registrarDotacion(codigo, c.completa(), c.detalle(), c.desde());
        return Response.status(Response.Status.CREATED).entity(detalle(sede, LocalDate.now(reloj))).build();
    }

    @POST
    @Path("grupos/sincronizar")
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(operationId = "sincronizarGruposDeSedes",
            summary = "Reintenta ya crear en Keycloak los grupos /sedes/<codigo> pendientes (Ruta lo reintenta "
            + "solo cada 5 minutos); responde cuántos creó y cuántos siguen pendientes")
    @APIResponse(responseCode = "200", description = "Cuántos se crearon y cuántos siguen pendientes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.SincronizacionDeGrupos.class)))
    public JsonObject sincronizarGrupos() {
        int creados = servicio.sincronizarGruposPendientes();
        return Json.createObjectBuilder().add("creados", creados).add("pendientes", servicio.gruposPendientes())
                .build();
    }

    /** Los parámetros de la URL leídos con las mismas reglas (y los mismos errores 400 con campo) que un cuerpo. */
    private static Entrada parametros(String... nombresYValores) {
        return Entrada.deParametros(nombresYValores);
    }

    private static JsonObjectBuilder resumen(Sede s, LocalDate corte, CambioDeEstado estado,
            RegistroDeDotacion dotacion) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("codigo", s.getCodigo())
                .add("nombre", s.getNombre())
                .add("tipo", s.getTipo().name());
        agregar(o, "localidad", s.getLocalidad());
        agregar(o, "direccion", s.getDireccion());
        agregar(o, "padre", s.getPadre() == null ? null : s.getPadre().getCodigo());
        o.add("version", s.getVersion()).add("corte", corte.toString())
                .add("grupoKeycloak", s.isGrupoSincronizado() ? "SINCRONIZADO" : "PENDIENTE");
        if (estado == null) {
            o.addNull("estado");
        } else {
            o.add("estado", estado(estado));
        }
        if (s.getTipo().llevaDotacion()) {
            if (dotacion == null) {
                o.addNull("dotacion");
            } else {
                o.add("dotacion", dotacion(dotacion));
            }
        }
        return o;
    }

    private static JsonObject detalle(Sede s, LocalDate corte) {
        JsonObjectBuilder o = resumen(s, corte, s.cambioVigenteA(corte).orElse(null), s.dotacionA(corte).orElse(null));
        JsonArrayBuilder estados = Json.createArrayBuilder();
        s.getHistorialEstados().forEach(e -> estados.add(estado(e)));
        o.add("historialEstados", estados);
        if (s.getTipo().llevaDotacion()) {
            JsonArrayBuilder dotaciones = Json.createArrayBuilder();
            s.getHistorialDotacion().forEach(d -> dotaciones.add(dotacion(d)));
            o.add("historialDotacion", dotaciones);
        }
        return o.build();
    }

    private static JsonObjectBuilder estado(CambioDeEstado e) {
        return Json.createObjectBuilder()
                .add("estado", e.getEstado().name())
                .add("vigenteDesde", e.getVigenteDesde().toString())
                .add("motivo", e.getMotivo())
                .add("reapertura", e.isReapertura())
                .add("registradoPor", e.getCreadoPor())
                .add("registradoEn", e.getCreadoEn().toString());
    }

    private static JsonObjectBuilder dotacion(RegistroDeDotacion d) {
        return Json.createObjectBuilder()
                .add("completa", d.isCompleta())
                .add("detalle", d.getDetalle())
                .add("vigenteDesde", d.getVigenteDesde().toString())
                .add("registradoPor", d.getCreadoPor())
                .add("registradoEn", d.getCreadoEn().toString());
    }

    private static void agregar(JsonObjectBuilder o, String campo, String valor) {
        if (valor == null) {
            o.addNull(campo);
        } else {
            o.add(campo, valor);
        }
    }

    // ---------------------------------------------------------------- cuerpos de las peticiones
    // Largos de las columnas de las tablas sede (V1) y de su historia (V6).

    @Schema(description = "Una sede nueva con su estado inicial")
    public record NuevaSede(
            @Size(max = CODIGO) String codigo,
            @Size(max = 200) String nombre,
            TipoSede tipo,
            @Size(max = 80) String localidad,
            @Size(max = 200) String direccion,
            @Schema(description = "Código de la Casa de Justicia de un Centro de Conciliación") @Size(max = CODIGO)
            String padre,
            EstadoSede estado,
            @Schema(description = "aaaa-mm-dd") LocalDate desde,
            @Size(max = MOTIVO) String motivo) implements Peticion {

        public NuevaSede(String codigo, String nombre, TipoSede tipo, String localidad, String direccion, String padre,
                EstadoSede estado, LocalDate desde, String motivo) {
            this.codigo = codigo;
            this.nombre = nombre;
            this.tipo = tipo;
            this.localidad = localidad;
            this.direccion = direccion;
            this.padre = padre;
            this.estado = estado;
            this.desde = desde;
            this.motivo = motivo;
        }

        static NuevaSede de(Entrada e) {
            return new NuevaSede(e.texto("codigo", CODIGO), e.texto("nombre", 200), e.opcion("tipo", TipoSede.class),
                    e.texto("localidad", 80), e.texto("direccion", 200), e.texto("padre", CODIGO),
                    e.opcion("estado", EstadoSede.class), e.fecha("desde"), e.textoLargo("motivo", MOTIVO));
        }
    }

    @Schema(description = "Corrección de nombre, dirección y localidad")
    public record CorreccionDeSede(
            @Schema(description = "La versión que usted leyó (opcional)") @PositiveOrZero Integer version,
            @Size(max = 200) String nombre,
            @Size(max = 200) String direccion,
            @Size(max = 80) String localidad) implements Peticion {

        public CorreccionDeSede(Integer version, String nombre, String direccion, String localidad) {
            this.version = version;
            this.nombre = nombre;
            this.direccion = direccion;
            this.localidad = localidad;
        }

        static CorreccionDeSede de(Entrada e) {
            return new CorreccionDeSede(e.version("version"), e.texto("nombre", 200), e.texto("direccion", 200),
                    e.texto("localidad", 80));
        }
    }

    @Schema(description = "Un cambio de estado de la sede")
    public record CambioDeEstadoDeSede(
            EstadoSede estado,
            @Schema(description = "aaaa-mm-dd") LocalDate desde,
            @Size(max = MOTIVO) String motivo,
            @Schema(description = "true para salir de cerrada") boolean reapertura) implements Peticion {

        public CambioDeEstadoDeSede(EstadoSede estado, LocalDate desde, String motivo, boolean reapertura) {
            this.estado = estado;
            this.desde = desde;
            this.motivo = motivo;
            this.reapertura = reapertura;
        }

        static CambioDeEstadoDeSede de(Entrada e) {
            return new CambioDeEstadoDeSede(e.opcion("estado", EstadoSede.class), e.fecha("desde"),
                    e.textoLargo("motivo", MOTIVO), e.siNo("reapertura"));
        }
    }

    @Schema(description = "La dotación de una Inspección de Policía")
    public record DotacionDeSede(
            @Schema(required = true) boolean completa,
            @Size(max = 1000) String detalle,
            @Schema(description = "aaaa-mm-dd") LocalDate desde) implements Peticion {

        public DotacionDeSede(boolean completa, String detalle, LocalDate desde) {
            this.completa = completa;
            this.detalle = detalle;
            this.desde = desde;
        }

        static DotacionDeSede de(Entrada e) {
            ReglaIncumplida.exigir(e.tiene("completa"), "completa", Texto.de("api.faltaCampoCompletaTrue"));
            return new DotacionDeSede(e.siNo("completa"), e.textoLargo("detalle", 1000), e.fecha("desde"));
        }
    }
}
