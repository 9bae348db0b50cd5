package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.indicadores.seguimiento.DatoExternoAnual;
import co.gov.cartagena.ruta.indicadores.seguimiento.DatosExternos;
import co.gov.cartagena.ruta.indicadores.seguimiento.DesgloseIndicadores;
import co.gov.cartagena.ruta.indicadores.catalogo.FuenteIndicador;
import co.gov.cartagena.ruta.indicadores.calculo.RecuentoDeIndicadores;
import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.avance.Medicion;
import co.gov.cartagena.ruta.indicadores.catalogo.MetaAnual;
import co.gov.cartagena.ruta.indicadores.reportes.NuevoReporte;
import co.gov.cartagena.ruta.indicadores.reportes.ReporteIndicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.SeguimientoIndicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import co.gov.cartagena.ruta.indicadores.catalogo.TextosIndicador;
import co.gov.cartagena.ruta.indicadores.avance.Valor;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Los indicadores del plan a una fecha de corte, y los cambios que los alimentan: metas anuales y textos
 * (administrador), reportes manuales y externos (coordinador) y su aprobación (supervisor). Ven el tablero los
 * supervisores, administradores y coordinadores. Un indicador sin cálculo todavía sale con valor y avance nulos y
 * semáforo {@code SIN_DATOS}: nunca con una cifra inventada.
 */
@Path("indicadores")
@RequestScoped
@Tag(name = "Indicadores", description = "Indicadores del Plan de Desarrollo 2024–2027, línea Seguridad Humana")
@Produces(MediaType.APPLICATION_JSON)
public class IndicadoresResource {

    @Inject
    ServicioIndicadores servicio;

    @Inject
    DesgloseIndicadores desglose;

    @Inject
    DatosExternos externos;

    @Inject
    RecuentoDeIndicadores recuento;

    @Context
    UriInfo uri;

    /** Las cifras de metas y reportes: DECIMAL(18,4) en V7. */
    private static final int CIFRA = 18;
    private static final int DECIMALES = 4;

    @GET
    @Permitido({Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.COORDINADOR})
    @Operation(summary = "Los 63 indicadores a la fecha de corte",
            description = "Por indicador: codigo, nombre, nivel, fuente, tipoMeta, unidad, lineaBase, meta, valor, "
                    + "avance (razón sin recortar: 1 = meta cumplida), semaforo (VERDE, AMARILLO, ROJO, SIN_DATOS) y, "
                    + "si el valor los trae, numerador y denominador; además esperado, estado y nota. Sin anio: el "
                    + "cuatrienio hasta el corte; sin corte: hasta hoy.")
    @APIResponse(responseCode = "200", description = "Un arreglo con un objeto por indicador, en el orden del plan")
    @APIResponse(responseCode = "400", description = "anio o corte no válidos (el campo lo dice)")
    public JsonArray indicadores(
            @Parameter(description = "Año del plan (2024–2027); sin él, el cuatrienio") @QueryParam("anio")
            String anio,
            @Parameter(description = "Fecha de corte aaaa-mm-dd; sin ella, hoy") @QueryParam("corte") String corte,
            @Parameter(description = "Código de una sede: solo lo registrado en ella (las cifras reportadas y las del "
                    + "registro de sedes no se desagregan por sede)") @QueryParam("sede") String sede) {
        JsonArrayBuilder arreglo = Json.createArrayBuilder();
        for (SeguimientoIndicador s : servicio.tablero(anio(anio), corte(corte), sede)) {
            arreglo.add(resumen(s));
        }
        return arreglo.build();
    }

    @GET
    @Path("{codigo}")
    @Permitido({Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.COORDINADOR})
    @Operation(summary = "Un indicador a la fecha de corte, con sus textos, metas anuales y desagregaciones")
    @APIResponse(responseCode = "200", description = "El indicador")
    @APIResponse(responseCode = "400", description = "anio o corte no válidos")
    @APIResponse(responseCode = "404", description = "No existe el indicador")
    public JsonObject indicador(@PathParam("codigo") String codigo,
            @Parameter(description = "Año del plan (2024–2027); sin él, el cuatrienio") @QueryParam("anio")
            String anio,
            @Parameter(description = "Fecha de corte aaaa-mm-dd; sin ella, hoy") @QueryParam("corte") String corte,
            @Parameter(description = "Código de una sede: solo lo registrado en ella") @QueryParam("sede") String sede) {
        SeguimientoIndicador s = servicio.seguimiento(codigo, anio(anio), corte(corte), sede);
        Indicador i = s.indicador();
        JsonObjectBuilder o = resumen(s)
                .add("componente", i.getComponente().getNombre())
                .add("lineaBaseTexto", i.getLineaBaseTexto())
                .add("metaTexto", i.getMetaTexto())
                .add("regla", i.getRegla())
                .add("metaPlan", limpio(s.programacion().getMeta()));
        texto(o, "programa", i.getPrograma() == null ? null : i.getPrograma().getNombre());
        JsonObjectBuilder metas = Json.createObjectBuilder();
        s.programacion().getMetasAnuales().forEach((a, v) -> metas.add(String.valueOf(a), limpio(v)));
        o.add("metasAnuales", metas);
        JsonObjectBuilder desagregaciones = Json.createObjectBuilder();
        if (sede == null || sede.isBlank()) {
            desglose.desagregaciones(codigo, anio(anio), corte(corte)).forEach((dimension, celdas) -> {
                JsonArrayBuilder filas = Json.createArrayBuilder();
                for (DesgloseIndicadores.Celda celda : celdas) {
                    JsonObjectBuilder f = Json.createObjectBuilder().add("categoria", celda.categoria())
                            .add("suprimida", celda.suprimida());
                    celda.cantidades().forEach((comp, n) -> f.add(nombreComponente(comp), n));
                    filas.add(f);
                }
                desagregaciones.add(dimension, filas);
            });
        }
        o.add("desagregaciones", desagregaciones);
        if (i.getFuente() == FuenteIndicador.CASOS || i.getFuente() == FuenteIndicador.ACTIVIDADES) {
            o.add("notaDesagregaciones", "Celdas de 1 a " + (DesgloseIndicadores.MINIMO_PUBLICABLE - 1)
                    + " personas suprimidas para quien no tiene acceso a datos personales. Por sede, una persona "
                    + "atendida en dos sedes cuenta en cada una.");
        }
        return o.build();
    }

    @GET
    @Path("{codigo}/registros")
    @Permitido({Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.COORDINADOR})
    @Operation(summary = "Los registros detrás de la cifra de un indicador calculado",
            description = "Por cada clave contada (persona, caso, entrega, actividad u objeto), el registro que la hizo "
                    + "contar en el periodo. Solo se listan los registros que el usuario puede ver; de los demás se da "
                    + "el número (ocultos). componente: VAL (por defecto), NUM o DEN. 200 por página (pagina desde 0). "
                    + "Queda en la auditoría.")
    @APIResponse(responseCode = "200", description = "total, ocultos, pagina y registros")
    @APIResponse(responseCode = "404", description = "No existe el indicador o no se calcula de registros de Ruta")
    public JsonObject registros(@PathParam("codigo") String codigo, @QueryParam("anio") String anio,
            @QueryParam("corte") String corte, @QueryParam("componente") String componente,
            @QueryParam("pagina") String pagina) {
        Integer p = Entrada.deParametros("pagina", pagina).entero("pagina", 0, Integer.MAX_VALUE);
        DesgloseIndicadores.Detalle d = desglose.registros(codigo, anio(anio), corte(corte), componente,
                p == null ? 0 : p);
        JsonArrayBuilder filas = Json.createArrayBuilder();
        for (DesgloseIndicadores.Registro r : d.registros()) {
            JsonObjectBuilder f = Json.createObjectBuilder().add("fecha", r.fecha().toString()).add("tipo", r.tipo())
                    .add("id", r.id()).add("referencia", r.referencia()).add("sede", r.sede());
            texto(f, "descripcion", r.descripcion());
            texto(f, "persona", r.persona());
            filas.add(f);
        }
        return Json.createObjectBuilder().add("codigo", codigo).add("total", d.total()).add("ocultos", d.ocultos())
                .add("pagina", d.pagina()).add("registros", filas).build();
    }

    @GET
    @Path("{codigo}/datos-externos")
    @Permitido({Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.COORDINADOR})
    @Operation(summary = "Cifras externas anuales que el indicador usa como denominador (p. ej. población migrante "
            + "estimada de GE.R1), con su historia")
    public JsonArray datosExternos(@PathParam("codigo") String codigo) {
        servicio.seguimiento(codigo, null, null);
        JsonArrayBuilder filas = Json.createArrayBuilder();
        for (DatoExternoAnual d : externos.historia(codigo)) {
            filas.add(datoExterno(d));
        }
        return filas.build();
    }

    @POST
    @Path("{codigo}/datos-externos")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido({Rol.SUPERVISOR, Rol.ADMINISTRADOR})
    @Operation(summary = "Registrar la cifra externa de un año (reemplaza a la anterior, que queda en la historia)",
            description = "Cuerpo: anio, valor, fuente, fechaDato (aaaa-mm-dd). Queda en la auditoría.")
    @APIResponse(responseCode = "201", description = "La cifra registrada")
    public Response registrarDatoExterno(@PathParam("codigo") String codigo, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        Integer anio = e.entero("anio", 1900, 2100);
        ReglaIncumplida.exigir(anio != null, "anio", Texto.de("api.indiqueAno20242027"));
        // dato_externo_anual (V9): valor DECIMAL(16,2), fuente VARCHAR(300)
        DatoExternoAnual d = externos.registrar(codigo, anio, e.decimal("valor", 16, 2), e.texto("fuente", 300),
                e.fecha("fechaDato"));
        return Response.status(Response.Status.CREATED).entity(datoExterno(d).build()).build();
    }

    @POST
    @Path("recuento")
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(summary = "Recuento de operaciones: compara el almacén de indicadores con el cálculo en vivo",
            description = "Para el cuatrienio y cada año hasta hoy compara las cifras que muestra el tablero con las "
                    + "calculadas desde los registros crudos. Con reconstruir=true antes rehace el almacén entero. "
                    + "coincide=false es un defecto: diferencias dice dónde. Queda en la auditoría.")
    public JsonObject recuento(@QueryParam("reconstruir") String reconstruir) {
        ReglaIncumplida.exigir(reconstruir == null || reconstruir.equals("true") || reconstruir.equals("false"),
                "reconstruir", Texto.de("api.reconstruirDebeSerTrue"));
        RecuentoDeIndicadores.Resultado r = recuento.recontar("true".equals(reconstruir));
        JsonObjectBuilder difs = Json.createObjectBuilder();
        r.diferencias().forEach(difs::add);
        return Json.createObjectBuilder().add("reconstruido", r.reconstruido()).add("corte", r.corte().toString())
                .add("coincide", r.coincide()).add("diferencias", difs).add("milisegundos", r.milisegundos()).build();
    }

    @PATCH
    @Path("{codigo}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(summary = "Corregir los textos de un indicador",
            description = "Campos opcionales: nombre, lineaBaseTexto, metaTexto, unidad, regla. El código, la línea "
                    + "base, la meta, el tipo de meta y la fuente no cambian. Queda en la auditoría.")
    @APIResponse(responseCode = "200", description = "El indicador corregido")
    public JsonObject corregirTextos(@PathParam("codigo") String codigo, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        // indicador (V7): nombre 500, textos de línea base, meta y regla 1000, unidad 100
        servicio.corregirTextos(codigo, new TextosIndicador(e.texto("nombre", 500),
                e.textoLargo("lineaBaseTexto", 1000), e.textoLargo("metaTexto", 1000), e.texto("unidad", 100),
                e.textoLargo("regla", 1000)));
        return indicador(codigo, null, null, null);
    }

    @PUT
    @Path("{codigo}/metas/{anio}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.ADMINISTRADOR)
    @Operation(summary = "Fijar la meta de un año del plan indicativo (2024–2027)",
            description = "Cuerpo {\"valor\": n}. En acumulado es lo que se logra ese año; en hito, el porcentaje del "
                    + "hito al cierre del año; en los demás, el nivel esperado al cierre del año. Queda en la auditoría.")
    @APIResponse(responseCode = "200", description = "La meta anual")
    public JsonObject fijarMeta(@PathParam("codigo") String codigo, @PathParam("anio") String anio,
            JsonObject cuerpo) {
        MetaAnual m = servicio.fijarMetaAnual(codigo, anio(anio),
                new Entrada(cuerpo).decimal("valor", CIFRA, DECIMALES));
        return Json.createObjectBuilder().add("codigo", m.getIndicador().getCodigoTexto()).add("anio", m.getAnio())
                .add("valor", limpio(m.getValor())).build();
    }

    @GET
    @Path("{codigo}/reportes")
    @Permitido({Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.COORDINADOR})
    @Operation(summary = "Los reportes de un indicador manual o externo, del corte más nuevo al más viejo")
    public JsonArray reportesDe(@PathParam("codigo") String codigo) {
        return reportes(servicio.reportesDe(codigo));
    }

    @POST
    @Path("{codigo}/reportes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.COORDINADOR)
    @Operation(summary = "Reportar un valor de un indicador manual o externo (queda pendiente de aprobación)",
            description = "Cuerpo: fechaCorte (aaaa-mm-dd), valor, numerador y denominador (opcionales, juntos, solo "
                    + "en porcentajes), fuente (obligatoria) y evidencia (obligatoria en los manuales).")
    @APIResponse(responseCode = "201", description = "El reporte, pendiente")
    public Response reportar(@PathParam("codigo") String codigo, JsonObject cuerpo) {
        Entrada e = new Entrada(cuerpo);
        // reporte_indicador (V7): cifras DECIMAL(18,4), fuente VARCHAR(500), evidencia TEXT
        ReporteIndicador r = servicio.reportar(codigo, new NuevoReporte(e.fecha("fechaCorte"),
                e.decimal("valor", CIFRA, DECIMALES), e.decimal("numerador", CIFRA, DECIMALES),
                e.decimal("denominador", CIFRA, DECIMALES), e.texto("fuente", 500),
                e.textoLargo("evidencia", Entrada.TEXTO_LIBRE)));
        return Response.created(uri.getBaseUriBuilder().path("indicadores/reportes/{id}").build(r.getId()))
                .entity(reporte(r).build()).build();
    }

    @GET
    @Path("reportes")
    @Permitido({Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.COORDINADOR})
    @Operation(summary = "Reportes pendientes de aprobación (estado=PENDIENTE, por defecto) o los más recientes")
    public JsonArray reportes(@QueryParam("estado") String estado) {
        if (estado == null || "PENDIENTE".equals(estado)) {
            return reportes(servicio.pendientes());
        }
        if ("TODOS".equals(estado)) {
            return reportes(servicio.recientes(200));
        }
        throw new ReglaIncumplida("estado", Texto.de("api.estadoDebeSerPendiente"));
    }

    @POST
    @Path("reportes/{id}/aprobacion")
    @Permitido(Rol.SUPERVISOR)
    @Operation(summary = "Aprobar un reporte pendiente (no el propio): desde ahora cuenta para el indicador")
    @APIResponse(responseCode = "200", description = "El reporte aprobado")
    @APIResponse(responseCode = "409", description = "Ya estaba decidido")
    public JsonObject aprobar(@PathParam("id") long id) {
        return reporte(servicio.aprobar(id)).build();
    }

    @POST
    @Path("reportes/{id}/rechazo")
    @Consumes(MediaType.APPLICATION_JSON)
    @Permitido(Rol.SUPERVISOR)
    @Operation(summary = "Rechazar un reporte pendiente con su motivo (cuerpo {\"motivo\": \"…\"})")
    @APIResponse(responseCode = "200", description = "El reporte rechazado")
    public JsonObject rechazar(@PathParam("id") long id, JsonObject cuerpo) {
        return reporte(servicio.rechazar(id, new Entrada(cuerpo).textoLargo("motivo", 1000))).build();
    }

    @POST
    @Path("importaciones")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Permitido(Rol.COORDINADOR)
    @Operation(summary = "Importar cifras oficiales (fuente externo) de un CSV: todas o ninguna",
            description = "Encabezado codigo,fecha_corte,valor,fuente (opcionales numerador,denominador), separado por "
                    + "coma o punto y coma. Si una línea tiene un error no se importa nada y la respuesta 400 lista los "
                    + "errores por línea. Las filas importadas quedan pendientes de aprobación.")
    @APIResponse(responseCode = "201", description = "Cuántos reportes quedaron pendientes y sus números")
    @APIResponse(responseCode = "400", description = "El archivo tiene errores; no se importó nada")
    public Response importar(@Parameter(description = "Nombre del archivo, para el rastro") @QueryParam("archivo")
            String archivo, String contenido) {
        List<ReporteIndicador> importados = servicio.importarExternos(archivo, contenido);
        JsonArrayBuilder ids = Json.createArrayBuilder();
        importados.forEach(r -> ids.add(r.getId()));
        return Response.status(Response.Status.CREATED).entity(Json.createObjectBuilder()
                .add("importados", importados.size()).add("reportes", ids).build()).build();
    }

    // ---------------------------------------------------------------- JSON

    private static JsonObjectBuilder resumen(SeguimientoIndicador s) {
        Indicador i = s.indicador();
        Medicion m = s.medicion();
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("codigo", i.getCodigoTexto())
                .add("nombre", i.getNombre())
                .add("nivel", i.getNivel().codigo())
                .add("fuente", i.getFuente().codigo())
                .add("tipoMeta", i.getTipoMeta().codigo())
                .add("unidad", i.getUnidad());
        numero(o, "lineaBase", i.getLineaBase());
        numero(o, "meta", m.meta());
        o.add("metaAnual", m.metaAnual());
        Valor v = m.valor();
        numero(o, "valor", v == null ? null : v.valor());
        if (v != null && v.numerador() != null) {
            numero(o, "numerador", v.numerador());
            numero(o, "denominador", v.denominador());
        }
        numero(o, "avance", m.avance().getRazon());
        numero(o, "esperado", m.esperado());
        o.add("semaforo", m.semaforo().name())
                .add("estado", m.avance().getEstado().name());
        texto(o, "nota", m.avance().getMotivo());
        if (v != null) {
            o.add("fechaValor", v.fechaCorte().toString());
            texto(o, "fuenteValor", v.fuente());
        }
        if (m.anio() == null) {
            o.addNull("anio");
        } else {
            o.add("anio", m.anio());
        }
        return o.add("corte", m.corte().toString());
    }

    private static String nombreComponente(ParteDeLaCifra c) {
        return switch (c) {
            case VAL -> "valor";
            case NUM -> "numerador";
            case DEN -> "denominador";
        };
    }

    private static JsonObjectBuilder datoExterno(DatoExternoAnual d) {
        return Json.createObjectBuilder().add("indicador", d.getIndicador()).add("anio", d.getAnio())
                .add("valor", limpio(d.getValor())).add("fuente", d.getFuente())
                .add("fechaDato", d.getFechaDato().toString()).add("registradoPor", d.getRegistradoPor())
                .add("registradoEn", d.getRegistradoEn().toString());
    }

    private static JsonArray reportes(List<ReporteIndicador> lista) {
        JsonArrayBuilder arreglo = Json.createArrayBuilder();
        lista.forEach(r -> arreglo.add(reporte(r)));
        return arreglo.build();
    }

    private static JsonObjectBuilder reporte(ReporteIndicador r) {
        JsonObjectBuilder o = Json.createObjectBuilder()
                .add("id", r.getId())
                .add("codigo", r.getIndicador().getCodigoTexto())
                .add("fechaCorte", r.getFechaCorte().toString())
                .add("estado", r.getEstado().name())
                .add("fuente", r.getFuente())
                .add("reportadoPor", r.getReportadoPor())
                .add("reportadoEn", r.getReportadoEn().toString());
        numero(o, "valor", r.getValor());
        if (r.getNumerador() != null) {
            numero(o, "numerador", r.getNumerador());
            numero(o, "denominador", r.getDenominador());
        }
        texto(o, "evidencia", r.getEvidencia());
        texto(o, "origen", r.getOrigen());
        texto(o, "motivoRechazo", r.getMotivoRechazo());
        texto(o, "decididoPor", r.getDecididoPor());
        texto(o, "decididoEn", r.getDecididoEn() == null ? null : r.getDecididoEn().toString());
        return o;
    }

    private static void numero(JsonObjectBuilder o, String campo, BigDecimal valor) {
        Vistas.numero(o, campo, valor);
    }

    private static BigDecimal limpio(BigDecimal valor) {
        return Vistas.limpio(valor);
    }

    private static void texto(JsonObjectBuilder o, String campo, String valor) {
        if (valor != null) {
            o.add(campo, valor);
        }
    }

    // ---------------------------------------------------------------- lectura de parámetros y cuerpos

    /** El año de un parámetro de la URL (el servicio exige uno del plan, 2024–2027). */
    static Integer anio(String texto) {
        return Entrada.deParametros("anio", texto).entero("anio", 1900, 2100);
    }

    /** La fecha de corte de un parámetro de la URL, AAAA-MM-DD. */
    static LocalDate corte(String texto) {
        return Entrada.deParametros("corte", texto).fecha("corte");
    }

    // ================================================================ informe de avance (exportaciones)
    // El informe de avance en Excel, PDF y CSV (indicadores/InformeDeAvance). Nombres completos en vez de imports
    // para que este bloque se pueda mover o fusionar solo.

    @Inject
    co.gov.cartagena.ruta.indicadores.informes.InformeDeAvance informes;

    @GET
    @Path("informe")
    @Produces({TIPO_XLSX, TIPO_PDF, TIPO_CSV, MediaType.APPLICATION_JSON})
    @Permitido({Rol.SUPERVISOR, Rol.ADMINISTRADOR, Rol.COORDINADOR})
    @Operation(summary = "El informe de avance a una fecha de corte, en Excel, PDF o CSV",
            description = "Una fila por indicador en el orden del plan: código, nombre, nivel, componente, programa, "
                    + "fuente, tipo de meta, unidad, línea base, meta del periodo, valor, numerador, denominador, avance "
                    + "(%), esperado (%), semáforo, fecha y origen del valor y nota. El encabezado dice el periodo, la "
                    + "fecha de corte, la sede y «Generado por <usuario> el <fecha y hora de Colombia>» (en el PDF, en "
                    + "el pie de cada página). CSV: UTF-8 con BOM, separado por punto y coma y con coma decimal. Se "
                    + "descarga como adjunto y cada exportación queda en la auditoría. Sin anio: el cuatrienio; sin "
                    + "corte: hoy; sin sede: todas.")
    @APIResponse(responseCode = "200", description = "El archivo, con Content-Disposition: attachment", content = {
        @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = TIPO_XLSX),
        @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = TIPO_PDF),
        @org.eclipse.microprofile.openapi.annotations.media.Content(mediaType = TIPO_CSV)})
    @APIResponse(responseCode = "400", description = "formato, anio, corte o sede no válidos (el campo lo dice)")
    @APIResponse(responseCode = "403", description = "El rol no ve el tablero")
    public Response informe(
            @Parameter(description = "xlsx, pdf o csv", required = true) @QueryParam("formato") String formato,
            @Parameter(description = "Año del plan (2024–2027); sin él, el cuatrienio") @QueryParam("anio")
            String anio,
            @Parameter(description = "Fecha de corte aaaa-mm-dd; sin ella, hoy") @QueryParam("corte") String corte,
            @Parameter(description = "Código de la sede; sin él, todas") @QueryParam("sede") String sede) {
        var f = co.gov.cartagena.ruta.indicadores.informes.FormatoInforme.leer(formato);
        var archivo = informes.exportar(f, anio(anio), corte(corte), sede);
        return Response.ok(archivo.contenido(), archivo.tipoContenido())
                .header("Content-Disposition",
                        co.gov.cartagena.ruta.adjuntos.TipoArchivo.disposicion(archivo.nombre()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .build();
    }

    private static final String TIPO_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String TIPO_PDF = "application/pdf";
    private static final String TIPO_CSV = "text/csv";
}
