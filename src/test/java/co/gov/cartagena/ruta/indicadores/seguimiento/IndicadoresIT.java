package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.indicadores.avance.EstadoAvance;
import co.gov.cartagena.ruta.indicadores.avance.Medicion;
import co.gov.cartagena.ruta.indicadores.avance.Semaforo;
import co.gov.cartagena.ruta.indicadores.catalogo.FuenteIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.catalogo.TextosIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import co.gov.cartagena.ruta.indicadores.reportes.EstadoReporte;
import co.gov.cartagena.ruta.indicadores.reportes.ImportacionRechazada;
import co.gov.cartagena.ruta.indicadores.reportes.LectorCsv;
import co.gov.cartagena.ruta.indicadores.reportes.NuevoReporte;
import co.gov.cartagena.ruta.indicadores.reportes.ReporteIndicador;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.soporte.Despliegues;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Los indicadores dentro de Payara Micro, contra el MariaDB real con el esquema de Flyway: el catálogo de la
 * migración V7 es el CSV del plan, las metas anuales y los reportes quedan auditados, solo cuentan los reportes
 * aprobados y el avance y el semáforo salen bien de punta a punta. Dentro del servidor no hay usuario en sesión: cada
 * prueba actúa con el rol que necesita ({@link UsuarioActual#establecer}). Cada prueba usa sus propios indicadores.
 */
@ExtendWith(ArquillianExtension.class)
class IndicadoresIT {

    static final Usuario COORDINADORA = Usuario.deClaims("coordinadora.canapote", "Coordinadora", null,
            List.of("coordinador"), List.of("/sedes/CJ-CANAPOTE"));
    static final Usuario SUPERVISORA = Usuario.deClaims("supervisora", "Supervisora", null, List.of("supervisor"),
            List.of("/sedes/SICC"));
    static final Usuario ADMINISTRADOR = Usuario.deClaims("administrador", "Administrador", null,
            List.of("administrador"), List.of("/sedes/SICC"));
    static final Usuario GESTORA = Usuario.deClaims("gestora.canapote", "Gestora", null, List.of("gestor"),
            List.of("/sedes/CJ-CANAPOTE"));
    static final Usuario DOBLE_ROL = Usuario.deClaims("coordinador.supervisor", "Doble rol", null,
            List.of("coordinador", "supervisor"), List.of("/sedes/SICC"));

    @Deployment
    static WebArchive despliegue() {
        return Despliegues.ruta(IndicadoresIT.class).addAsResource("plan/indicadores.csv");
    }

    @Inject
    ServicioIndicadores servicio;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    ServicioAuditoria auditoria;

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    void como(Usuario usuario) {
        usuarioActual.establecer(usuario);
    }

    static BigDecimal d(String v) {
        return new BigDecimal(v);
    }

    static LocalDate f(String iso) {
        return LocalDate.parse(iso);
    }

    static void igual(String esperado, BigDecimal real) {
        assertTrue(real != null && d(esperado).compareTo(real) == 0, "esperaba " + esperado + " y fue " + real);
    }

    static NuevoReporte manual(String fecha, String valor) {
        return new NuevoReporte(f(fecha), d(valor), null, null, "Acta de seguimiento", "Informe del equipo con fotos");
    }

    static NuevoReporte externo(String fecha, String valor) {
        return new NuevoReporte(f(fecha), d(valor), null, null, "Policía Metropolitana de Cartagena, boletín", null);
    }

    ReporteIndicador reportarYAprobar(String codigo, NuevoReporte datos) {
        como(COORDINADORA);
        ReporteIndicador r = servicio.reportar(codigo, datos);
        como(SUPERVISORA);
        return servicio.aprobar(r.getId());
    }

    List<RegistroAuditoria> rastro(String entidad, Object id) {
        return auditoria.deEntidad(entidad, String.valueOf(id));
    }

    @Test
    void elCatalogoEsElCsvDelPlanFilaPorFila() throws IOException {
        String texto;
        try (InputStream in = IndicadoresIT.class.getResourceAsStream("/plan/indicadores.csv")) {
            texto = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<LectorCsv.Fila> csv = LectorCsv.leer(texto);
        como(SUPERVISORA);
        List<Indicador> catalogo = servicio.catalogo();
        assertEquals(63, catalogo.size());
        assertEquals(64, csv.size());
        for (int n = 0; n < 63; n++) {
            List<String> fila = csv.get(n + 1).campos();
            Indicador i = catalogo.get(n);
            String donde = "fila " + (n + 2) + " (" + fila.get(0) + ")";
            assertEquals(fila.get(0), i.getCodigoTexto(), donde);
            assertEquals(fila.get(1), i.getNivel().codigo(), donde);
            assertEquals(fila.get(2), i.getComponente().getNombre(), donde);
            assertEquals(fila.get(3), i.getPrograma() == null ? "" : i.getPrograma().getNombre(), donde);
            assertEquals(fila.get(4), i.getNombre(), donde);
            if (fila.get(5).isEmpty()) {
                assertNull(i.getLineaBase(), donde + ": sin línea base en el plan, NULL");
            } else {
                igual(fila.get(5), i.getLineaBase());
            }
            assertEquals(fila.get(6), i.getLineaBaseTexto(), donde);
            igual(fila.get(7), i.getMeta());
            assertEquals(fila.get(8), i.getMetaTexto(), donde);
            assertEquals(fila.get(9), i.getUnidad(), donde);
            assertEquals(fila.get(10), i.getTipoMeta().codigo(), donde);
            assertEquals(fila.get(11), i.getFuente().codigo(), donde);
            assertEquals(fila.get(12), i.getRegla(), donde);
            assertEquals("Seguridad Humana", i.getComponente().getLinea().getNombre(), donde);
        }
        assertEquals(3, catalogo.stream().map(i -> i.getComponente().getId()).distinct().count());
        assertEquals(9, catalogo.stream().filter(i -> i.getPrograma() != null).map(i -> i.getPrograma().getId())
                .distinct().count());
        List<?> tipos = em.createNativeQuery("SELECT DATA_TYPE FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                + " DATABASE() AND TABLE_NAME = 'indicador' AND COLUMN_NAME IN ('linea_base', 'meta')").getResultList();
        assertEquals(List.of("decimal", "decimal"), tipos, "valores exactos");
    }

    @Test
    void lasMetasAnualesLasFijaElAdministradorYQuedanAuditadas() {
        como(ADMINISTRADOR);
        servicio.fijarMetasAnuales("SC.T24.3", Map.of(2024, d("1"), 2025, d("1"), 2026, d("2"), 2027, d("1")));
        servicio.fijarMetaAnual("SC.T24.3", 2025, d("2"));
        assertEquals(Map.of(2024, d("1.0000"), 2025, d("2.0000"), 2026, d("2.0000"), 2027, d("1.0000")),
                servicio.metasAnualesDe("SC.T24.3"));
        List<RegistroAuditoria> rastro = rastro("meta_anual", "SC.T24.3/2025");
        assertEquals(2, rastro.size(), rastro.toString());
        assertEquals(Accion.CAMBIAR, rastro.get(0).getAccion());
        assertEquals("Meta 2025 de SC.T24.3: 1 → 2", rastro.get(0).getDetalle());
        assertEquals("administrador", rastro.get(0).getUsuario());
        assertEquals(Accion.CREAR, rastro.get(1).getAccion());

        // en acumulado la meta de 2025 es lo acumulado hasta 2025
        SeguimientoIndicador s = servicio.seguimiento("SC.T24.3", 2025, f("2025-12-31"));
        igual("3", s.medicion().meta());
        assertTrue(s.medicion().metaAnual());

        assertEquals("anio", assertThrows(ReglaIncumplida.class,
                () -> servicio.fijarMetaAnual("SC.T24.3", 2028, d("1"))).campo());
        assertEquals("valor", assertThrows(ReglaIncumplida.class,
                () -> servicio.fijarMetaAnual("SC.T24.3", 2024, d("-1"))).campo());
        assertEquals("valor", assertThrows(ReglaIncumplida.class,
                () -> servicio.fijarMetaAnual("SC.T24.4", 2024, d("120"))).campo(), "hito: de 0 a 100");
        assertThrows(NoEncontrado.class, () -> servicio.fijarMetaAnual("XX.NO.1", 2024, d("1")));

        como(COORDINADORA);
        assertThrows(OperacionNoPermitida.class, () -> servicio.fijarMetaAnual("SC.T24.3", 2024, d("5")));
        assertTrue(auditoria.recientes(0, 20).stream().anyMatch(r -> r.getAccion() == Accion.ACCESO_DENEGADO
                && r.getUsuario().equals("coordinadora.canapote")), "el intento queda en el rastro");
        como(ADMINISTRADOR);
        igual("1", servicio.metasAnualesDe("SC.T24.3").get(2024));
    }

    @Test
    void losTextosLosCorrigeElAdministradorConAuditoriaYElCodigoNoCambia() {
        como(ADMINISTRADOR);
        Indicador antes = servicio.seguimiento("PZ.VIC.19", null, null).indicador();
        String nombre = antes.getNombre();
        try {
            Indicador corregido = servicio.corregirTextos("PZ.VIC.19",
                    new TextosIndicador(nombre + " (corregido)", null, null, null, null));
            assertEquals(nombre + " (corregido)", corregido.getNombre());
            assertEquals("PZ.VIC.19", corregido.getCodigoTexto());
            assertEquals(antes.getRegla(), corregido.getRegla());
            List<RegistroAuditoria> rastro = rastro("indicador", "PZ.VIC.19");
            assertEquals("nombre: «" + nombre + "» → «" + nombre + " (corregido)»", rastro.get(0).getDetalle());
            assertEquals("administrador", rastro.get(0).getUsuario());
            assertEquals("nombre", assertThrows(ReglaIncumplida.class, () -> servicio.corregirTextos("PZ.VIC.19",
                    new TextosIndicador("  ", null, null, null, null))).campo());
            como(SUPERVISORA);
            assertThrows(OperacionNoPermitida.class, () -> servicio.corregirTextos("PZ.VIC.19",
                    new TextosIndicador("otro", null, null, null, null)));
        } finally {
            como(ADMINISTRADOR);
            servicio.corregirTextos("PZ.VIC.19", new TextosIndicador(nombre, null, null, null, null));
        }
        assertEquals(nombre, servicio.seguimiento("PZ.VIC.19", null, null).indicador().getNombre());
    }

    @Test
    void unReporteManualCuentaSoloAprobadoNiPendienteNiRechazado() {
        como(COORDINADORA);
        ReporteIndicador primero = servicio.reportar("SC.T24.1", manual("2025-03-31", "1"));
        assertEquals(EstadoReporte.PENDIENTE, primero.getEstado());
        como(SUPERVISORA);
        Medicion pendiente = servicio.seguimiento("SC.T24.1", null, f("2025-12-31")).medicion();
        assertNull(pendiente.valor(), "un pendiente no cuenta");
        assertEquals(Semaforo.SIN_DATOS, pendiente.semaforo());

        assertEquals("motivo", assertThrows(ReglaIncumplida.class, () -> servicio.rechazar(primero.getId(), "  "))
                .campo());
        ReporteIndicador rechazado = servicio.rechazar(primero.getId(), "El acta no está firmada");
        assertEquals(EstadoReporte.RECHAZADO, rechazado.getEstado());
        assertEquals("El acta no está firmada", rechazado.getMotivoRechazo());
        assertNull(servicio.seguimiento("SC.T24.1", null, f("2025-12-31")).medicion().valor(),
                "un rechazado no cuenta");
        assertEquals("estado", assertThrows(ReglaIncumplida.class, () -> servicio.aprobar(primero.getId())).campo(),
                "una decisión no se cambia");

        ReporteIndicador segundo = reportarYAprobar("SC.T24.1", manual("2025-06-30", "2"));
        assertEquals(EstadoReporte.APROBADO, segundo.getEstado());
        assertEquals("supervisora", segundo.getDecididoPor());
        Medicion aprobado = servicio.seguimiento("SC.T24.1", null, f("2025-12-31")).medicion();
        igual("2", aprobado.valor().valor());
        igual("0.666667", aprobado.avance().getRazon());
        assertNull(servicio.seguimiento("SC.T24.1", null, f("2025-05-31")).medicion().valor(),
                "antes de su fecha de corte no cuenta");

        List<RegistroAuditoria> rastro = rastro("reporte_indicador", primero.getId());
        assertEquals(2, rastro.size());
        assertTrue(rastro.get(0).getDetalle().startsWith("Rechazado: SC.T24.1: 1 al 31/03/2025"),
                rastro.get(0).getDetalle());
        assertTrue(rastro.get(0).getDetalle().endsWith("Motivo: El acta no está firmada"));
        assertEquals("coordinadora.canapote", rastro.get(1).getUsuario());
        assertEquals(Accion.CREAR, rastro.get(1).getAccion());
    }

    @Test
    void lasReglasDeUnReporte() {
        como(COORDINADORA);
        assertEquals("evidencia", assertThrows(ReglaIncumplida.class, () -> servicio.reportar("SC.BOM.1",
                new NuevoReporte(f("2025-06-30"), d("10"), null, null, "Acta", " "))).campo());
        assertEquals("codigo", assertThrows(ReglaIncumplida.class, () -> servicio.reportar("PZ.R4",
                manual("2025-06-30", "50"))).campo(), "los de casos no se reportan");
        assertEquals("fechaCorte", assertThrows(ReglaIncumplida.class, () -> servicio.reportar("SC.BOM.1",
                manual(LocalDate.now().plusDays(2).toString(), "10"))).campo());
        assertEquals("fechaCorte", assertThrows(ReglaIncumplida.class, () -> servicio.reportar("SC.BOM.1",
                manual("2023-12-31", "10"))).campo());
        assertEquals("valor", assertThrows(ReglaIncumplida.class, () -> servicio.reportar("SC.BOM.1",
                manual("2025-06-30", "120"))).campo(), "hito: de 0 a 100");
        assertEquals("numerador", assertThrows(ReglaIncumplida.class, () -> servicio.reportar("SC.BOM.1",
                new NuevoReporte(f("2025-06-30"), null, d("1"), d("2"), "Acta", "Fotos"))).campo());
        assertEquals("valor", assertThrows(ReglaIncumplida.class, () -> servicio.reportar("PZ.R3",
                new NuevoReporte(f("2024-12-31"), d("70"), d("55843"), d("88871"), "Unidad para las Víctimas", null)))
                .campo(), "el valor no coincide con numerador / denominador");
        como(SUPERVISORA);
        assertThrows(OperacionNoPermitida.class, () -> servicio.reportar("SC.BOM.1", manual("2025-06-30", "10")));
        como(GESTORA);
        assertThrows(OperacionNoPermitida.class, () -> servicio.tablero(null, null));

        // numerador y denominador: el valor sale de ellos
        como(COORDINADORA);
        ReporteIndicador fraccion = servicio.reportar("PZ.R3",
                new NuevoReporte(f("2024-12-31"), null, d("56433"), d("88871"), "Unidad para las Víctimas", null));
        igual("63.4999", fraccion.getValor());
        como(SUPERVISORA);
        servicio.aprobar(fraccion.getId());
        Medicion m = servicio.seguimiento("PZ.R3", null, f("2024-12-31")).medicion();
        igual("56433", m.valor().numerador());
        igual("88871", m.valor().denominador());
    }

    @Test
    void quienReportaNoPuedeAprobarSuPropioReporte() {
        como(DOBLE_ROL);
        ReporteIndicador r = servicio.reportar("SC.BOM.2", manual("2025-06-30", "30"));
        OperacionNoPermitida e = assertThrows(OperacionNoPermitida.class, () -> servicio.aprobar(r.getId()));
        assertTrue(e.getMessage().contains("otro supervisor"), e.getMessage());
        assertThrows(OperacionNoPermitida.class, () -> servicio.rechazar(r.getId(), "No"));
        assertTrue(rastro("reporte_indicador", r.getId()).stream()
                .anyMatch(a -> a.getAccion() == Accion.ACCESO_DENEGADO), "el intento queda en el rastro");
        como(SUPERVISORA);
        assertEquals(EstadoReporte.PENDIENTE, servicio.reportesDe("SC.BOM.2").get(0).getEstado());
        assertEquals(EstadoReporte.APROBADO, servicio.aprobar(r.getId()).getEstado());
        igual("0.3", servicio.seguimiento("SC.BOM.2", null, f("2025-06-30")).medicion().avance().getRazon());
    }

    @Test
    void laImportacionDeCifrasOficialesEsTodoONada() {
        como(COORDINADORA);
        String bueno = "codigo,fecha_corte,valor,fuente\n"
                + "SC.R2,30/06/2025,700.5,Policía Metropolitana - boletín 06/2025\n"
                + "SC.R3,2025-06-30,120,\"Policía Metropolitana, boletín 06/2025\"\n";
        List<ReporteIndicador> importados = servicio.importarExternos("policia-2025-06.csv", bueno);
        assertEquals(2, importados.size());
        assertTrue(importados.stream().allMatch(r -> r.getEstado() == EstadoReporte.PENDIENTE));
        assertEquals("Archivo «policia-2025-06.csv», línea 2", importados.get(0).getOrigen());
        assertTrue(rastro("reporte_indicador", importados.get(1).getId()).get(0).getDetalle()
                .endsWith("Archivo «policia-2025-06.csv», línea 3"));

        String unaLineaMala = "codigo;fecha_corte;valor;fuente\n"
                + "SC.R4;30/06/2025;18;Cuerpo de Bomberos\n"
                + "SC.R4;31/12/2025;dieciséis;Cuerpo de Bomberos\n";
        ImportacionRechazada e = assertThrows(ImportacionRechazada.class,
                () -> servicio.importarExternos("bomberos.csv", unaLineaMala));
        assertEquals(1, e.getErrores().size(), e.getErrores().toString());
        assertTrue(e.getErrores().get(0).startsWith("Línea 3: el valor «dieciséis»"), e.getErrores().get(0));
        assertTrue(e.getMessage().contains("Línea 3"));
        como(SUPERVISORA);
        assertEquals(List.of(), servicio.reportesDe("SC.R4"), "con una línea mala no se importa ninguna");

        como(COORDINADORA);
        String reglas = "codigo,fecha_corte,valor,fuente\n"
                + "SC.R4,30/06/2025,18,Cuerpo de Bomberos\n"
                + "SC.T24.1,30/06/2025,1,Acta\n"
                + "SC.R4,30/06/2025,17,Cuerpo de Bomberos\n"
                + "SC.R2,30/06/2025,690,Policía\n"
                + "NO.EXISTE,30/06/2025,1,Policía\n";
        List<String> errores = assertThrows(ImportacionRechazada.class,
                () -> servicio.importarExternos("mezcla.csv", reglas)).getErrores();
        assertEquals(4, errores.size(), errores.toString());
        assertTrue(errores.get(0).startsWith("Línea 3: el indicador SC.T24.1 es de fuente «manual»"), errores.get(0));
        assertTrue(errores.get(1).startsWith("Línea 4: repite el indicador SC.R4"), errores.get(1));
        assertTrue(errores.get(2).startsWith("Línea 5: ya hay un reporte pendiente"), errores.get(2));
        assertTrue(errores.get(3).startsWith("Línea 6: no existe el indicador «NO.EXISTE»"), errores.get(3));
        como(SUPERVISORA);
        assertEquals(List.of(), servicio.reportesDe("SC.R4"));

        importados.forEach(r -> servicio.aprobar(r.getId()));
        igual("700.5", servicio.seguimiento("SC.R2", null, f("2025-06-30")).medicion().valor().valor());
        igual("120", servicio.seguimiento("SC.R3", 2025, f("2025-06-30")).medicion().valor().valor());
    }

    @Test
    void elValorEsElUltimoAprobadoALaFechaDeCorte() {
        reportarYAprobar("SC.R1", externo("2024-06-30", "34"));
        reportarYAprobar("SC.R1", externo("2024-12-31", "33"));
        reportarYAprobar("SC.R1", externo("2025-06-30", "31.5"));
        como(COORDINADORA);
        servicio.reportar("SC.R1", externo("2025-09-30", "30"));
        como(SUPERVISORA);
        igual("34", servicio.seguimiento("SC.R1", null, f("2024-09-30")).medicion().valor().valor());
        Medicion cuatrienio = servicio.seguimiento("SC.R1", null, f("2025-12-31")).medicion();
        igual("31.5", cuatrienio.valor().valor());
        assertEquals(f("2025-06-30"), cuatrienio.valor().fechaCorte());
        igual("0.507042", cuatrienio.avance().getRazon());
        igual("0.500342", cuatrienio.esperado());
        assertEquals(Semaforo.VERDE, cuatrienio.semaforo());

        Medicion anio2024 = servicio.seguimiento("SC.R1", 2024, f("2025-12-31")).medicion();
        assertEquals(f("2024-12-31"), anio2024.corte());
        igual("33", anio2024.valor().valor());
        assertEquals(Semaforo.SIN_DATOS, servicio.seguimiento("SC.R1", 2026, f("2026-06-30")).medicion().semaforo());
        assertEquals("corte", assertThrows(ReglaIncumplida.class,
                () -> servicio.seguimiento("SC.R1", 2025, f("2024-06-30"))).campo());
        assertEquals("anio", assertThrows(ReglaIncumplida.class,
                () -> servicio.seguimiento("SC.R1", 2031, null)).campo());

        // una corrección con la misma fecha de corte: manda la aprobada más recientemente
        reportarYAprobar("SC.R1", externo("2025-06-30", "31"));
        igual("31", servicio.seguimiento("SC.R1", null, f("2025-12-31")).medicion().valor().valor());
    }

    @Test
    void avanceYSemaforoDeUnIndicadorManualDePuntaAPunta() {
        como(ADMINISTRADOR);
        servicio.fijarMetasAnuales("SC.BOM.3", Map.of(2024, d("6"), 2025, d("7"), 2026, d("7"), 2027, d("8")));
        reportarYAprobar("SC.BOM.3", manual("2025-06-30", "7"));
        como(COORDINADORA);
        SeguimientoIndicador s = servicio.tablero(null, f("2025-06-30")).stream()
                .filter(x -> x.indicador().getCodigoTexto().equals("SC.BOM.3")).findFirst().orElseThrow();
        igual("7", s.medicion().valor().valor());
        igual("0.5", s.medicion().avance().getRazon());
        igual("0.247945", s.medicion().esperado());
        assertEquals(Semaforo.VERDE, s.medicion().semaforo());

        Medicion del2025 = servicio.seguimiento("SC.BOM.3", 2025, f("2025-12-31")).medicion();
        igual("7", del2025.meta());
        igual("1", del2025.avance().getRazon());
        assertEquals(Semaforo.VERDE, del2025.semaforo());

        reportarYAprobar("SC.BOM.3", manual("2025-09-30", "9"));
        igual("1.5", servicio.seguimiento("SC.BOM.3", null, f("2025-12-31")).medicion().avance().getRazon());
    }

    @Test
    void mantenimientoPromediaLosAniosCorridos() {
        reportarYAprobar("PZ.DDH.6", manual("2024-11-30", "1"));
        como(SUPERVISORA);
        Medicion m = servicio.seguimiento("PZ.DDH.6", null, f("2026-06-30")).medicion();
        igual("0.5", m.avance().getRazon());
        assertEquals(Semaforo.ROJO, m.semaforo());
        reportarYAprobar("PZ.DDH.6", manual("2026-03-31", "1"));
        igual("0.666667", servicio.seguimiento("PZ.DDH.6", null, f("2026-06-30")).medicion().avance().getRazon());
        Medicion del2026 = servicio.seguimiento("PZ.DDH.6", 2026, f("2026-06-30")).medicion();
        igual("1", del2026.avance().getRazon());
        assertEquals(Semaforo.VERDE, del2026.semaforo());
    }

    @Test
    void todasLasFuentesTienenCalculoYCadaValorDiceDeDondeSale() {
        como(COORDINADORA);
        List<SeguimientoIndicador> tablero = servicio.tablero(null, null);
        assertEquals(63, tablero.size());
        Set<FuenteIndicador> calculadas = Set.of(FuenteIndicador.CASOS, FuenteIndicador.ACTIVIDADES);
        List<SeguimientoIndicador> deRegistros = tablero.stream()
                .filter(s -> calculadas.contains(s.indicador().getFuente())).collect(Collectors.toList());
        assertEquals(27, deRegistros.size());
        List<SeguimientoIndicador> deSedes = tablero.stream()
                .filter(s -> s.indicador().getFuente() == FuenteIndicador.SEDES).collect(Collectors.toList());
        assertEquals(7, deSedes.size());
        for (SeguimientoIndicador s : deSedes) {
            assertEquals("Ruta: registro de sedes", s.medicion().valor().fuente(), s.indicador().getCodigoTexto());
        }
        for (SeguimientoIndicador s : tablero) {
            assertNotEquals(EstadoAvance.SIN_CALCULO, s.medicion().avance().getEstado(), s.indicador().getCodigoTexto());
        }
        for (SeguimientoIndicador s : deRegistros) {
            TipoMeta tipo = s.indicador().getTipoMeta();
            if (tipo == TipoMeta.ACUMULADO || tipo == TipoMeta.MANTENIMIENTO) {
                // Un conteo siempre tiene valor (cero si no hay registros); nunca sale de un reporte.
                assertNotNull(s.medicion().valor(), s.indicador().getCodigoTexto());
                assertEquals("Ruta: " + s.indicador().getFuente().codigo(), s.medicion().valor().fuente());
            } else if (s.medicion().valor() != null) {
                assertTrue(s.medicion().valor().fuente().startsWith("Ruta: "), s.indicador().getCodigoTexto());
                assertNotNull(s.medicion().valor().denominador(), "una proporción publica su denominador");
            }
        }
    }

    @jakarta.inject.Inject
    co.gov.cartagena.ruta.sedes.ServicioSedes sedes;

    /** Los indicadores de fuente sedes salen del registro de sedes «a la fecha de corte», no de un reporte. */
    @Test
    void losIndicadoresDeSedesSeCalculanDelRegistroALaFechaDeCorte() {
        como(ADMINISTRADOR);
        LocalDate apertura = f("2025-02-10");
        BigDecimal antes = servicio.seguimiento("PZ.JUS.5", null, apertura.minusDays(1)).medicion().valor().valor();
        BigDecimal base = servicio.seguimiento("PZ.JUS.5", null, f("2024-01-01")).medicion().valor().valor();
        assertTrue(base.compareTo(d("3")) >= 0, "Las 3 Casas de Justicia de la línea base: " + base);

        String codigo = "CJ-IND-" + (System.nanoTime() % 100000);
        sedes.crear(new co.gov.cartagena.ruta.sedes.DatosSede(codigo, "Casa de Justicia de prueba de indicadores",
                co.gov.cartagena.ruta.sedes.TipoSede.CASA_DE_JUSTICIA, null, null, null),
                co.gov.cartagena.ruta.sedes.EstadoSede.EN_OPERACION, apertura, "Inauguración");
        assertEquals(0, antes.compareTo(servicio.seguimiento("PZ.JUS.5", null, apertura.minusDays(1)).medicion()
                .valor().valor()), "Una sede nueva no cambia la cifra de una fecha anterior");
        BigDecimal despues = servicio.seguimiento("PZ.JUS.5", null, apertura).medicion().valor().valor();
        assertEquals(0, antes.add(BigDecimal.ONE).compareTo(despues), "Cuenta desde su fecha de apertura");
        assertEquals("Ruta: registro de sedes", servicio.seguimiento("PZ.JUS.5", null, apertura).medicion().valor()
                .fuente());

        sedes.cambiarEstado(codigo, co.gov.cartagena.ruta.sedes.EstadoSede.CERRADA, f("2025-06-30"), "Cierre", false);
        assertEquals(0, despues.compareTo(servicio.seguimiento("PZ.JUS.5", null, apertura).medicion().valor().valor()),
                "Cerrarla después no cambia la cifra al corte anterior");
        assertEquals(0, antes.compareTo(servicio.seguimiento("PZ.JUS.5", null, f("2025-07-01")).medicion().valor()
                .valor()), "Cerrada, ya no cuenta");
    }
}
