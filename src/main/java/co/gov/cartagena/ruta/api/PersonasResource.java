package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.personas.AlcanceConsentimiento;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Etnia;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Personas: buscar antes de crear, registrar, corregir, autorizaciones y fusión. */
@Path("personas")
@RequestScoped
@Tag(name = "Personas")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Permitido({Rol.GESTOR, Rol.COORDINADOR})
public class PersonasResource {

    @Inject
    ServicioPersonas servicio;

    @Inject
    ServicioCasos casos;

    @Inject
    co.gov.cartagena.ruta.adjuntos.ServicioAdjuntos adjuntos;

    @Context
    UriInfo uri;

    @GET
    @Operation(operationId = "buscarPersonas",
            summary = "Personas cuyo nombre contiene todas las palabras (sin importar tildes ni orden)")
    @APIResponse(responseCode = "200", description = "Las personas",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.ListaDePersonas.class)))
    public JsonObject buscar(@QueryParam("nombre") String nombre) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        servicio.buscar(nombre == null ? "" : nombre).forEach(p -> a.add(Vistas.personaResumen(p)));
        return Json.createObjectBuilder().add("personas", a).build();
    }

    @GET
    @Path("coincidencias")
    @Operation(operationId = "buscarCoincidenciasDePersona",
            summary = "Buscar antes de crear: coincidencias exactas de documento y nombres parecidos")
    @APIResponse(responseCode = "200", description = "Las coincidencias",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.CoincidenciasDePersona.class)))
    public JsonObject coincidencias(@QueryParam("tipoDocumento") String tipo, @QueryParam("numeroDocumento") String numero,
            @QueryParam("nombres") String nombres, @QueryParam("apellidos") String apellidos) {
        TipoDocumento t = new Entrada(Json.createObjectBuilder().add("tipoDocumento", tipo == null ? "" : tipo).build())
                .opcion("tipoDocumento", TipoDocumento.class);
        ServicioPersonas.Coincidencias c = servicio.buscarAntesDeCrear(t, numero, nombres, apellidos);
        JsonArrayBuilder exactas = Json.createArrayBuilder();
        c.porDocumento().forEach(p -> exactas.add(Vistas.personaResumen(p)));
        JsonArrayBuilder parecidas = Json.createArrayBuilder();
        c.porNombre().forEach(p -> parecidas.add(Vistas.personaResumen(p)));
        return Json.createObjectBuilder().add("porDocumento", exactas).add("porNombre", parecidas).build();
    }

    @POST
    @Operation(operationId = "registrarPersona",
            summary = "Registrar una persona (Idempotency-Key evita duplicados al reenviar)")
    @APIResponse(responseCode = "201", description = "La persona registrada (Location: su URL)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.PersonaVista.class)))
    public Response registrar(@Valid DatosDePersona c, @HeaderParam("Idempotency-Key") String clave) {
        Persona p = servicio.registrar(c.datos(), Entrada.claveDeEnvio(clave));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.getId())).build())
                .entity(Vistas.persona(p, true, casos.dePersona(p))).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "obtenerPersona", summary = "Una persona con los casos suyos que usted puede ver")
    @APIResponse(responseCode = "200", description = "La persona",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.PersonaVista.class)))
    public JsonObject obtener(@PathParam("id") long id) {
        Persona p = servicio.obtener(id);
        return Vistas.persona(p, servicio.puedeVerDatos(p), servicio.puedeVerSensibles(p), casos.dePersona(p));
    }

    @PUT
    @Path("{id}")
    @Operation(operationId = "actualizarPersona",
            summary = "Corregir los datos (lleva la versión leída; 409 si otra persona cambió el registro)")
    @APIResponse(responseCode = "200", description = "La persona corregida",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.PersonaVista.class)))
    public JsonObject actualizar(@PathParam("id") long id, @Valid CorreccionDePersona c) {
        Persona p = servicio.actualizar(id, c.version(), c.datos().datos());
        return Vistas.persona(p, true, casos.dePersona(p));
    }

    @POST
    @Path("{id}/consentimientos")
    @Operation(operationId = "registrarConsentimiento",
            summary = "Registrar una autorización de tratamiento de datos (Ley 1581)")
    @APIResponse(responseCode = "200", description = "La persona",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.PersonaVista.class)))
    public JsonObject consentir(@PathParam("id") long id, @Valid NuevoConsentimiento c) {
        Persona p = servicio.otorgarConsentimiento(id, c.fecha(), c.alcance(), c.soporte());
        return Vistas.persona(p, true, casos.dePersona(p));
    }

    @POST
    @Path("{id}/fusion")
    @Operation(operationId = "fusionarPersona",
            summary = "Fusionar esta persona (duplicada) en otra (conservada); solo coordinadores")
    @APIResponse(responseCode = "200", description = "La persona conservada",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.PersonaVista.class)))
    public JsonObject fusionar(@PathParam("id") long id, @Valid FusionDePersona c) {
        Persona p = servicio.fusionar(id, c.conservadaId());
        return Vistas.persona(p, true, casos.dePersona(p));
    }

    @POST
    @Path("{id}/adjuntos")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(operationId = "adjuntarAPersona",
            summary = "Adjuntar el formato de autorización firmado u otro soporte de la persona")
    @APIResponse(responseCode = "201", description = "El adjunto",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = Respuestas.AdjuntoVista.class)))
    public Response adjuntar(@PathParam("id") long id, byte[] contenido,
            @HeaderParam("X-Nombre-Archivo") String nombre, @HeaderParam("X-Descripcion") String descripcion) {
        ReglaIncumplida.exigir(nombre != null && !nombre.isBlank(), "X-Nombre-Archivo",
                Texto.de("api.indiqueNombreArchivoCabecera"));
        return Response.status(Response.Status.CREATED)
                .entity(Vistas.adjunto(adjuntos.adjuntarAPersona(id,
                Entrada.cabecera("X-Nombre-Archivo", nombre, 200), contenido,
                Entrada.cabecera("X-Descripcion", descripcion, 500)))).build();
    }


    // ---------------------------------------------------------------- cuerpos de las peticiones
    // Largos de las columnas de la tabla persona (V2__personas_y_casos.sql).

    @Schema(description = "Los datos de una persona del registro")
    public record DatosDePersona(
            @NotNull TipoDocumento tipoDocumento,
            @Size(max = 30) String numeroDocumento,
            @Size(max = 120) String nombres,
            @Size(max = 120) String apellidos,
            @Schema(description = "aaaa-mm-dd, no futura") @PastOrPresent LocalDate fechaNacimiento,
            Sexo sexo,
            @Size(max = 40) String identidadGenero,
            @Size(max = 40) String orientacionSexual,
            Etnia etnia,
            @Size(max = 200) String discapacidad,
            @Size(max = 60) String nacionalidad,
            @Size(max = 40) String estatusMigratorio,
            boolean victimaConflicto,
            boolean registradaRuv,
            @Size(max = 40) String telefono,
            @Size(max = 120) String correo,
            @Size(max = 200) String direccion,
            @Size(max = 80) String localidad,
            @Size(max = 120) String barrio) implements Peticion {

        public DatosDePersona(TipoDocumento tipoDocumento, String numeroDocumento, String nombres, String apellidos,
                LocalDate fechaNacimiento, Sexo sexo, String identidadGenero, String orientacionSexual, Etnia etnia,
                String discapacidad, String nacionalidad, String estatusMigratorio, boolean victimaConflicto,
                boolean registradaRuv, String telefono, String correo, String direccion, String localidad,
                String barrio) {
            this.tipoDocumento = tipoDocumento;
            this.numeroDocumento = numeroDocumento;
            this.nombres = nombres;
            this.apellidos = apellidos;
            this.fechaNacimiento = fechaNacimiento;
            this.sexo = sexo;
            this.identidadGenero = identidadGenero;
            this.orientacionSexual = orientacionSexual;
            this.etnia = etnia;
            this.discapacidad = discapacidad;
            this.nacionalidad = nacionalidad;
            this.estatusMigratorio = estatusMigratorio;
            this.victimaConflicto = victimaConflicto;
            this.registradaRuv = registradaRuv;
            this.telefono = telefono;
            this.correo = correo;
            this.direccion = direccion;
            this.localidad = localidad;
            this.barrio = barrio;
        }

        static DatosDePersona de(Entrada e) {
            TipoDocumento tipo = e.opcion("tipoDocumento", TipoDocumento.class);
            ReglaIncumplida.exigir(tipo != null, "tipoDocumento", Texto.de("api.faltaCampoTipodocumento"));
            return new DatosDePersona(tipo, e.texto("numeroDocumento", 30), e.texto("nombres", 120),
                    e.texto("apellidos", 120), e.fechaPasada("fechaNacimiento"), e.opcion("sexo", Sexo.class),
                    e.texto("identidadGenero", 40), e.texto("orientacionSexual", 40), e.opcion("etnia", Etnia.class),
                    e.texto("discapacidad", 200), e.texto("nacionalidad", 60), e.texto("estatusMigratorio", 40),
                    e.siNo("victimaConflicto"), e.siNo("registradaRuv"), e.texto("telefono", 40),
                    e.texto("correo", 120), e.texto("direccion", 200), e.texto("localidad", 80),
                    e.texto("barrio", 120));
        }

        DatosPersona datos() {
            return new DatosPersona(tipoDocumento, numeroDocumento, nombres, apellidos, fechaNacimiento, sexo,
                    identidadGenero, orientacionSexual, etnia, discapacidad, nacionalidad, estatusMigratorio,
                    victimaConflicto, registradaRuv, telefono, correo, direccion, localidad, barrio);
        }
    }

    /** En el JSON, un solo objeto: la versión junto a los campos de {@link DatosDePersona}. */
    @Schema(description = "Corrección de los datos: los mismos campos que al registrar, más la versión que usted leyó",
            allOf = DatosDePersona.class)
    public record CorreccionDePersona(
            @Schema(description = "La versión que usted leyó") @NotNull @PositiveOrZero Integer version,
            @Schema(hidden = true) @NotNull @Valid DatosDePersona datos) implements Peticion {

        public CorreccionDePersona(Integer version, DatosDePersona datos) {
            this.version = version;
            this.datos = datos;
        }

        static CorreccionDePersona de(Entrada e) {
            int version = e.versionObligatoria("version");
            return new CorreccionDePersona(version, DatosDePersona.de(e));
        }
    }

    @Schema(description = "Una autorización de tratamiento de datos (Ley 1581)")
    public record NuevoConsentimiento(
            @Schema(description = "aaaa-mm-dd, no futura") @PastOrPresent LocalDate fecha,
            AlcanceConsentimiento alcance,
            @Schema(description = "Dónde está el soporte firmado") @Size(max = 200) String soporte)
            implements Peticion {

        public NuevoConsentimiento(LocalDate fecha, AlcanceConsentimiento alcance, String soporte) {
            this.fecha = fecha;
            this.alcance = alcance;
            this.soporte = soporte;
        }

        static NuevoConsentimiento de(Entrada e) {
            AlcanceConsentimiento alcance = e.opcion("alcance", AlcanceConsentimiento.class);
            return new NuevoConsentimiento(e.fechaPasada("fecha"), alcance, e.texto("soporte", 200));
        }
    }

    @Schema(description = "Fusión de esta persona (duplicada) en otra, que se conserva")
    public record FusionDePersona(@NotNull @Positive Long conservadaId) implements Peticion {

        public FusionDePersona(Long conservadaId) {
            this.conservadaId = conservadaId;
        }

        static FusionDePersona de(Entrada e) {
            return new FusionDePersona(e.idObligatorio("conservadaId"));
        }
    }
}
