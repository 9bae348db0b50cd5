package co.gov.cartagena.ruta.sedes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.persistencia.FuenteDeDatos;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.transaction.UserTransaction;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * El registro de sedes dentro de Payara Micro contra el MariaDB real: la línea base de la migración V3, las consultas
 * «a la fecha de corte» que usan los indicadores de fuente {@code sedes} (una sede por tipo, con su historia), la
 * historia de solo inserción, la auditoría en la misma transacción y las negativas con su mensaje en español. Las
 * dos últimas pruebas ven la API y las páginas desde fuera, con los usuarios del Keycloak de pruebas.
 *
 * <p>Cada prueba crea sus sedes (códigos únicos, fechas de 2024) y compara cifras antes y después, de modo que no
 * depende de las demás ni del orden.
 */
@ExtendWith(ArquillianExtension.class)
class SedesIT {

    private static final LocalDate LINEA_BASE = LocalDate.of(2023, 12, 31);
    private static final LocalDate CREACION = LocalDate.of(2024, 2, 1);
    private static final LocalDate APERTURA = LocalDate.of(2024, 4, 1);
    private static final LocalDate CIERRE = LocalDate.of(2024, 10, 1);
    private static final LocalDate MARZO = LocalDate.of(2024, 3, 31);
    private static final LocalDate SEPTIEMBRE = LocalDate.of(2024, 9, 30);

    @Deployment
    static WebArchive despliegue() {
        return Despliegues.ruta(SedesIT.class, Actores.class, Demo.class);
    }

    @Inject
    ServicioSedes servicio;

    @Inject
    RepositorioSedes repositorio;

    @Inject
    ServicioAuditoria auditoria;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    UserTransaction tx;

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource fuente;

    @ArquillianResource
    URL desplegada;

    @Test
    void laLineaBaseAl31DeDiciembreDe2023() {
        assertEquals(6, repositorio.contarEnOperacion(TipoSede.COMISARIA_DE_FAMILIA, LINEA_BASE), "PZ.JUS.1");
        assertEquals(List.of("CF-01", "CF-02", "CF-03", "CF-04", "CF-05", "CF-06"),
                codigos(repositorio.enOperacion(TipoSede.COMISARIA_DE_FAMILIA, LINEA_BASE)));
        assertEquals(3, repositorio.contarEnOperacion(TipoSede.CASA_DE_JUSTICIA, LINEA_BASE), "PZ.JUS.5");
        assertEquals(List.of("CJ-CANAPOTE", "CJ-CHIQUINQUIRA", "CJ-COUNTRY"),
                codigos(repositorio.enOperacion(TipoSede.CASA_DE_JUSTICIA, LINEA_BASE)));
        assertEquals(33, repositorio.contarEnOperacion(TipoSede.INSPECCION_DE_POLICIA, LINEA_BASE));
        assertEquals(33, repositorio.contarInspeccionesConDotacion(false, LINEA_BASE), "33 sin dotación completa");
        assertEquals(0, repositorio.contarInspeccionesDotadas(LINEA_BASE), "PZ.JUS.7");
        List<Sede> inspecciones = repositorio.inspeccionesConDotacion(false, LINEA_BASE);
        assertEquals("IP-01", inspecciones.get(0).getCodigo());
        assertEquals("IP-33", inspecciones.get(32).getCodigo());
        assertEquals("Inspección de Policía 07", repositorio.porCodigo("IP-07").orElseThrow().getNombre());
        assertEquals(Optional.of(EstadoSede.EN_OPERACION), repositorio.estadoA("CI-INTEGRATE", LINEA_BASE));
        assertEquals(Optional.of(EstadoSede.EN_OPERACION), repositorio.estadoA("SICC", LINEA_BASE));
        assertEquals(0, repositorio.contarEnOperacion(TipoSede.COMISARIA_DE_FAMILIA_MOVIL, LINEA_BASE), "PZ.JUS.2");
        assertEquals(0, repositorio.contarCentrosDeConciliacionEnOperacion(LINEA_BASE), "PZ.JUS.6");
        assertEquals(0, repositorio.contarEnOperacion(TipoSede.CENTRO_DE_TRASLADO_POR_PROTECCION, LINEA_BASE),
                "PZ.CON.1");
        assertEquals(0, repositorio.contarEnOperacion(TipoSede.CASA_DE_ACOGIDA, LINEA_BASE), "PZ.DDH.4");
        assertEquals(0, repositorio.contarEnOperacion(TipoSede.COMISARIA_DE_FAMILIA, LINEA_BASE.minusDays(1)),
                "Antes de la línea base no hay historia");
        assertEquals(Optional.empty(), repositorio.estadoA("CF-01", LINEA_BASE.minusDays(1)));
    }

    @Test
    void pzJus1CuentaLasComisariasFijasEnOperacionYNoLasMoviles() {
        long movilesAntes = repositorio.contarEnOperacion(TipoSede.COMISARIA_DE_FAMILIA, SEPTIEMBRE);
        verificarReglaDeOperacion(TipoSede.COMISARIA_DE_FAMILIA, null,
                c -> repositorio.enOperacion(TipoSede.COMISARIA_DE_FAMILIA, c),
                c -> repositorio.contarEnOperacion(TipoSede.COMISARIA_DE_FAMILIA, c));
        abrir(TipoSede.COMISARIA_DE_FAMILIA_MOVIL, null);
        assertEquals(movilesAntes + 1, repositorio.contarEnOperacion(TipoSede.COMISARIA_DE_FAMILIA, SEPTIEMBRE),
                "Una Comisaría móvil no cuenta entre las fijas");
    }

    @Test
    void pzJus2CuentaLasComisariasMovilesEnOperacion() {
        verificarReglaDeOperacion(TipoSede.COMISARIA_DE_FAMILIA_MOVIL, null,
                c -> repositorio.enOperacion(TipoSede.COMISARIA_DE_FAMILIA_MOVIL, c),
                c -> repositorio.contarEnOperacion(TipoSede.COMISARIA_DE_FAMILIA_MOVIL, c));
    }

    @Test
    void pzJus5CuentaLasCasasDeJusticiaEnOperacion() {
        verificarReglaDeOperacion(TipoSede.CASA_DE_JUSTICIA, null,
                c -> repositorio.enOperacion(TipoSede.CASA_DE_JUSTICIA, c),
                c -> repositorio.contarEnOperacion(TipoSede.CASA_DE_JUSTICIA, c));
    }

    @Test
    void pzJus6CuentaLosCentrosDeConciliacionAdscritosAUnaCasaDeJusticia() {
        String casa = abrir(TipoSede.CASA_DE_JUSTICIA, null);
        long casasAntes = repositorio.contarEnOperacion(TipoSede.CASA_DE_JUSTICIA, SEPTIEMBRE);
        String centro = verificarReglaDeOperacion(TipoSede.CENTRO_DE_CONCILIACION, casa,
                repositorio::centrosDeConciliacionEnOperacion, repositorio::contarCentrosDeConciliacionEnOperacion);
        assertEquals(casa, repositorio.porCodigo(centro).orElseThrow().getPadre().getCodigo());
        assertFalse(codigos(repositorio.centrosDeConciliacionEnOperacion(SEPTIEMBRE)).contains(casa),
                "La Casa de Justicia no cuenta como Centro de Conciliación");
        assertEquals(casasAntes, repositorio.contarEnOperacion(TipoSede.CASA_DE_JUSTICIA, SEPTIEMBRE),
                "El Centro de Conciliación no cuenta como Casa de Justicia");
    }

    @Test
    void pzCon1CuentaLosCentrosDeTrasladoPorProteccionEnFuncionamiento() {
        verificarReglaDeOperacion(TipoSede.CENTRO_DE_TRASLADO_POR_PROTECCION, null,
                c -> repositorio.enOperacion(TipoSede.CENTRO_DE_TRASLADO_POR_PROTECCION, c),
                c -> repositorio.contarEnOperacion(TipoSede.CENTRO_DE_TRASLADO_POR_PROTECCION, c));
    }

    @Test
    void pzDdh4CuentaLasCasasDeAcogidaEnFuncionamiento() {
        verificarReglaDeOperacion(TipoSede.CASA_DE_ACOGIDA, null,
                c -> repositorio.enOperacion(TipoSede.CASA_DE_ACOGIDA, c),
                c -> repositorio.contarEnOperacion(TipoSede.CASA_DE_ACOGIDA, c));
    }

    @Test
    void pzJus7CuentaLasInspeccionesMarcadasConDotacionCompletaALaFecha() {
        LocalDate dotada = LocalDate.of(2024, 5, 1);
        long antesAbril = repositorio.contarInspeccionesDotadas(dotada.minusDays(1));
        long antesMayo = repositorio.contarInspeccionesDotadas(dotada);
        long antesOctubre = repositorio.contarInspeccionesDotadas(CIERRE);
        usuarioActual.establecer(Actores.administrador());
        String ip = servicio.crear(datos(TipoSede.INSPECCION_DE_POLICIA, null), EstadoSede.EN_OPERACION, CREACION,
                "Empieza a operar").getCodigo();
        servicio.registrarDotacion(ip, false, "Sin computadores ni vehículo", CREACION);
        servicio.registrarDotacion(ip, true, "Computadores, impresora, mobiliario y motocicleta", dotada);

        assertFalse(codigos(repositorio.inspeccionesDotadas(dotada.minusDays(1))).contains(ip));
        assertTrue(codigos(repositorio.inspeccionesConDotacion(false, dotada.minusDays(1))).contains(ip));
        assertEquals(antesAbril, repositorio.contarInspeccionesDotadas(dotada.minusDays(1)));
        assertTrue(codigos(repositorio.inspeccionesDotadas(dotada)).contains(ip));
        assertEquals(antesMayo + 1, repositorio.contarInspeccionesDotadas(dotada));

        servicio.cambiarEstado(ip, EstadoSede.CERRADA, CIERRE, "Se traslada la Inspección", false);
        assertEquals(antesMayo + 1, repositorio.contarInspeccionesDotadas(dotada),
                "El cierre posterior no cambia la cifra del corte");
        assertTrue(codigos(repositorio.inspeccionesDotadas(SEPTIEMBRE)).contains(ip));
        assertEquals(antesOctubre + 1, repositorio.contarInspeccionesDotadas(CIERRE),
                "La regla de PZ.JUS.7 lee solo la marca de dotación, no el estado de la Inspección");
    }

    @Test
    void cadaTipoDeSedeSeLeeALaFechaDeCorte() {
        String casa = abrir(TipoSede.CASA_DE_JUSTICIA, null);
        for (TipoSede tipo : TipoSede.values()) {
            String padre = tipo.exigeCasaDeJusticia() ? casa : null;
            String codigo = crearConHistoria(tipo, padre);
            assertEquals(Optional.empty(), repositorio.estadoA(codigo, CREACION.minusDays(1)), tipo.name());
            assertEquals(Optional.of(EstadoSede.EN_CREACION), repositorio.estadoA(codigo, MARZO), tipo.name());
            assertEquals(Optional.of(EstadoSede.EN_OPERACION), repositorio.estadoA(codigo, SEPTIEMBRE), tipo.name());
            assertEquals(Optional.of(EstadoSede.CERRADA), repositorio.estadoA(codigo, CIERRE), tipo.name());
            assertTrue(codigos(repositorio.enEstado(tipo, EstadoSede.EN_CREACION, MARZO)).contains(codigo));
            assertTrue(codigos(repositorio.enEstado(tipo, EstadoSede.EN_OPERACION, SEPTIEMBRE)).contains(codigo));
            assertTrue(codigos(repositorio.enEstado(tipo, EstadoSede.CERRADA, CIERRE)).contains(codigo));
            assertFalse(codigos(repositorio.enEstado(tipo, EstadoSede.EN_OPERACION, CIERRE)).contains(codigo));
            assertTrue(codigos(repositorio.enEstado(EstadoSede.EN_OPERACION, SEPTIEMBRE)).contains(codigo));

            SedeALaFecha enLista = servicio.listar(new FiltroSedes(tipo, EstadoSede.EN_OPERACION, SEPTIEMBRE)).stream()
                    .filter(s -> s.getSede().getCodigo().equals(codigo)).findFirst().orElseThrow();
            assertEquals(APERTURA, enLista.getEstado().getVigenteDesde());
            assertTrue(servicio.listar(new FiltroSedes(tipo, EstadoSede.EN_OPERACION, CIERRE)).stream()
                    .noneMatch(s -> s.getSede().getCodigo().equals(codigo)), tipo.name());
            assertTrue(servicio.listar(new FiltroSedes(tipo, null, CREACION.minusDays(1))).stream()
                    .noneMatch(s -> s.getSede().getCodigo().equals(codigo)), "Aún no existía: " + tipo.name());
            SedeALaFecha cerrada = servicio.listar(new FiltroSedes(tipo, null, CIERRE)).stream()
                    .filter(s -> s.getSede().getCodigo().equals(codigo)).findFirst().orElseThrow();
            assertEquals(EstadoSede.CERRADA, cerrada.getEstado().getEstado(), tipo.name());
        }
    }

    @Test
    void unaSedeCerradaDespuesDelCorteSigueContandoEnElCorte() {
        String codigo = abrir(TipoSede.CASA_DE_JUSTICIA, null);
        long alCorte = repositorio.contarEnOperacion(TipoSede.CASA_DE_JUSTICIA, SEPTIEMBRE);
        List<String> seleccionadas = codigos(repositorio.enOperacion(TipoSede.CASA_DE_JUSTICIA, SEPTIEMBRE));
        assertTrue(seleccionadas.contains(codigo));
        long alCierre = repositorio.contarEnOperacion(TipoSede.CASA_DE_JUSTICIA, CIERRE);

        servicio.cambiarEstado(codigo, EstadoSede.CERRADA, CIERRE, "Termina el comodato del inmueble", false);

        assertEquals(alCorte, repositorio.contarEnOperacion(TipoSede.CASA_DE_JUSTICIA, SEPTIEMBRE),
                "La cifra al 30/09/2024 no cambia porque la sede cerró el 01/10/2024");
        assertEquals(seleccionadas, codigos(repositorio.enOperacion(TipoSede.CASA_DE_JUSTICIA, SEPTIEMBRE)));
        assertEquals(alCierre - 1, repositorio.contarEnOperacion(TipoSede.CASA_DE_JUSTICIA, CIERRE));
        assertEquals(Optional.of(EstadoSede.EN_OPERACION), repositorio.estadoA(codigo, SEPTIEMBRE));
        assertEquals(Optional.of(EstadoSede.CERRADA), repositorio.estadoA(codigo, CIERRE));
    }

    @Test
    void laHistoriaEsDeSoloInsercionYLasSedesNoSeBorran() throws Exception {
        String codigo = abrir(TipoSede.INSPECCION_DE_POLICIA, null);
        servicio.registrarDotacion(codigo, false, "Falta mobiliario", APERTURA);
        try (Connection c = fuente.getConnection(); Statement s = c.createStatement()) {
            String deLaSede = " WHERE sede_id = (SELECT id FROM sede WHERE codigo = '" + codigo + "')";
            rechazada(s, "UPDATE sede_estado SET estado = 'CERRADA'" + deLaSede, "solo inserción");
            rechazada(s, "UPDATE sede_estado SET vigente_desde = '2020-01-01'" + deLaSede, "solo inserción");
            rechazada(s, "DELETE FROM sede_estado" + deLaSede, "solo inserción");
            rechazada(s, "UPDATE sede_dotacion SET completa = TRUE" + deLaSede, "solo inserción");
            rechazada(s, "DELETE FROM sede_dotacion" + deLaSede, "solo inserción");
            rechazada(s, "DELETE FROM sede WHERE codigo = '" + codigo + "'", "no se borran");
            rechazada(s, "UPDATE sede SET codigo = 'OTRO-CODIGO' WHERE codigo = '" + codigo + "'", "no cambian");
            rechazada(s, "UPDATE sede SET tipo = 'CASA_DE_JUSTICIA' WHERE codigo = '" + codigo + "'", "no cambian");
            assertThrows(SQLException.class, () -> s.execute("DROP TRIGGER sede_estado_sin_cambios"),
                    "La cuenta de la aplicación no debe poder quitar los disparadores");
            assertEquals(1, s.executeUpdate("UPDATE sede SET direccion = 'Calle 5' WHERE codigo = '" + codigo + "'"),
                    "Los datos corregibles sí se actualizan");
        }
        Sede leida = servicio.buscar(codigo);
        assertEquals(2, leida.getHistorialEstados().size());
        assertEquals(1, leida.getHistorialDotacion().size());
    }

    @Test
    void cadaCambioQuedaEnLaAuditoriaEnLaMismaTransaccion() throws Exception {
        String codigo = abrir(TipoSede.INSPECCION_DE_POLICIA, null);
        List<RegistroAuditoria> rastro = auditoria.deEntidad("sede", codigo);
        assertEquals(List.of(Accion.CAMBIAR, Accion.CREAR), rastro.stream().map(RegistroAuditoria::getAccion).toList());
        RegistroAuditoria creacion = rastro.get(1);
        assertEquals("admin.pruebas", creacion.getUsuario());
        assertTrue(creacion.getDetalle().contains("\"tipo\":\"INSPECCION_DE_POLICIA\""), creacion.getDetalle());
        assertTrue(creacion.getDetalle().contains("\"estado\":\"EN_CREACION\""), creacion.getDetalle());
        assertTrue(rastro.get(0).getDetalle().contains("\"estadoAnterior\":\"EN_CREACION\""), rastro.get(0).getDetalle());
        assertTrue(rastro.get(0).getDetalle().contains("\"vigenteDesde\":\"2024-04-01\""), rastro.get(0).getDetalle());

        Sede sede = servicio.corregirDatos(codigo, null, "Inspección de Policía de Bayunca", "Calle de prueba",
                "De la Virgen y Turística");
        servicio.registrarDotacion(codigo, true, "Dotación completa entregada", CIERRE);
        rastro = auditoria.deEntidad("sede", codigo);
        assertEquals(4, rastro.size());
        String correccion = rastro.get(1).getDetalle();
        assertTrue(correccion.contains("\"nombre\":{\"antes\":\"Prueba Inspección de Policía\","
                + "\"despues\":\"Inspección de Policía de Bayunca\"}"), correccion);
        assertTrue(correccion.contains("\"localidad\""), correccion);
        assertFalse(correccion.contains("\"direccion\""), "Solo los campos que cambiaron: " + correccion);
        assertTrue(rastro.get(0).getDetalle().contains("\"dotacionCompleta\":true"), rastro.get(0).getDetalle());
        assertEquals("Inspección de Policía de Bayunca", sede.getNombre());

        tx.begin();
        servicio.cambiarEstado(codigo, EstadoSede.SUSPENDIDA, CIERRE, "Se deshará", false);
        assertEquals(5, auditoria.deEntidad("sede", codigo).size(), "Dentro de la transacción ya está el rastro");
        tx.rollback();
        assertEquals(4, auditoria.deEntidad("sede", codigo).size(), "Al deshacer el cambio se deshace su rastro");
        assertEquals(EstadoSede.EN_OPERACION, servicio.buscar(codigo).getEstadoActual());
    }

    @Test
    void unCambioInvalidoSeRechazaConSuMensajeYNoCambiaNada() {
        String codigo = abrir(TipoSede.CASA_DE_ACOGIDA, null);
        servicio.cambiarEstado(codigo, EstadoSede.CERRADA, CIERRE, "Cierre", false);
        int rastroAntes = auditoria.deEntidad("sede", codigo).size();

        ReglaIncumplida sinReapertura = assertThrows(ReglaIncumplida.class,
                () -> servicio.cambiarEstado(codigo, EstadoSede.EN_OPERACION, CIERRE.plusDays(1), "Vuelve", false));
        assertEquals("La sede está cerrada desde el 01/10/2024; para volver a abrirla registre una reapertura",
                sinReapertura.getMessage());
        assertEquals("estado", sinReapertura.campo());
        ReglaIncumplida atrasada = assertThrows(ReglaIncumplida.class,
                () -> servicio.cambiarEstado(codigo, EstadoSede.EN_OPERACION, MARZO, "Vuelve", true));
        assertEquals("desde", atrasada.campo());
        assertTrue(atrasada.getMessage().startsWith("La fecha 31/03/2024 es anterior al cierre (01/10/2024)"),
                atrasada.getMessage());
        ReglaIncumplida sinDotacion = assertThrows(ReglaIncumplida.class,
                () -> servicio.registrarDotacion(codigo, true, "Camas", CIERRE));
        assertTrue(sinDotacion.getMessage().startsWith("Solo las Inspecciones de Policía registran dotación"));
        assertEquals("motivo", assertThrows(ReglaIncumplida.class,
                () -> servicio.cambiarEstado(codigo, EstadoSede.EN_OPERACION, CIERRE, " ", true)).campo());
        assertThrows(NoEncontrado.class,
                () -> servicio.cambiarEstado("NO-EXISTE", EstadoSede.CERRADA, CIERRE, "x", false));

        Sede intacta = servicio.buscar(codigo);
        assertEquals(3, intacta.getHistorialEstados().size());
        assertEquals(EstadoSede.CERRADA, intacta.getEstadoActual());
        assertEquals(rastroAntes, auditoria.deEntidad("sede", codigo).size(), "Nada cambió: nada que auditar");

        assertEquals("codigo", assertThrows(ReglaIncumplida.class, () -> servicio.crear(
                new DatosSede(codigo.toLowerCase(), "Otra", TipoSede.ALBERGUE, null, null, null),
                EstadoSede.EN_OPERACION, APERTURA, "Duplicada")).campo());
        ReglaIncumplida sinCasa = assertThrows(ReglaIncumplida.class, () -> servicio.crear(
                datos(TipoSede.CENTRO_DE_CONCILIACION, null), EstadoSede.EN_OPERACION, APERTURA, "Sin casa"));
        assertEquals("padre", sinCasa.campo());
        assertEquals("padre", assertThrows(ReglaIncumplida.class, () -> servicio.crear(
                datos(TipoSede.CENTRO_DE_CONCILIACION, "CF-01"), EstadoSede.EN_OPERACION, APERTURA, "Padre malo"))
                .campo());
        String nuevo = Actores.codigo("PR");
        assertEquals("estado", assertThrows(ReglaIncumplida.class, () -> servicio.crear(
                new DatosSede(nuevo, "Cerrada", TipoSede.ALBERGUE, null, null, null), EstadoSede.CERRADA, APERTURA,
                "Empieza cerrada")).campo());
        assertTrue(repositorio.porCodigo(nuevo).isEmpty(), "Una creación rechazada no deja la sede a medias");
        assertThrows(ConflictoEdicion.class,
                () -> servicio.corregirDatos(codigo, intacta.getVersion() - 1, "Nombre nuevo", null, null));
    }

    @Test
    void soloElAdministradorCambiaSedesYTodosLasConsultan() {
        String codigo = abrir(TipoSede.ALBERGUE, null);
        usuarioActual.establecer(Actores.gestor());
        assertFalse(servicio.listar(new FiltroSedes(TipoSede.ALBERGUE, null, SEPTIEMBRE)).isEmpty());
        assertEquals(codigo, servicio.buscar(codigo).getCodigo());

        OperacionNoPermitida negado = assertThrows(OperacionNoPermitida.class,
                () -> servicio.cambiarEstado(codigo, EstadoSede.SUSPENDIDA, CIERRE, "Obras", false));
        assertEquals("Solo un administrador puede cambiar el estado de las sedes", negado.getMessage());
        assertThrows(OperacionNoPermitida.class, () -> servicio.crear(datos(TipoSede.ALBERGUE, null),
                EstadoSede.EN_OPERACION, APERTURA, "x"));
        assertThrows(OperacionNoPermitida.class, () -> servicio.corregirDatos(codigo, null, "Otro", null, null));
        assertThrows(OperacionNoPermitida.class, () -> servicio.registrarDotacion(codigo, true, "x", CIERRE));
        assertFalse(servicio.puedeCambiar());

        RegistroAuditoria denegado = auditoria.deEntidad("sede", codigo).get(0);
        assertEquals(Accion.ACCESO_DENEGADO, denegado.getAccion(), "La negativa queda en el rastro");
        assertEquals("gestor.pruebas", denegado.getUsuario());
        assertEquals(EstadoSede.EN_OPERACION, servicio.buscar(codigo).getEstadoActual());

        usuarioActual.establecer(null);
        assertThrows(OperacionNoPermitida.class, () -> servicio.listar(new FiltroSedes(null, null, null)));
    }

    @Test
    @RunAsClient
    void laApiDeSedesAplicaLasMismasReglas() throws Exception {
        String base = "http://localhost:" + desplegada.getPort() + desplegada.getPath() + "api/v1/sedes";
        String gestora = Demo.token("gestora.canapote");

        HttpResponse<String> comisarias = pedir("GET", base + "?tipo=comisaria_de_familia&corte=2023-12-31", gestora, null);
        assertEquals(200, comisarias.statusCode(), comisarias.body());
        JsonArray lista = arreglo(comisarias.body());
        assertEquals(6, lista.size());
        assertEquals("EN_OPERACION", lista.getJsonObject(0).getJsonObject("estado").getString("estado"));
        assertEquals("2023-12-31", lista.getJsonObject(0).getString("corte"));

        error(pedir("GET", base + "?tipo=NADA", gestora, null), 400, "tipo");
        error(pedir("GET", base + "?corte=31/12/2023", gestora, null), 400, "corte");
        error(pedir("GET", base + "/NO-EXISTE", gestora, null), 404, null);
        JsonObject ip = Demo.json(pedir("GET", base + "/ip-07?corte=2023-12-31", gestora, null).body());
        assertFalse(ip.getJsonObject("dotacion").getBoolean("completa"));
        assertEquals("EN_OPERACION", ip.getJsonArray("historialEstados").getJsonObject(0).getString("estado"));

        String codigo = Actores.codigo("API");
        String nueva = "{\"codigo\":\"" + codigo + "\",\"nombre\":\"Albergue de la API\",\"tipo\":\"ALBERGUE\","
                + "\"localidad\":\"De la Virgen y Turística\",\"estado\":\"EN_OPERACION\",\"desde\":\"2024-03-01\","
                + "\"motivo\":\"Abre\"}";
        assertEquals(403, pedir("POST", base, gestora, nueva).statusCode());

        String admin = Demo.token("administrador", true);
        error(pedir("POST", base, admin, "{"), 400, null);
        error(pedir("POST", base, admin, nueva.replace("\"nombre\":\"Albergue de la API\",", "")), 400, "nombre");
        error(pedir("POST", base, admin, nueva.replace("2024-03-01", "01/03/2024")), 400, "desde");
        error(pedir("POST", base, admin, nueva.replace("\"ALBERGUE\"", "7")), 400, "tipo");
        HttpResponse<String> creada = pedir("POST", base, admin, nueva);
        assertEquals(201, creada.statusCode(), creada.body());
        assertTrue(creada.headers().firstValue("Location").orElse("").endsWith("/api/v1/sedes/" + codigo));
        error(pedir("POST", base, admin, nueva), 400, "codigo");

        String estados = base + "/" + codigo + "/estados";
        assertEquals(201, pedir("POST", estados, admin,
                "{\"estado\":\"CERRADA\",\"desde\":\"2024-06-01\",\"motivo\":\"Cierra\"}").statusCode());
        error(pedir("POST", base + "/" + codigo + "/dotaciones", admin, "{\"detalle\":\"x\",\"desde\":\"2024-06-01\"}"),
                400, "completa");
        JsonObject sinReapertura = error(pedir("POST", estados, admin,
                "{\"estado\":\"EN_OPERACION\",\"desde\":\"2024-07-01\",\"motivo\":\"Vuelve\"}"), 400, "estado");
        assertEquals("La sede está cerrada desde el 01/06/2024; para volver a abrirla registre una reapertura",
                sinReapertura.getString("mensaje"));
        error(pedir("POST", estados, admin,
                "{\"estado\":\"EN_OPERACION\",\"desde\":\"2024-01-01\",\"motivo\":\"Vuelve\",\"reapertura\":true}"),
                400, "desde");
        error(pedir("POST", estados, admin, "{\"estado\":5}"), 400, "estado");
        assertEquals(201, pedir("POST", estados, admin,
                "{\"estado\":\"EN_OPERACION\",\"desde\":\"2024-07-01\",\"motivo\":\"Vuelve\",\"reapertura\":true}")
                .statusCode());
        error(pedir("POST", base + "/" + codigo + "/dotaciones", admin,
                "{\"completa\":true,\"detalle\":\"Camas\",\"desde\":\"2024-08-01\"}"), 400, "tipo");
        error(pedir("POST", base + "/NO-EXISTE/estados", admin,
                "{\"estado\":\"CERRADA\",\"desde\":\"2024-06-01\",\"motivo\":\"x\"}"), 404, null);

        JsonObject leida = Demo.json(pedir("GET", base + "/" + codigo + "?corte=2024-06-15", gestora, null).body());
        assertEquals("CERRADA", leida.getJsonObject("estado").getString("estado"));
        assertEquals(3, leida.getJsonArray("historialEstados").size());
        assertTrue(leida.getJsonArray("historialEstados").getJsonObject(2).getBoolean("reapertura"));
        int version = leida.getInt("version");
        HttpResponse<String> corregida = pedir("PUT", base + "/" + codigo, admin,
                "{\"nombre\":\"Albergue San Francisco\",\"localidad\":\"De la Virgen y Turística\",\"version\":"
                        + version + "}");
        assertEquals(200, corregida.statusCode(), corregida.body());
        assertEquals("Albergue San Francisco", Demo.json(corregida.body()).getString("nombre"));
        error(pedir("PUT", base + "/" + codigo, admin, "{\"nombre\":\"Otro\",\"version\":" + version + "}"), 409,
                null);

        JsonArray abiertas = arreglo(pedir("GET", base + "?tipo=ALBERGUE&estado=EN_OPERACION&corte=2024-07-01",
                gestora, null).body());
        assertTrue(abiertas.stream().anyMatch(s -> s.asJsonObject().getString("codigo").equals(codigo)));
    }

    @Test
    @RunAsClient
    void lasPaginasDeSedesListanALaFechaYSoloElAdministradorEdita() throws Exception {
        String base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
        PaginasDeSedes.gestoraConsultaPeroNoEdita(base);
        PaginasDeSedes.administradorCreaUnaSedeYRegistraSuHistoria(base);
    }

    /**
     * Crea una sede del tipo (en creación desde {@link #CREACION}), la abre en {@link #APERTURA} y la cierra en
     * {@link #CIERRE}, y comprueba que la regla la selecciona exactamente entre apertura y cierre: en el corte de
     * septiembre cuenta aunque cerró después, y la cifra de ese corte no cambia con el cierre.
     */
    private String verificarReglaDeOperacion(TipoSede tipo, String padre, Function<LocalDate, List<Sede>> regla,
            ToLongFunction<LocalDate> cifra) {
        long marzo = cifra.applyAsLong(MARZO);
        long septiembre = cifra.applyAsLong(SEPTIEMBRE);
        long octubre = cifra.applyAsLong(CIERRE);
        usuarioActual.establecer(Actores.administrador());
        String codigo = servicio.crear(datos(tipo, padre), EstadoSede.EN_CREACION, CREACION, "Se adecúa el inmueble")
                .getCodigo();
        servicio.cambiarEstado(codigo, EstadoSede.EN_OPERACION, APERTURA, "Abre al público", false);

        assertFalse(codigos(regla.apply(MARZO)).contains(codigo), "En creación no cuenta");
        assertEquals(marzo, cifra.applyAsLong(MARZO));
        assertTrue(codigos(regla.apply(SEPTIEMBRE)).contains(codigo));
        assertEquals(septiembre + 1, cifra.applyAsLong(SEPTIEMBRE));

        servicio.cambiarEstado(codigo, EstadoSede.CERRADA, CIERRE, "Cierra", false);
        assertTrue(codigos(regla.apply(SEPTIEMBRE)).contains(codigo), "Cerrada después del corte, cuenta en el corte");
        assertEquals(septiembre + 1, cifra.applyAsLong(SEPTIEMBRE), "La cifra del corte no cambia con el cierre");
        assertFalse(codigos(regla.apply(CIERRE)).contains(codigo));
        assertEquals(octubre, cifra.applyAsLong(CIERRE));
        return codigo;
    }

    /**
     * Ítem 11: el registro de sedes es la única fuente de los grupos de Keycloak. Al crear una sede, Ruta crea
     * {@code /sedes/<codigo>} en el Keycloak real de las pruebas (se comprueba con su API de administración,
     * directamente), la marca sincronizada y lo deja en la auditoría.
     */
    @Test
    void crearUnaSedeCreaSuGrupoEnKeycloak() throws Exception {
        usuarioActual.establecer(Actores.administrador());
        DatosSede datos = datos(TipoSede.CASA_DE_ACOGIDA, null);
        assertFalse(grupoEnKeycloak(datos.codigo()), "Antes de crear la sede no hay grupo");

        String codigo = servicio.crear(datos, EstadoSede.EN_CREACION, CREACION, "Se adecúa el inmueble").getCodigo();

        assertTrue(grupoEnKeycloak(codigo), "Keycloak tiene el grupo /sedes/" + codigo);
        assertTrue(repositorio.porCodigo(codigo).orElseThrow().isGrupoSincronizado());
        List<RegistroAuditoria> rastro = auditoria.deEntidad(GruposDeSedes.ENTIDAD, codigo);
        assertEquals(1, rastro.size());
        assertEquals("admin.pruebas", rastro.get(0).getUsuario());
        assertTrue(rastro.get(0).getDetalle().contains("/sedes/" + codigo), rastro.get(0).getDetalle());

        // Las 33 Inspecciones de la línea base no vienen en el realm importado: quedan pendientes hasta un reintento.
        servicio.sincronizarGruposPendientes();
        assertEquals(0, servicio.gruposPendientes(), "Tras el reintento no queda ningún grupo pendiente");
        assertTrue(grupoEnKeycloak("IP-33"));
    }

    /** Pregunta a Keycloak, con la cuenta de servicio de Ruta pero sin pasar por el código de Ruta. */
    private static boolean grupoEnKeycloak(String codigo) throws Exception {
        String realm = System.getenv("RUTA_OIDC_PROVEEDOR");
        HttpResponse<String> t = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=ruta-sincronizacion"
                        + "&client_secret=" + System.getenv("RUTA_KEYCLOAK_SINCRONIZACION_SECRETO"))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, t.statusCode(), t.body());
        String token = Demo.json(t.body()).getString("access_token");
        HttpResponse<String> r = pedir("GET", realm.replace("/realms/", "/admin/realms/") + "/group-by-path/sedes/"
                + codigo, token, null);
        assertTrue(r.statusCode() == 200 || r.statusCode() == 404, r.statusCode() + " " + r.body());
        return r.statusCode() == 200 && Demo.json(r.body()).getString("path").equals("/sedes/" + codigo);
    }

    /** Una sede en creación desde {@link #CREACION} y en operación desde {@link #APERTURA}. */
    private String abrir(TipoSede tipo, String padre) {
        usuarioActual.establecer(Actores.administrador());
        String codigo = servicio.crear(datos(tipo, padre), EstadoSede.EN_CREACION, CREACION, "Se adecúa el inmueble")
                .getCodigo();
        servicio.cambiarEstado(codigo, EstadoSede.EN_OPERACION, APERTURA, "Abre al público", false);
        return codigo;
    }

    /** Como {@link #abrir} y además cerrada desde {@link #CIERRE}. */
    private String crearConHistoria(TipoSede tipo, String padre) {
        String codigo = abrir(tipo, padre);
        servicio.cambiarEstado(codigo, EstadoSede.CERRADA, CIERRE, "Cierra", false);
        return codigo;
    }

    private static DatosSede datos(TipoSede tipo, String padre) {
        return new DatosSede(Actores.codigo("PR"), "Prueba " + tipo.texto(), tipo, "Industrial y de la Bahía",
                "Calle de prueba", padre);
    }

    private static List<String> codigos(List<Sede> sedes) {
        return sedes.stream().map(Sede::getCodigo).toList();
    }

    private static void rechazada(Statement s, String sql, String mensaje) {
        SQLException e = assertThrows(SQLException.class, () -> s.executeUpdate(sql), sql);
        assertTrue(e.getMessage().contains(mensaje), e.getMessage());
    }

    private static HttpResponse<String> pedir(String metodo, String url, String token, String cuerpo)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(cuerpo));
        if (cuerpo != null) {
            b.header("Content-Type", "application/json");
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Comprueba un error de la API: estado, JSON con mensaje en español y el campo; lo devuelve. */
    private static JsonObject error(HttpResponse<String> r, int estado, String campo) {
        assertEquals(estado, r.statusCode(), r.body());
        JsonObject cuerpo = Demo.json(r.body());
        assertFalse(cuerpo.getString("mensaje").isBlank());
        if (campo != null) {
            assertEquals(campo, cuerpo.getString("campo"), r.body());
        }
        return cuerpo;
    }

    /** Lee un arreglo JSON ({@code Demo.json} lee objetos). */
    private static JsonArray arreglo(String texto) {
        try (JsonReader lector = Json.createReader(new StringReader(texto))) {
            return lector.readArray();
        }
    }
}
