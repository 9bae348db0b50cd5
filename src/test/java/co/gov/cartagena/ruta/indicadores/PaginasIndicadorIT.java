package co.gov.cartagena.ruta.indicadores;

import co.gov.cartagena.ruta.indicadores.reportes.NuevoReporte;
import co.gov.cartagena.ruta.indicadores.reportes.ReporteIndicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.soporte.Despliegues;
import co.gov.cartagena.ruta.web.indicadores.SerieAnual;
import co.gov.cartagena.ruta.web.indicadores.SerieAnual.Punto;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * La página de un indicador y la de cortes: la serie anual del gráfico medida dentro del servidor, y las dos páginas
 * en Chromium con el Keycloak real ({@link PaginaDeIndicador}, que no va en el despliegue porque usa Selenium).
 */
@ExtendWith(ArquillianExtension.class)
class PaginasIndicadorIT {

    static final Usuario COORDINADORA = Usuario.deClaims("coordinadora.canapote", "Coordinadora", null,
            List.of("coordinador"), List.of("/sedes/CJ-CANAPOTE"));
    static final Usuario SUPERVISORA = Usuario.deClaims("supervisora", "Supervisora", null, List.of("supervisor"),
            List.of("/sedes/SICC"));
    static final Usuario ADMINISTRADOR = Usuario.deClaims("administrador", "Administrador", null,
            List.of("administrador"), List.of("/sedes/SICC"));
    static final Usuario GESTORA = Usuario.deClaims("gestora.canapote", "Gestora", null, List.of("gestor"),
            List.of("/sedes/CJ-CANAPOTE"));

    @Deployment
    static WebArchive despliegue() {
        return Despliegues.ruta(PaginasIndicadorIT.class);
    }

    @Inject
    ServicioIndicadores servicio;

    @Inject
    UsuarioActual usuarioActual;

    @ArquillianResource
    URL desplegada;

    void como(Usuario u) {
        usuarioActual.establecer(u);
    }

    static LocalDate f(String iso) {
        return LocalDate.parse(iso);
    }

    static void igual(String esperado, BigDecimal real) {
        assertTrue(real != null && new BigDecimal(esperado).compareTo(real) == 0,
                "esperaba " + esperado + " y fue " + real);
    }

    void reportarYAprobar(String codigo, String fecha, String valor) {
        como(COORDINADORA);
        ReporteIndicador r = servicio.reportar(codigo, new NuevoReporte(f(fecha), new BigDecimal(valor), null, null,
                "Policía Metropolitana de Cartagena, boletín", null));
        como(SUPERVISORA);
        servicio.aprobar(r.getId());
    }

    @Test
    void laSerieDelGraficoMideCadaAnioAlMenorEntreElCorteYSuCierreConSusMetasAnuales() {
        como(ADMINISTRADOR);
        servicio.fijarMetaAnual("PZ.R2", 2024, new BigDecimal("185"));
        servicio.fijarMetaAnual("PZ.R2", 2025, new BigDecimal("178"));
        servicio.fijarMetaAnual("PZ.R2", 2026, new BigDecimal("170"));
        servicio.fijarMetaAnual("PZ.R2", 2027, new BigDecimal("160.1"));
        reportarYAprobar("PZ.R2", "2024-12-31", "187");
        reportarYAprobar("PZ.R2", "2025-06-30", "182");
        reportarYAprobar("PZ.R2", "2025-10-31", "175");

        como(SUPERVISORA);
        List<Punto> puntos = SerieAnual.armar(servicio, "PZ.R2", f("2025-09-30"), null).getPuntos();
        assertEquals(List.of(2024, 2025, 2026, 2027), puntos.stream().map(Punto::anio).toList());
        assertEquals(f("2024-12-31"), puntos.get(0).corte());
        igual("187", puntos.get(0).valor());
        igual("185", puntos.get(0).meta());
        assertEquals(f("2025-09-30"), puntos.get(1).corte());
        igual("182", puntos.get(1).valor());
        igual("178", puntos.get(1).meta());
        assertNull(puntos.get(2).corte(), "2026 no ha empezado al corte");
        assertNull(puntos.get(2).valor());
        igual("170", puntos.get(2).meta());
        igual("160.1", puntos.get(3).meta());

        SerieAnual temprana = SerieAnual.armar(servicio, "PZ.R2", f("2024-06-30"), null);
        assertEquals(f("2024-06-30"), temprana.getPuntos().get(0).corte());
        assertNull(temprana.getPuntos().get(0).valor(), "nada aprobado al 30/06/2024");
        assertTrue(temprana.isConDatos(), "las metas se dibujan aunque no haya valores");

        JsonObject grafico;
        try (var lector = Json.createReader(new StringReader(SerieAnual.armar(servicio, "PZ.R2", f("2025-12-31"), null)
                .chartJs("Valor", "Meta anual", "PZ.R2")))) {
            grafico = lector.readObject();
        }
        assertEquals("bar", grafico.getString("type"));
        assertEquals("[\"2024\",\"2025\",\"2026\",\"2027\"]", grafico.getJsonObject("data").getJsonArray("labels")
                .toString());
        JsonArray series = grafico.getJsonObject("data").getJsonArray("datasets");
        assertEquals("bar", series.getJsonObject(0).getString("type"));
        assertEquals("[187,175,null,null]", series.getJsonObject(0).getJsonArray("data").toString());
        assertEquals("line", series.getJsonObject(1).getString("type"));
        assertEquals("[185,178,170,160.1]", series.getJsonObject(1).getJsonArray("data").toString());
        assertEquals(JsonValue.ValueType.STRING, series.getJsonObject(1).get("label").getValueType());

        como(GESTORA);
        assertThrows(OperacionNoPermitida.class, () -> SerieAnual.armar(servicio, "PZ.R2", f("2025-09-30"), null));
    }

    @Test
    void sinMetasAnualesLaSerieNoInventaMetasYSoloMideLosAniosEmpezados() {
        como(SUPERVISORA);
        SerieAnual serie = SerieAnual.armar(servicio, "SC.R3", f("2026-02-15"), null);
        assertTrue(serie.getPuntos().stream().allMatch(p -> p.meta() == null), "SC.R3 no tiene metas anuales");
        assertEquals(f("2026-02-15"), serie.getPuntos().get(2).corte());
        assertNull(serie.getPuntos().get(3).corte());
    }

    @Test
    @RunAsClient
    void laSupervisoraVeElIndicadorSuGraficoDesagregacionesYDetalleYCierraUnCorte() throws Exception {
        PaginaDeIndicador.supervisoraVeElIndicadorYCierraUnCorte(
                "http://localhost:" + desplegada.getPort() + desplegada.getPath());
    }
}
