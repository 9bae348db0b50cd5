package co.gov.cartagena.ruta.auditoria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.adjuntos.Adjunto;
import co.gov.cartagena.ruta.adjuntos.ServicioAdjuntos;
import co.gov.cartagena.ruta.casos.Atencion;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.Ejemplos;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.casos.SolicitudApertura;
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
import co.gov.cartagena.ruta.retencion.Depuracion;
import co.gov.cartagena.ruta.retencion.ServicioRetencion;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Protección de datos y auditoría dentro de Payara Micro contra MariaDB: el visor del rastro (filtros, páginas y
 * su propia auditoría), que consultas, cambios, descargas y accesos denegados quedan en el rastro, quién vio un
 * caso, los datos sensibles ocultos a quien no los necesita y la depuración de anulados con el plazo corto que
 * fija failsafe (30 días). Las pruebas de navegador van contra el Keycloak real con usuarios desechables: el
 * bloqueo por claves erradas, el OTP del supervisor y el visor del rastro de un auditor.
 */
@ExtendWith(ArquillianExtension.class)
class ProteccionIT {

    private static final AtomicLong DOCUMENTOS = new AtomicLong(System.nanoTime() % 1_000_000_000L);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4};

    @Deployment
    static WebArchive despliegue() {
        return Despliegues.ruta(ProteccionIT.class, Ejemplos.class, Demo.class);
    }

    @Inject
    ConsultaAuditoria consulta;

    @Inject
    ServicioAuditoria auditoria;

    @Inject
    ServicioCasos casos;

    @Inject
    ServicioPersonas personas;

    @Inject
    ServicioAdjuntos adjuntos;

    @Inject
    ServicioRetencion retencion;

    @Inject
    co.gov.cartagena.ruta.actividades.ServicioActividades actividades;

    @Inject
    UsuarioActual usuarioActual;

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource fuente;

    @ArquillianResource
    URL desplegada;

    // ------------------------------------------------------------------ actores

    private Usuario como(String usuario, String rol, String sede) {
        Usuario u = Usuario.deClaims(usuario, usuario, null, List.of(rol), List.of("/sedes/" + sede));
        usuarioActual.establecer(u);
        return u;
    }

    private static String unico(String prefijo) {
        return prefijo + "." + UUID.randomUUID().toString().substring(0, 8);
    }

    private Caso abrirEnCanapote(String gestora) {
        como(gestora, "gestor", "CJ-CANAPOTE");
        Persona p = personas.registrar(DatosPersona.minimos(TipoDocumento.CC,
                String.valueOf(2_000_000_000L + DOCUMENTOS.incrementAndGet()), "Titular", "Protección",
                java.time.LocalDate.of(1990, 1, 15), Sexo.MUJER), null);
        return casos.abrir(new SolicitudApertura(Ruta.CASA_DE_JUSTICIA, "CJ-CANAPOTE", p.getId(), null,
                Ejemplos.APERTURA, "Relato de la usuaria: vive con el agresor", Ejemplos.apertura(Ruta.CASA_DE_JUSTICIA),
                null));
    }

    private List<RegistroAuditoria> rastro(String usuario, Accion accion, String entidad, String id) {
        return auditoria.buscar(new FiltroAuditoria(usuario, accion, entidad, id, null, null, null), 0, 200);
    }

    // ------------------------------------------------------------------ visor del rastro

    @Test
    void elVisorFiltraYPaginaEnLaBaseYConsultarloQuedaEnElRastro() {
        String actor = unico("actor");
        auditoria.registrar(actor, "10.9.8.7", Accion.VER, "caso", "11", "uno");
        auditoria.registrar(actor, "10.9.8.8", Accion.CAMBIAR, "caso", "11", "dos");
        auditoria.registrar(actor, "192.168.1.1", Accion.DESCARGAR, "adjunto", "12", "tres");

        String auditora = unico("auditora");
        como(auditora, "auditor", "SICC");
        FiltroAuditoria delActor = new FiltroAuditoria(actor, null, null, null, null, null, null);
        assertEquals(3, consulta.contar(delActor));
        List<RegistroAuditoria> pagina1 = consulta.buscar(delActor, 0, 2);
        List<RegistroAuditoria> pagina2 = consulta.buscar(delActor, 2, 2);
        assertEquals(List.of("tres", "dos"), pagina1.stream().map(RegistroAuditoria::getDetalle).toList(),
                "De la más nueva a la más vieja");
        assertEquals(List.of("uno"), pagina2.stream().map(RegistroAuditoria::getDetalle).toList());

        assertEquals(1, consulta.contar(new FiltroAuditoria(actor, Accion.CAMBIAR, null, null, null, null, null)));
        assertEquals(2, consulta.contar(new FiltroAuditoria(actor, null, "caso", "11", null, null, null)));
        assertEquals(0, consulta.contar(new FiltroAuditoria(actor, null, "caso", "1", null, null, null)),
                "El id es exacto, no un prefijo");
        assertEquals(2, consulta.contar(new FiltroAuditoria(actor, null, null, null, null, null, "10.9.8.")));
        assertEquals(0, consulta.contar(new FiltroAuditoria(actor, null, null, null, null, null, "10.9.8.%_")),
                "Los comodines de LIKE escritos en el filtro son texto");
        assertEquals(3, consulta.contar(new FiltroAuditoria(actor, null, null, null, LocalDate.now(Hoy.COLOMBIA),
                LocalDate.now(Hoy.COLOMBIA), null)), "Hoy, en hora de Colombia, inclusive");
        assertEquals(0, consulta.contar(new FiltroAuditoria(actor, null, null, null, LocalDate.now(Hoy.COLOMBIA).plusDays(1),
                null, null)));
        assertEquals(0, consulta.contar(new FiltroAuditoria(actor, null, null, null, null,
                LocalDate.now(Hoy.COLOMBIA).minusDays(1), null)));
        assertEquals("hasta", assertThrows(ReglaIncumplida.class, () -> new FiltroAuditoria(null, null, null, null,
                LocalDate.now(Hoy.COLOMBIA), LocalDate.now(Hoy.COLOMBIA).minusDays(1), null)).campo());

        List<RegistroAuditoria> consultas = rastro(auditora, Accion.VER, ConsultaAuditoria.ENTIDAD, null);
        assertEquals(2, consultas.size(), "Cada página vista del rastro queda en el rastro");
        assertTrue(consultas.get(0).getDetalle().contains("usuario=" + actor), consultas.get(0).getDetalle());
        assertTrue(consultas.get(0).getDetalle().contains("filas 3 a 3"), consultas.get(0).getDetalle());

        for (String rol : List.of("gestor", "coordinador", "supervisor", "administrador")) {
            String otro = unico(rol);
            como(otro, rol, "SICC");
            assertThrows(OperacionNoPermitida.class, () -> consulta.buscar(delActor, 0, 10), rol);
            assertThrows(OperacionNoPermitida.class, () -> consulta.contar(delActor), rol);
            assertEquals(2, rastro(otro, Accion.ACCESO_DENEGADO, ConsultaAuditoria.ENTIDAD, null).size(),
                    rol + ": el intento queda en el rastro aunque la operación falle");
        }
    }

    // ------------------------------------------------------------------ qué queda en el rastro

    @Test
    void consultasCambiosDescargasYAccesosDenegadosQuedanEnElRastro() {
        String gestora = unico("gestora");
        Caso c = abrirEnCanapote(gestora);
        String id = c.getId().toString();
        assertEquals(1, rastro(gestora, Accion.CREAR, "caso", id).size());

        Caso visto = casos.obtener(c.getId());
        assertEquals(1, rastro(gestora, Accion.VER, "caso", id).size());
        casos.actualizar(c.getId(), visto.getVersion(), "Relato corregido", Ejemplos.apertura(Ruta.CASA_DE_JUSTICIA));
        assertEquals(1, rastro(gestora, Accion.CAMBIAR, "caso", id).size());
        Adjunto a = adjuntos.adjuntarACaso(c.getId(), "foto.png", PNG, "Foto de la citación");
        adjuntos.descargar(a.getId());
        assertEquals(1, rastro(gestora, Accion.DESCARGAR, "adjunto", a.getId().toString()).size());

        String ajena = unico("gestora.ajena");
        como(ajena, "gestor", "CF-01");
        assertThrows(NoEncontrado.class, () -> casos.obtener(c.getId()));
        assertThrows(NoEncontrado.class, () -> casos.porRadicado(c.getRadicado()));
        assertThrows(NoEncontrado.class, () -> adjuntos.descargar(a.getId()));
        assertEquals(2, rastro(ajena, Accion.ACCESO_DENEGADO, "caso", id).size(),
                "Por id y por radicado; la respuesta es la de un caso inexistente, el rastro sí lo registra");
        assertEquals(1, rastro(ajena, Accion.ACCESO_DENEGADO, "adjunto", a.getId().toString()).size());
        assertThrows(NoEncontrado.class, () -> casos.obtener(987_654_321L));
        assertEquals(0, rastro(ajena, Accion.ACCESO_DENEGADO, "caso", "987654321").size(),
                "Un caso que no existe no es un acceso denegado");

        String supervisora = unico("supervisora");
        como(supervisora, "supervisor", "CJ-CANAPOTE");
        assertThrows(OperacionNoPermitida.class, () -> casos.obtener(c.getId()));
        assertThrows(OperacionNoPermitida.class, () -> adjuntos.descargar(a.getId()));
        assertEquals(1, rastro(supervisora, Accion.ACCESO_DENEGADO, "caso", null).size());
        assertEquals(1, rastro(supervisora, Accion.ACCESO_DENEGADO, "adjunto", null).size());

        String colega = unico("gestor.colega");
        como(colega, "gestor", "CJ-CANAPOTE");
        casos.obtener(c.getId());
        assertThrows(OperacionNoPermitida.class, () -> casos.quienVio(c.getId()), "Solo la coordinación");
        assertEquals(1, rastro(colega, Accion.ACCESO_DENEGADO, "caso", id).size());

        String coordinadora = unico("coordinadora");
        como(coordinadora, "coordinador", "CJ-CANAPOTE");
        List<RegistroAuditoria> quienes = casos.quienVio(c.getId());
        assertTrue(quienes.stream().anyMatch(r -> r.getUsuario().equals(gestora) && r.getAccion() == Accion.VER));
        assertTrue(quienes.stream().anyMatch(r -> r.getUsuario().equals(colega) && r.getAccion() == Accion.VER));
        assertTrue(quienes.stream().anyMatch(r -> r.getUsuario().equals(ajena)
                && r.getAccion() == Accion.ACCESO_DENEGADO), "También los intentos de quien no podía verlo");
        List<RegistroAuditoria> suConsulta = rastro(coordinadora, Accion.VER, "auditoria", null);
        assertEquals(1, suConsulta.size(), "Ver quién consultó el caso es ver el rastro, y queda en él");
        assertEquals("quién consultó el caso " + id, suConsulta.get(0).getDetalle());

        como(gestora, "gestor", "CJ-CANAPOTE");
        casos.anular(c.getId(), casos.obtener(c.getId()).getVersion(), "Registrado por error");
        assertEquals(1, rastro(gestora, Accion.ANULAR, "caso", id).size());
    }

    // ------------------------------------------------------------------ datos sensibles

    @Test
    void laNarrativaSoloLaVenYCambianElAsignadoYLaCoordinacion() {
        String gestora = unico("gestora");
        Caso c = abrirEnCanapote(gestora);
        assertTrue(casos.puedeVerSensibles(casos.obtener(c.getId())));

        como(unico("gestor.colega"), "gestor", "CJ-CANAPOTE");
        Caso visto = casos.obtener(c.getId());
        assertFalse(casos.puedeVerSensibles(visto), "Otro gestor de la sede ve el caso, no su narrativa");
        ReglaIncumplida error = assertThrows(ReglaIncumplida.class, () -> casos.actualizar(c.getId(),
                visto.getVersion(), "La cambio yo", visto.datos()));
        assertEquals("narrativa", error.campo());
        Caso guardado = casos.actualizar(c.getId(), visto.getVersion(), null,
                Map.of("asunto", visto.datos().get("asunto")));
        assertEquals("Relato de la usuaria: vive con el agresor", guardado.getNarrativa(),
                "Guardar sin ver la narrativa no la borra");

        como(unico("coordinadora"), "coordinador", "CJ-CANAPOTE");
        assertTrue(casos.puedeVerSensibles(casos.obtener(c.getId())));
    }

    // ------------------------------------------------------------------ retención

    private void anuladoHace(String tabla, String columna, long id, int dias) throws Exception {
        try (Connection con = fuente.getConnection(); PreparedStatement s = con.prepareStatement(
                "UPDATE " + tabla + " SET " + columna + " = ? WHERE id = ?")) {
            s.setTimestamp(1, java.sql.Timestamp.from(Instant.now().minus(Duration.ofDays(dias))));
            s.setLong(2, id);
            assertEquals(1, s.executeUpdate());
        }
    }

    private Object valor(String sql, long id) throws Exception {
        try (Connection con = fuente.getConnection(); PreparedStatement s = con.prepareStatement(sql)) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1) : "SIN FILA";
            }
        }
    }

    @Test
    void laRetencionDepuraElContenidoDeLoAnuladoPasadoElPlazoYLoAudita() throws Exception {
        assertEquals(30, retencion.dias(), "failsafe fija RUTA_RETENCION_ANULADOS_DIAS=30");
        String gestora = unico("gestora");
        Caso vencido = abrirEnCanapote(gestora);
        Adjunto adjunto = adjuntos.adjuntarACaso(vencido.getId(), "cedula de la usuaria.png", PNG, "Cédula");
        adjuntos.anotar(vencido.getId(), "La usuaria contó dónde se esconde");
        Atencion atendida = casos.registrarAtencion(vencido.getId(), "ORIENTACION_JURIDICA", Ejemplos.APERTURA, null,
                "Nota de la atención con datos", null);
        casos.anular(vencido.getId(), casos.obtener(vencido.getId()).getVersion(), "Duplicado");
        anuladoHace("caso", "anulado_en", vencido.getId(), 31);

        Caso reciente = abrirEnCanapote(gestora);
        casos.anular(reciente.getId(), casos.obtener(reciente.getId()).getVersion(), "Duplicado");
        anuladoHace("caso", "anulado_en", reciente.getId(), 29);

        Caso vigente = abrirEnCanapote(gestora);
        Atencion equivocada = casos.registrarAtencion(vigente.getId(), "ORIENTACION_JURIDICA", Ejemplos.APERTURA, null,
                "Atención registrada en el caso equivocado", null);
        casos.anularAtencion(vigente.getId(), equivocada.getId(), "Caso equivocado");
        anuladoHace("atencion", "anulada_en", equivocada.getId(), 31);

        // Issue 16: una actividad anulada también se depura (descripción, asistencia y evidencias).
        var asistente = personas.registrar(DatosPersona.minimos(TipoDocumento.CC,
                String.valueOf(2_000_000_000L + DOCUMENTOS.incrementAndGet()), "Asistente", "Protección",
                java.time.LocalDate.of(1990, 1, 15), Sexo.MUJER), null);
        var jornada = actividades.registrar(new co.gov.cartagena.ruta.actividades.DatosActividad(
                "JORNADA_MEDIACION_DESARME", Ejemplos.APERTURA, "Parque de Canapote " + unico("lugar"), null,
                "CJ-CANAPOTE", 20, null, "Asistió la señora que denunció al vecino"), List.of(asistente.getId()), null);
        var listado = actividades.adjuntarEvidencia(jornada.getId(), "listado de asistencia.png", PNG, "Firmas");
        actividades.anular(jornada.getId(), actividades.ficha(jornada.getId()).actividad().getVersion(),
                "Registrada dos veces");
        anuladoHace("actividad", "anulada_en", jornada.getId(), 31);

        assertThrows(OperacionNoPermitida.class, () -> retencion.depurarAhora(), "Solo un administrador");
        assertEquals(1, rastro(gestora, Accion.ACCESO_DENEGADO, "retencion", null).size());

        String admin = unico("admin");
        como(admin, "administrador", "SICC");
        assertTrue(retencion.pendientes() >= 2, "El caso y la atención anulados hace 31 días");
        Depuracion d = retencion.depurarAhora();
        assertTrue(d.casos().contains(vencido.getId()));
        assertFalse(d.casos().contains(reciente.getId()), "Anulado hace 29 días: aún dentro del plazo");
        assertFalse(d.casos().contains(vigente.getId()));
        assertTrue(d.atenciones().contains(equivocada.getId()), "Una atención anulada se depura aunque su caso siga");
        assertTrue(d.adjuntos().contains(adjunto.getId()));
        assertTrue(d.actividades().contains(jornada.getId()), "La actividad anulada hace 31 días");
        assertTrue(d.adjuntos().contains(listado.getId()), "Su evidencia");
        assertNull(valor("SELECT descripcion FROM actividad WHERE id = ?", jornada.getId()));
        assertNotNull(valor("SELECT depurada_en FROM actividad WHERE id = ?", jornada.getId()));
        assertEquals("SIN FILA", valor("SELECT persona_id FROM actividad_persona WHERE actividad_id = ?",
                jornada.getId()), "Quiénes asistieron se borra");
        assertEquals("SIN FILA", valor("SELECT adjunto_id FROM adjunto_contenido WHERE adjunto_id = ?",
                listado.getId()), "El listado de asistencia se borra");
        assertEquals("Registrada dos veces", valor("SELECT motivo_anulacion FROM actividad WHERE id = ?",
                jornada.getId()), "La constancia de la anulación queda");

        assertNull(valor("SELECT narrativa FROM caso WHERE id = ?", vencido.getId()));
        assertNull(valor("SELECT datos_ruta FROM caso WHERE id = ?", vencido.getId()));
        assertNotNull(valor("SELECT depurado_en FROM caso WHERE id = ?", vencido.getId()));
        assertEquals(vencido.getRadicado(), valor("SELECT radicado FROM caso WHERE id = ?", vencido.getId()),
                "La constancia queda");
        assertEquals("Duplicado", valor("SELECT motivo_anulacion FROM caso WHERE id = ?", vencido.getId()));
        assertEquals("[depurado]", valor("SELECT texto FROM nota WHERE caso_id = ?", vencido.getId()));
        assertNull(valor("SELECT notas FROM atencion WHERE id = ?", atendida.getId()));
        assertEquals("SIN FILA", valor("SELECT adjunto_id FROM adjunto_contenido WHERE adjunto_id = ?", adjunto.getId()),
                "Los bytes del archivo se borran");
        assertEquals("depurado-" + adjunto.getId(), valor("SELECT nombre FROM adjunto WHERE id = ?", adjunto.getId()));
        assertNull(valor("SELECT notas FROM atencion WHERE id = ?", equivocada.getId()));
        assertEquals("Relato de la usuaria: vive con el agresor",
                valor("SELECT narrativa FROM caso WHERE id = ?", reciente.getId()));
        assertNull(valor("SELECT depurado_en FROM caso WHERE id = ?", reciente.getId()));

        assertEquals(1, rastro(admin, Accion.PURGAR, "caso", vencido.getId().toString()).size());
        assertEquals(1, rastro(admin, Accion.PURGAR, "atencion", equivocada.getId().toString()).size());
        assertEquals(1, rastro(admin, Accion.PURGAR, "actividad", jornada.getId().toString()).size());
        List<RegistroAuditoria> resumen = rastro(admin, Accion.PURGAR, "retencion", null);
        assertEquals(1, resumen.size());
        assertTrue(resumen.get(0).getDetalle().contains("plazo 30 días"), resumen.get(0).getDetalle());
        assertTrue(resumen.get(0).getDetalle().contains(vencido.getId().toString()), resumen.get(0).getDetalle());

        como(gestora, "gestor", "CJ-CANAPOTE");
        NoEncontrado sinArchivo = assertThrows(NoEncontrado.class, () -> adjuntos.descargar(adjunto.getId()));
        assertTrue(sinArchivo.getMessage().contains("depuró"), sinArchivo.getMessage());
        assertEquals(null, casos.obtener(vencido.getId()).getNarrativa());

        como(admin, "administrador", "SICC");
        Depuracion otra = retencion.depurarAhora();
        assertFalse(otra.casos().contains(vencido.getId()), "Lo depurado no se vuelve a depurar");
        assertFalse(otra.atenciones().contains(equivocada.getId()));
        assertEquals(2, rastro(admin, Accion.PURGAR, "retencion", null).size(), "Cada corrida deja su resumen");
    }

    // ------------------------------------------------------------------ navegador y Keycloak

    /** Con «localhost», el único anfitrión que el cliente ruta-web de Keycloak acepta en sus URI de retorno. */
    private String base() {
        return "http://localhost:" + desplegada.getPort() + desplegada.getPath();
    }

    @Test
    @RunAsClient
    void keycloakBloqueaLaCuentaTrasClavesErradasYNiLaClaveCorrectaEntra() throws Exception {
        PaginasDeProteccion.bloqueoPorClavesErradas(base());
    }

    @Test
    @RunAsClient
    void aUnSupervisorKeycloakLePideOtpTrasLaClaveYElVisorDelAuditorMuestraSuIntentoDenegado() throws Exception {
        PaginasDeProteccion.otpDelSupervisorYVisorDelAuditor(base());
    }
}
