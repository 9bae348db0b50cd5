package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.casos.ServicioCasos;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
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
    @Operation(summary = "Personas cuyo nombre contiene todas las palabras (sin importar tildes ni orden)")
    public JsonObject buscar(@QueryParam("nombre") String nombre) {
        JsonArrayBuilder a = Json.createArrayBuilder();
        servicio.buscar(nombre == null ? "" : nombre).forEach(p -> a.add(Vistas.personaResumen(p)));
        return Json.createObjectBuilder().add("personas", a).build();
    }

    @GET
    @Path("coincidencias")
    @Operation(summary = "Buscar antes de crear: coincidencias exactas de documento y nombres parecidos")
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
    @Operation(summary = "Registrar una persona (Idempotency-Key evita duplicados al reenviar)")
    public Response registrar(JsonObject cuerpo, @HeaderParam("Idempotency-Key") String clave) {
        Persona p = servicio.registrar(datos(new Entrada(cuerpo)), Entrada.claveDeEnvio(clave));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(p.getId())).build())
                .entity(Vistas.persona(p, true, casos.dePersona(p))).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Una persona con los casos suyos que usted puede ver")
    public JsonObject obtener(@PathParam("id") long id) {
        Persona p = servicio.obtener(id);
        return Vistas.persona(p, servicio.puedeVerDatos(p), servicio.puedeVerSensibles(p), casos.dePersona(p));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Corregir los datos (lleva la versión leída; 409 si otra persona cambió el registro)")
    public JsonObject actualizar(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        Persona p = servicio.actualizar(id, e.versionObligatoria("version"), datos(e));
        return Vistas.persona(p, true, casos.dePersona(p));
    }

    @POST
    @Path("{id}/consentimientos")
    @Operation(summary = "Registrar una autorización de tratamiento de datos (Ley 1581)")
    public JsonObject consentir(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        AlcanceConsentimiento alcance = e.opcion("alcance", AlcanceConsentimiento.class);
        Persona p = servicio.otorgarConsentimiento(id, e.fechaPasada("fecha"), alcance, e.texto("soporte", 200));
        return Vistas.persona(p, true, casos.dePersona(p));
    }

    @POST
    @Path("{id}/fusion")
    @Operation(summary = "Fusionar esta persona (duplicada) en otra (conservada); solo coordinadores")
    public JsonObject fusionar(@PathParam("id") long id, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        Persona p = servicio.fusionar(id, e.idObligatorio("conservadaId"));
        return Vistas.persona(p, true, casos.dePersona(p));
    }

    @POST
    @Path("{id}/adjuntos")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Adjuntar el formato de autorización firmado u otro soporte de la persona")
    public Response adjuntar(@PathParam("id") long id, byte[] contenido,
            @HeaderParam("X-Nombre-Archivo") String nombre, @HeaderParam("X-Descripcion") String descripcion) {
        co.gov.cartagena.ruta.comun.ReglaIncumplida.exigir(nombre != null && !nombre.isBlank(), "X-Nombre-Archivo",
                Texto.de("api.indiqueNombreArchivoCabecera"));
        return Response.status(Response.Status.CREATED)
                .entity(Vistas.adjunto(adjuntos.adjuntarAPersona(id,
                Entrada.cabecera("X-Nombre-Archivo", nombre, 200), contenido,
                Entrada.cabecera("X-Descripcion", descripcion, 500)))).build();
    }

    static DatosPersona datos(Entrada e) {
        TipoDocumento tipo = e.opcion("tipoDocumento", TipoDocumento.class);
        co.gov.cartagena.ruta.comun.ReglaIncumplida.exigir(tipo != null, "tipoDocumento",
                Texto.de("api.faltaCampoTipodocumento"));
        // Largos de las columnas de la tabla persona (V2__personas_y_casos.sql).
        return new DatosPersona(tipo, e.texto("numeroDocumento", 30), e.texto("nombres", 120),
                e.texto("apellidos", 120), e.fechaPasada("fechaNacimiento"), e.opcion("sexo", Sexo.class),
                e.texto("identidadGenero", 40), e.texto("orientacionSexual", 40), e.opcion("etnia", Etnia.class),
                e.texto("discapacidad", 200), e.texto("nacionalidad", 60), e.texto("estatusMigratorio", 40),
                e.siNo("victimaConflicto"), e.siNo("registradaRuv"), e.texto("telefono", 40), e.texto("correo", 120),
                e.texto("direccion", 200), e.texto("localidad", 80), e.texto("barrio", 120));
    }
}
