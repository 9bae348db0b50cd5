package co.gov.cartagena.ruta.actividades;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.adjuntos.Adjunto;
import co.gov.cartagena.ruta.adjuntos.ServicioAdjuntos;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.Hoy;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.persistencia.FuenteDeDatos;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * El registro de actividades colectivas dentro de Payara Micro contra el MariaDB real: cada tipo del plan con su
 * objeto, la marca «sin soporte», la anulación, el conflicto de edición, el acceso por sede y los datos inválidos;
 * desde fuera, la API con un token real y la página con Chromium. Cada prueba registra sus propias actividades
 * (lugares únicos) y compara contra ellas, de modo que no depende de las demás ni del orden.
 */
@ExtendWith(ArquillianExtension.class)
class ActividadesIT {

    private static final LocalDate FECHA = LocalDate.of(2025, 6, 14);
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final List<String> TIPOS_DEL_PLAN = List.of("JORNADA_MEDIACION_DESARME",
            "ESTRATEGIA_EGRESADOS_SRPA", "DIFUSION_COMISION_VERDAD", "ARTICULACION_UBPD", "MEDIDA_SATISFACCION",
            "INICIATIVA_MEMORIA", "RECUPERACION_ENTORNO", "CREACION_ESCUELA_CONVIVENCIA", "GRUPO_GESTORES_DDHH",
            "ESTRATEGIA_PROMOCION_DERECHOS", "ESTRATEGIA_PREVENCION_TRATA", "CONVENIO_INPEC",
            "JORNADA_EXTRAMURAL_MIGRANTES");

    @Deployment
    static WebArchive despliegue() {
        return Despliegues.ruta(ActividadesIT.class, ObservadorDeActividades.class, Demo.class);
    }

    @Inject
    ServicioActividades servicio;

    @Inject
    RepositorioActividades repositorio;

    @Inject
    ServicioAdjuntos adjuntos;

    @Inject
    ServicioPersonas personas;

    @Inject
    ServicioAuditoria auditoria;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    ObservadorDeActividades observador;

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource fuente;

    @ArquillianResource
    URL desplegada;

    @Test
    void cadaTipoDelPlanSeRegistraConSuObjetoYLaClaveNormalizada() {
        como(gestor("CJ-CANAPOTE"));
        List<TipoActividad> tipos = servicio.tipos(true);
        for (String codigo : TIPOS_DEL_PLAN) {
            TipoActividad t = tipos.stream().filter(x -> x.getCodigo().equals(codigo)).findFirst().orElseThrow();
            assertTrue(t.isDelPlan(), codigo);
            String lugar = lugar();
            String objeto = t.isLlevaObjeto() ? "  Parque de  Olaya Herrera " + lugar.substring(6) : null;
            Actividad a = servicio.registrar(datos(codigo, lugar, 25, objeto), null);

            ServicioActividades.Pagina p = servicio.listar(new FiltroActividades(codigo, "CJ-CANAPOTE", FECHA, FECHA,
                    false, false), 0, 500);
            ResumenActividad fila = p.filas().stream().filter(r -> r.id().equals(a.getId())).findFirst()
                    .orElseThrow(() -> new AssertionError(codigo + " no aparece filtrando por su tipo"));
            assertEquals(codigo, fila.tipoCodigo());
            assertEquals(25, fila.participantes());
            assertTrue(fila.sinSoporte(), "Sin evidencia queda marcada: " + codigo);
            if (t.isLlevaObjeto()) {
                assertEquals("Parque de Olaya Herrera " + lugar.substring(6), a.getObjeto(), codigo);
                assertEquals("parque de olaya herrera " + lugar.substring(6).toLowerCase(), a.getObjetoClave(), codigo);
            } else {
                assertNull(a.getObjeto(), codigo);
                assertNull(a.getObjetoClave(), codigo);
            }
            assertEquals(1, observador.de(a.getId()), "CambioEnActividad al registrar " + codigo);
            assertEquals(Accion.CREAR, auditoria.deEntidad("actividad", a.getId().toString()).get(0).getAccion());
        }
        Actividad conTildes = servicio.registrar(datos("RECUPERACION_ENTORNO", lugar(), 10,
                "Plazoleta  de SAN Diego"), null);
        assertEquals("plazoleta de san diego", conTildes.getObjetoClave());
        Actividad otra = servicio.registrar(datos("RECUPERACION_ENTORNO", lugar(), 10, "Calle Ñapanga Ávila"), null);
        assertEquals("calle ñapanga avila", otra.getObjetoClave(), "Sin tildes, en minúsculas");

        ReglaIncumplida sinObjeto = assertThrows(ReglaIncumplida.class,
                () -> servicio.registrar(datos("RECUPERACION_ENTORNO", lugar(), 10, " "), null));
        assertEquals("objeto", sinObjeto.campo());
        assertTrue(sinObjeto.getMessage().contains("entorno urbano"), sinObjeto.getMessage());
        assertEquals("objeto", assertThrows(ReglaIncumplida.class,
                () -> servicio.registrar(datos("CONVENIO_INPEC", lugar(), 10, "Algo"), null)).campo());
    }

    /**
     * El almacén de los indicadores sigue a una evidencia aunque quien la guarda no avise: se adjunta y se anula por
     * {@link ServicioAdjuntos} directamente, sin pasar por {@link ServicioActividades}, y la actividad empieza y deja de
     * contar (una actividad solo cuenta con soporte). El aviso lo da el adjunto al guardarse, no el servicio.
     */
    @Test
    void elAlmacenSigueALaEvidenciaAunqueLaGuardeOtroServicio() throws SQLException {
        como(gestor("CJ-CANAPOTE"));
        Actividad a = servicio.registrar(datos("JORNADA_MEDIACION_DESARME", lugar(), 40, null), null);
        assertEquals(0, hechosDe(a.getId()), "Sin soporte no cuenta");
        long avisos = observador.de(a.getId());

        Adjunto acta = adjuntos.adjuntarAActividad(a.getId(), "acta-sola.pdf", PDF, null);
        assertTrue(hechosDe(a.getId()) > 0, "Con su evidencia cuenta en el almacén");
        assertEquals(avisos + 1, observador.de(a.getId()), "Un aviso por la evidencia");

        adjuntos.anularDeActividad(a.getId(), acta.getId(), "Era de otra jornada");
        assertEquals(0, hechosDe(a.getId()), "Con su única evidencia anulada deja de contar");
        assertEquals(avisos + 2, observador.de(a.getId()), "Un aviso por la anulación");
    }

    /** Los hechos del almacén de indicadores que vienen de la actividad. */
    private long hechosDe(Long actividadId) throws SQLException {
        try (Connection c = fuente.getConnection();
                var ps = c.prepareStatement("SELECT COUNT(*) FROM indicador_hecho WHERE actividad_id = ?")) {
            ps.setLong(1, actividadId);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void sinEvidenciaQuedaMarcadaYConEvidenciaDejaDeEstarlo() {
        como(gestor("CJ-CANAPOTE"));
        Actividad a = servicio.registrar(datos("JORNADA_MEDIACION_DESARME", lugar(), 40, null), null);
        assertTrue(sinSoporte(a.getId()), "Recién registrada, sin evidencia: marcada");
        assertTrue(servicio.ficha(a.getId()).sinSoporte());

        Adjunto acta = servicio.adjuntarEvidencia(a.getId(), "acta-jornada.pdf", PDF, "Acta firmada");
        assertFalse(sinSoporte(a.getId()), "Con evidencia ya no está marcada");
        FichaActividad ficha = servicio.ficha(a.getId());
        assertEquals(1, ficha.numeroEvidencias());
        assertEquals(acta.getId(), ficha.evidencias().get(0).getId());
        assertArrayEquals(PDF, adjuntos.descargar(acta.getId()).contenido(), "La descarga entrega el archivo");

        ReglaIncumplida html = assertThrows(ReglaIncumplida.class, () -> servicio.adjuntarEvidencia(a.getId(),
                "listado.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8), null));
        assertEquals("archivo", html.campo());
        assertEquals("archivo", assertThrows(ReglaIncumplida.class, () -> servicio.adjuntarEvidencia(a.getId(),
                "grande.pdf", grande(), null)).campo());

        servicio.anularEvidencia(a.getId(), acta.getId(), "Se subió el acta de otra jornada");
        assertTrue(sinSoporte(a.getId()), "Anulada su única evidencia, vuelve a quedar marcada");
        assertEquals(3, observador.de(a.getId()), "Registro, evidencia agregada y evidencia anulada");
        List<RegistroAuditoria> rastro = auditoria.deEntidad("adjunto", acta.getId().toString());
        assertEquals(3, rastro.size(), "Adjuntada, descargada y anulada");
        assertTrue(rastro.stream().anyMatch(r -> r.getAccion() == Accion.DESCARGAR));
        assertTrue(rastro.stream().anyMatch(r -> r.getAccion() == Accion.ANULAR
                && r.getDetalle().contains("Se subió el acta de otra jornada")));
    }

    @Test
    void anularConMotivoLaSacaDeLaListaYNoAdmiteCambios() {
        como(gestor("CJ-CANAPOTE"));
        Actividad a = servicio.registrar(datos("MEDIDA_SATISFACCION", lugar(), 12, null), null);
        assertEquals("motivo", assertThrows(ReglaIncumplida.class,
                () -> servicio.anular(a.getId(), a.getVersion(), "  ")).campo());

        servicio.anular(a.getId(), null, "Se registró dos veces");
        FichaActividad ficha = servicio.ficha(a.getId());
        assertTrue(ficha.actividad().isAnulada());
        assertEquals("Se registró dos veces", ficha.actividad().getMotivoAnulacion());
        assertEquals("gestora.pruebas", ficha.actividad().getAnuladaPor());
        FiltroActividades delDia = new FiltroActividades("MEDIDA_SATISFACCION", null, FECHA, FECHA, false, false);
        assertFalse(ids(servicio.listar(delDia, 0, 500)).contains(a.getId()), "Las anuladas no se listan");
        assertTrue(ids(servicio.listar(new FiltroActividades("MEDIDA_SATISFACCION", null, FECHA, FECHA, false, true),
                0, 500)).contains(a.getId()), "…salvo que se pidan");

        assertThrows(ReglaIncumplida.class, () -> servicio.editar(a.getId(), servicio.ficha(a.getId()).actividad()
                .getVersion(), datos("MEDIDA_SATISFACCION", "Otro lugar", 12, null)));
        assertThrows(ReglaIncumplida.class, () -> servicio.adjuntarEvidencia(a.getId(), "acta.pdf", PDF, null));
        assertThrows(ReglaIncumplida.class, () -> servicio.anular(a.getId(), null, "Otra vez"));
        assertEquals(2, observador.de(a.getId()));
        assertEquals(Accion.ANULAR, auditoria.deEntidad("actividad", a.getId().toString()).stream()
                .filter(r -> r.getAccion() != Accion.VER).findFirst().orElseThrow().getAccion());
    }

    @Test
    void dosPersonasEditanALaVezYLaSegundaRecibeElConflicto() {
        como(gestor("CJ-CANAPOTE"));
        Actividad a = servicio.registrar(datos("ARTICULACION_UBPD", lugar(), 8, null), null);
        int vista = servicio.ficha(a.getId()).actividad().getVersion();

        servicio.editar(a.getId(), vista, datos("ARTICULACION_UBPD", a.getLugar(), 9, null));
        como(Usuario.deClaims("coordinadora.pruebas", "Coordinadora", null, List.of("coordinador"),
                List.of("/sedes/CJ-CANAPOTE")));
        ConflictoEdicion conflicto = assertThrows(ConflictoEdicion.class,
                () -> servicio.editar(a.getId(), vista, datos("ARTICULACION_UBPD", "Lugar pisado", 30, null)));
        assertTrue(conflicto.getMessage().contains("Otra persona modificó"), conflicto.getMessage());

        Actividad actual = servicio.ficha(a.getId()).actividad();
        assertEquals(9, actual.getParticipantes(), "El cambio de la primera persona se conserva");
        assertEquals(a.getLugar(), actual.getLugar());
        assertEquals(vista + 1, actual.getVersion());
        String cambio = auditoria.deEntidad("actividad", a.getId().toString()).stream()
                .filter(r -> r.getAccion() == Accion.CAMBIAR).findFirst().orElseThrow().getDetalle();
        assertTrue(cambio.contains("\"participantes\":{\"antes\":\"8\",\"despues\":\"9\"}"), cambio);
        assertEquals("version", assertThrows(ReglaIncumplida.class,
                () -> servicio.editar(a.getId(), null, datos("ARTICULACION_UBPD", "X", 1, null))).campo());
    }

    @Test
    void cadaUnoVeLasActividadesDeSusSedesYElSupervisorSoloCifras() {
        como(gestor("CJ-CANAPOTE"));
        Persona asistente = persona();
        Actividad a = servicio.registrar(datos("DIFUSION_COMISION_VERDAD", lugar(), 30, null),
                List.of(asistente.getId()), null);
        assertEquals(1, servicio.ficha(a.getId()).numeroPersonas());
        assertEquals(List.of(asistente.getId()), servicio.ficha(a.getId()).personas().stream().map(Persona::getId)
                .toList());
        Adjunto listado = servicio.adjuntarEvidencia(a.getId(), "listado.pdf", PDF, "Listado de asistencia");

        como(gestor("CF-01"));
        assertThrows(NoEncontrado.class, () -> servicio.ficha(a.getId()), "Otra sede: como si no existiera");
        assertFalse(ids(servicio.listar(FiltroActividades.todas(), 0, 500)).contains(a.getId()));
        assertThrows(NoEncontrado.class, () -> servicio.editar(a.getId(), 0, datos("DIFUSION_COMISION_VERDAD", "X",
                1, null)));
        assertThrows(NoEncontrado.class, () -> servicio.adjuntarEvidencia(a.getId(), "x.pdf", PDF, null));
        assertThrows(NoEncontrado.class, () -> adjuntos.descargar(listado.getId()));
        ReglaIncumplida ajena = assertThrows(ReglaIncumplida.class,
                () -> servicio.registrar(datos("DIFUSION_COMISION_VERDAD", lugar(), 3, null), null));
        assertEquals("sede", ajena.campo());

        como(Usuario.deClaims("supervisora.pruebas", "Supervisora", null, List.of("supervisor"), List.of("/sedes/SICC")));
        assertTrue(ids(servicio.listar(new FiltroActividades(null, "CJ-CANAPOTE", FECHA, FECHA, false, false), 0, 500))
                .contains(a.getId()), "El supervisor ve las actividades de todas las sedes");
        FichaActividad vista = servicio.ficha(a.getId());
        assertFalse(vista.verPersonas());
        assertTrue(vista.personas().isEmpty(), "Sin nombres de personas");
        assertTrue(vista.evidencias().isEmpty(), "Sin archivos");
        assertEquals(1, vista.numeroPersonas(), "…pero sí sus cifras");
        assertEquals(1, vista.numeroEvidencias());
        assertThrows(NoEncontrado.class, () -> adjuntos.descargar(listado.getId()), "Ni descarga la evidencia");
        assertThrows(OperacionNoPermitida.class, () -> servicio.registrar(datos("DIFUSION_COMISION_VERDAD", lugar(),
                3, null), null));
        assertTrue(auditoria.deEntidad("actividad", a.getId().toString()).stream()
                .anyMatch(r -> r.getAccion() == Accion.VER && r.getUsuario().equals("supervisora.pruebas")));

        como(Usuario.deClaims("admin.pruebas", "Admin", null, List.of("administrador"), List.of("/sedes/SICC")));
        assertThrows(OperacionNoPermitida.class, () -> servicio.listar(FiltroActividades.todas(), 0, 10));
        como(Usuario.deClaims("auditora.pruebas", "Auditora", null, List.of("auditor"), List.of("/sedes/SICC")));
        assertThrows(OperacionNoPermitida.class, () -> servicio.ficha(a.getId()));
        assertThrows(OperacionNoPermitida.class, () -> servicio.tipos(true));
        assertTrue(auditoria.recientes(0, 5).stream().anyMatch(r -> r.getAccion() == Accion.ACCESO_DENEGADO
                && r.getUsuario().equals("auditora.pruebas")), "La negativa queda en la auditoría");
    }

    @Test
    void laAsistenciaSoloLlevaPersonasDelRegistroYNoPasaDeLosParticipantes() {
        como(gestor("CJ-CANAPOTE"));
        Actividad a = servicio.registrar(datos("JORNADA_EXTRAMURAL_MIGRANTES", lugar(), 1, null), null);
        Persona p1 = persona();
        Persona p2 = persona();
        servicio.agregarPersonas(a.getId(), List.of(p1.getId()));
        servicio.agregarPersonas(a.getId(), List.of(p1.getId()));
        assertEquals(1, servicio.ficha(a.getId()).numeroPersonas(), "Repetida, cuenta una vez");
        assertEquals("participantes", assertThrows(ReglaIncumplida.class,
                () -> servicio.agregarPersonas(a.getId(), List.of(p2.getId()))).campo());
        assertEquals("personas", assertThrows(ReglaIncumplida.class,
                () -> servicio.agregarPersonas(a.getId(), List.of(-1L))).campo());
        int version = servicio.ficha(a.getId()).actividad().getVersion();
        assertEquals("participantes", assertThrows(ReglaIncumplida.class, () -> servicio.editar(a.getId(), version,
                datos("JORNADA_EXTRAMURAL_MIGRANTES", a.getLugar(), 0, null))).campo());
        servicio.quitarPersona(a.getId(), p1.getId());
        assertEquals(0, servicio.ficha(a.getId()).numeroPersonas());
        assertEquals(3, observador.de(a.getId()), "Registro, persona agregada (una vez) y persona quitada");
    }

    @Test
    void losDatosInvalidosSeRechazanNombrandoElCampo() {
        como(gestor("CJ-CANAPOTE"));
        long antes = servicio.listar(FiltroActividades.todas(), 0, 1).total();
        Map<String, DatosActividad> invalidos = Map.of(
                "tipo", datos("NO_EXISTE", lugar(), 1, null),
                "fecha", new DatosActividad("CONVENIO_INPEC", LocalDate.now(Hoy.COLOMBIA).plusDays(1), "Cárcel San Sebastián",
                        null, "CJ-CANAPOTE", 5, null, null),
                "lugar", datos("CONVENIO_INPEC", "   ", 5, null),
                "participantes", datos("CONVENIO_INPEC", lugar(), -1, null),
                "localidad", new DatosActividad("CONVENIO_INPEC", FECHA, lugar(), "Localidad de Marte", "CJ-CANAPOTE",
                        5, null, null),
                "sede", new DatosActividad("CONVENIO_INPEC", FECHA, lugar(), null, null, 5, null, null));
        for (Map.Entry<String, DatosActividad> caso : invalidos.entrySet()) {
            ReglaIncumplida e = assertThrows(ReglaIncumplida.class, () -> servicio.registrar(caso.getValue(), null),
                    caso.getKey());
            assertEquals(caso.getKey(), e.campo(), e.getMessage());
            assertFalse(e.getMessage().isBlank());
        }
        assertEquals("participantes", assertThrows(ReglaIncumplida.class, () -> servicio.registrar(
                new DatosActividad("CONVENIO_INPEC", FECHA, lugar(), null, "CJ-CANAPOTE", null, null, null), null))
                .campo());
        assertEquals(antes, servicio.listar(FiltroActividades.todas(), 0, 1).total(), "Nada se guardó");
        assertEquals("hasta", assertThrows(ReglaIncumplida.class, () -> servicio.listar(new FiltroActividades(null,
                null, FECHA, FECHA.minusDays(1), false, false), 0, 10)).campo());
    }

    @Test
    void elAdministradorGestionaLosTiposYLosCodigosDelPlanNoCambian() throws Exception {
        como(gestor("CJ-CANAPOTE"));
        assertThrows(OperacionNoPermitida.class, () -> servicio.crearTipo("FERIA_X", "Feria", null, null, false));
        como(Usuario.deClaims("admin.pruebas", "Admin", null, List.of("administrador"), List.of("/sedes/SICC")));
        String codigo = "FERIA_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase().replace('-', '_');
        TipoActividad t = servicio.crearTipo(codigo.toLowerCase(), " Feria  de servicios ", null, "Barrio", true);
        assertEquals(codigo, t.getCodigo());
        assertEquals("Feria de servicios", t.getNombre());
        assertFalse(t.isDelPlan());
        assertEquals("codigo", assertThrows(ReglaIncumplida.class,
                () -> servicio.crearTipo(codigo, "Otra", null, null, false)).campo());
        assertEquals("codigo", assertThrows(ReglaIncumplida.class,
                () -> servicio.crearTipo("feria de servicios", "Otra", null, null, false)).campo());
        assertEquals("etiquetaObjeto", assertThrows(ReglaIncumplida.class,
                () -> servicio.crearTipo(codigo + "_B", "Otra", null, null, true)).campo());

        servicio.corregirTipo(codigo, t.getVersion(), "Feria de servicios comunitarios", "Con las entidades", "Barrio",
                true);
        assertThrows(ConflictoEdicion.class, () -> servicio.corregirTipo(codigo, t.getVersion(), "Pisado", null,
                "Barrio", true));
        TipoActividad plan = repositorio.tipoPorCodigo("RECUPERACION_ENTORNO").orElseThrow();
        servicio.corregirTipo("RECUPERACION_ENTORNO", null, plan.getNombre() + " y espacio público", null,
                plan.getEtiquetaObjeto(), true);
        assertEquals("etiquetaObjeto", assertThrows(ReglaIncumplida.class, () -> servicio.corregirTipo(
                "RECUPERACION_ENTORNO", null, plan.getNombre(), null, "Parque", true)).campo());
        servicio.corregirTipo("RECUPERACION_ENTORNO", null, "Recuperación de entorno urbano", null, "Entorno urbano",
                true);

        como(gestor("CJ-CANAPOTE"));
        Actividad feria = servicio.registrar(datos(codigo, lugar(), 50, "Barrio Olaya"), null);
        assertEquals("barrio olaya", feria.getObjetoClave());
        como(Usuario.deClaims("admin.pruebas", "Admin", null, List.of("administrador"), List.of("/sedes/SICC")));
        servicio.cambiarActivo(codigo, false);
        assertFalse(servicio.tipos(true).stream().anyMatch(x -> x.getCodigo().equals(codigo)));
        assertTrue(servicio.tipos(false).stream().anyMatch(x -> x.getCodigo().equals(codigo)));
        como(gestor("CJ-CANAPOTE"));
        assertEquals("tipo", assertThrows(ReglaIncumplida.class,
                () -> servicio.registrar(datos(codigo, lugar(), 5, "Barrio"), null)).campo());
        servicio.editar(feria.getId(), feria.getVersion(), datos(codigo, feria.getLugar(), 60, "Barrio Olaya"));
        assertEquals(60, servicio.ficha(feria.getId()).actividad().getParticipantes(),
                "Una actividad ya registrada conserva su tipo desactivado");

        List<String> rastro = auditoria.deEntidad("tipo_actividad", codigo).stream()
                .map(r -> r.getAccion().name()).collect(Collectors.toList());
        assertEquals(List.of("CAMBIAR", "CAMBIAR", "CREAR"), rastro);
        try (Connection c = fuente.getConnection(); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(
                    "UPDATE tipo_actividad SET codigo = 'OTRO' WHERE codigo = 'RECUPERACION_ENTORNO'"));
            assertTrue(e.getMessage().contains("no cambia"), e.getMessage());
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM tipo_actividad WHERE codigo = '"
                    + codigo + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("DELETE FROM actividad WHERE id = "
                    + feria.getId()));
        }
    }

    /** La API con el token real de una gestora: mismas reglas, 400 con el campo, 409 en conflicto. */
    @Test
    @RunAsClient
    void laApiAplicaLasMismasReglas() throws Exception {
        String token = Demo.token("gestora.canapote");
        String base = desplegada.toString() + "api/v1/actividades";
        String lugar = lugar();
        error(pedir("POST", base, token, "{\"tipo\":\"CONVENIO_INPEC\",\"fecha\":\"2025-06-14\",\"lugar\":\"" + lugar
                + "\",\"sede\":\"CJ-CANAPOTE\",\"participantes\":\"diez\"}"), 400, "participantes");
        error(pedir("POST", base, token, "{\"tipo\":\"CONVENIO_INPEC\",\"fecha\":\"14/06/2025\",\"lugar\":\"" + lugar
                + "\",\"sede\":\"CJ-CANAPOTE\",\"participantes\":10}"), 400, "fecha");
        error(pedir("POST", base, token, "{\"fecha\":\"2025-06-14\",\"lugar\":\"" + lugar
                + "\",\"sede\":\"CJ-CANAPOTE\",\"participantes\":10}"), 400, "tipo");
        error(pedir("POST", base, token, "{\"tipo\":\"CONVENIO_INPEC\",\"fecha\":\"2025-06-14\",\"lugar\":\"" + lugar
                + "\",\"sede\":\"CF-01\",\"participantes\":10}"), 400, "sede");
        error(pedir("POST", base, token, "{\"tipo\":\"CONVENIO_INPEC\",\"fecha\":\"2025-06-14\",\"lugar\":\"" + lugar
                + "\",\"sede\":\"CJ-CANAPOTE\",\"participantes\":10,\"personas\":\"todas\"}"), 400, "personas");

        String cuerpo = "{\"tipo\":\"CONVENIO_INPEC\",\"fecha\":\"2025-06-14\",\"lugar\":\"" + lugar
                + "\",\"sede\":\"CJ-CANAPOTE\",\"participantes\":10}";
        String clave = UUID.randomUUID().toString();
        HttpResponse<String> creada = pedir("POST", base, token, cuerpo, Map.of("Idempotency-Key", clave));
        assertEquals(201, creada.statusCode(), creada.body());
        JsonObject a = Demo.json(creada.body());
        long id = a.getJsonNumber("id").longValue();
        assertTrue(a.getBoolean("sinSoporte"));
        HttpResponse<String> repetida = pedir("POST", base, token, cuerpo, Map.of("Idempotency-Key", clave));
        assertEquals(id, Demo.json(repetida.body()).getJsonNumber("id").longValue(), "Reenviar no duplica");

        HttpResponse<String> evidencia = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(base + "/" + id + "/evidencias")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream").header("X-Nombre-Archivo", "listado.pdf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(PDF)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, evidencia.statusCode(), evidencia.body());
        long adjunto = Demo.json(evidencia.body()).getJsonNumber("id").longValue();
        HttpResponse<byte[]> descarga = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(desplegada + "api/v1/adjuntos/" + adjunto)).header("Authorization", "Bearer " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, descarga.statusCode());
        assertArrayEquals(PDF, descarga.body());
        assertTrue(descarga.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));

        JsonObject lista = Demo.json(pedir("GET", base + "?tipo=CONVENIO_INPEC&desde=2025-06-14&hasta=2025-06-14",
                token, null).body());
        JsonObject fila = lista.getJsonArray("actividades").stream().map(v -> v.asJsonObject())
                .filter(o -> o.getJsonNumber("id").longValue() == id).findFirst().orElseThrow();
        assertFalse(fila.getBoolean("sinSoporte"), "Con su evidencia, no marcada");
        error(pedir("GET", base + "?sinSoporte=quizas", token, null), 400, "sinSoporte");

        String cambio = "{\"tipo\":\"CONVENIO_INPEC\",\"fecha\":\"2025-06-14\",\"lugar\":\"" + lugar
                + "\",\"sede\":\"CJ-CANAPOTE\",\"participantes\":11,\"version\":" + a.getInt("version") + "}";
        assertEquals(200, pedir("PUT", base + "/" + id, token, cambio).statusCode());
        error(pedir("PUT", base + "/" + id, token, cambio), 409, null);
        error(pedir("POST", base + "/tipos", token, "{\"codigo\":\"X\",\"nombre\":\"X\"}"), 403, null);
        assertEquals(200, pedir("GET", base + "/tipos", token, null).statusCode());
    }

    /** Ítem 8: una gestora registra una jornada extramural con su listado de asistencia y la ve en la lista. */
    @Test
    @RunAsClient
    void unaGestoraRegistraUnaJornadaExtramuralConSuListadoYLaVeEnLaLista() throws Exception {
        String base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
        PaginasDeActividades.gestoraRegistraJornadaExtramuralConSuListado(base, PDF);
    }

    // ---------------------------------------------------------------- apoyo

    private void como(Usuario u) {
        usuarioActual.establecer(u);
    }

    private static Usuario gestor(String sede) {
        return Usuario.deClaims("gestora.pruebas", "Gestora de pruebas", null, List.of("gestor"),
                List.of("/sedes/" + sede));
    }

    private static String lugar() {
        return "Lugar " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static DatosActividad datos(String tipo, String lugar, Integer participantes, String objeto) {
        return new DatosActividad(tipo, FECHA, lugar, "Histórica y del Caribe Norte", "CJ-CANAPOTE", participantes,
                objeto, "Actividad de prueba");
    }

    private Persona persona() {
        String doc = String.valueOf(1_000_000_000L + (long) (Math.random() * 8_999_999_999L));
        return personas.registrar(DatosPersona.minimos(TipoDocumento.CC, doc, "Yeimy", "Pacheco Ortiz",
                LocalDate.of(1990, 2, 3), Sexo.MUJER), null);
    }

    private boolean sinSoporte(Long id) {
        return ids(servicio.listar(new FiltroActividades(null, null, FECHA, FECHA, true, false), 0, 500)).contains(id);
    }

    private static List<Long> ids(ServicioActividades.Pagina p) {
        return p.filas().stream().map(ResumenActividad::id).toList();
    }

    private static byte[] grande() {
        byte[] b = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, b, 0, PDF.length);
        return b;
    }

    private static HttpResponse<String> pedir(String metodo, String url, String token, String cuerpo)
            throws Exception {
        return pedir(metodo, url, token, cuerpo, Map.of());
    }

    private static HttpResponse<String> pedir(String metodo, String url, String token, String cuerpo,
            Map<String, String> cabeceras) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(cuerpo));
        if (cuerpo != null) {
            b.header("Content-Type", "application/json");
        }
        cabeceras.forEach(b::header);
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void error(HttpResponse<String> r, int estado, String campo) {
        assertEquals(estado, r.statusCode(), r.body());
        JsonObject cuerpo = Demo.json(r.body());
        assertFalse(cuerpo.getString("mensaje").isBlank(), r.body());
        if (campo != null) {
            assertEquals(campo, cuerpo.getString("campo"), r.body());
        }
    }
}
