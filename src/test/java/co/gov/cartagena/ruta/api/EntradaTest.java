package co.gov.cartagena.ruta.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.comun.Hoy;
import co.gov.cartagena.ruta.comun.Json;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Las reglas de {@link Entrada} y de {@link LectorCuerpoJson}, sin servidor: cada rechazo nombra el campo. */
class EntradaTest {

    private static Entrada de(String json) {
        try (var lector = Json.createReader(new StringReader(json))) {
            return new Entrada(lector.readObject());
        }
    }

    private static void rechaza(String json, String campo, Function<Entrada, Object> lectura) {
        ReglaIncumplida r = assertThrows(ReglaIncumplida.class, () -> lectura.apply(de(json)), json);
        assertEquals(campo, r.campo(), r.getMessage());
    }

    @Test
    void losIdsSonEnterosPositivosQueCabenEnUnLong() {
        rechaza("{\"personaId\":18446744073709551617}", "personaId", e -> e.id("personaId"));
        rechaza("{\"personaId\":1.9}", "personaId", e -> e.id("personaId"));
        rechaza("{\"personaId\":0}", "personaId", e -> e.id("personaId"));
        rechaza("{\"personaId\":1e400}", "personaId", e -> e.id("personaId"));
        rechaza("{\"personaId\":\"1\"}", "personaId", e -> e.id("personaId"));
        assertEquals(9_223_372_036_854_775_807L, de("{\"personaId\":9223372036854775807}").id("personaId"));
        assertEquals(12L, de("{\"personaId\":12.0}").id("personaId"));
        assertNull(de("{}").id("personaId"));
    }

    @Test
    void laVersionEsUnEnteroDe32Bits() {
        rechaza("{\"version\":4294967296}", "version", e -> e.version("version"));
        rechaza("{\"version\":-1}", "version", e -> e.version("version"));
        rechaza("{}", "version", e -> e.versionObligatoria("version"));
        assertEquals(3, de("{\"version\":3}").versionObligatoria("version"));
    }

    @Test
    void losDecimalesCabenEnSuColumna() {
        rechaza("{\"valor\":1e308}", "valor", e -> e.decimal("valor", 18, 4));
        rechaza("{\"valor\":9223372036854775808}", "valor", e -> e.decimal("valor", 18, 4));
        rechaza("{\"valor\":1.23456}", "valor", e -> e.decimal("valor", 18, 4));
        assertEquals(new BigDecimal("99999999999999.9999"),
                de("{\"valor\":99999999999999.9999}").decimal("valor", 18, 4));
        assertEquals(new BigDecimal("12.5"), de("{\"valor\":\"12.5\"}").decimal("valor", 18, 4));
    }

    @Test
    void losTextosRespetanElLargoYNoLlevanControles() {
        rechaza("{\"nombres\":\"Ana\\u0000\"}", "nombres", e -> e.texto("nombres", 120));
        rechaza("{\"nombres\":\"Ana\\nMaría\"}", "nombres", e -> e.texto("nombres", 120));
        rechaza("{\"nombres\":\"Ana\\u001b[31m\"}", "nombres", e -> e.texto("nombres", 120));
        rechaza("{\"nombres\":\"\\ud800\"}", "nombres", e -> e.texto("nombres", 120));
        rechaza("{\"nombres\":\"" + "a".repeat(121) + "\"}", "nombres", e -> e.texto("nombres", 120));
        assertEquals("😀".repeat(120), de("{\"nombres\":\"" + "😀".repeat(120) + "\"}").texto("nombres", 120));
        assertEquals("Primera línea\nSegunda\tcon tabulador",
                de("{\"notas\":\"Primera línea\\nSegunda\\tcon tabulador\"}").textoLargo("notas", 100));
        rechaza("{\"notas\":\"a\\u0000b\"}", "notas", e -> e.textoLargo("notas", 100));
        rechaza("{\"justificacion\":\"" + "x".repeat(1001) + "\"}", "justificacion",
                e -> e.textoLargo("justificacion", 1000));
    }

    @Test
    void lasFechasEstanEnUnRangoPlausible() {
        rechaza("{\"fecha\":\"0001-01-01\"}", "fecha", e -> e.fecha("fecha"));
        rechaza("{\"fecha\":\"9999-12-31\"}", "fecha", e -> e.fecha("fecha"));
        rechaza("{\"fecha\":\"+10000-01-01\"}", "fecha", e -> e.fecha("fecha"));
        rechaza("{\"fecha\":\"" + LocalDate.now(Hoy.COLOMBIA).plusDays(1) + "\"}", "fecha", e -> e.fechaPasada("fecha"));
        assertEquals(LocalDate.now(Hoy.COLOMBIA), de("{\"fecha\":\"" + LocalDate.now(Hoy.COLOMBIA) + "\"}").fechaPasada("fecha"));
        assertEquals(Entrada.FECHA_MINIMA, de("{\"fecha\":\"1900-01-01\"}").fechaPasada("fecha"));
    }

    @Test
    void losParametrosDeLaUrlSeLeenConLasMismasReglas() {
        Entrada p = Entrada.deParametros("pagina", "3", "todos", "true", "anio", "2025", "corte", "2025-06-30");
        assertEquals(3, p.entero("pagina", 0, Integer.MAX_VALUE));
        assertTrue(p.siNo("todos"));
        assertEquals(2025, p.entero("anio", 1900, 2100));
        assertEquals(java.time.LocalDate.of(2025, 6, 30), p.fecha("corte"));
        assertNull(Entrada.deParametros("pagina", null).entero("pagina", 0, 10));
        for (String malo : new String[] {"abc", "1.5", "-1", "99999999999999999999999", "9".repeat(5_000)}) {
            ReglaIncumplida r = assertThrows(ReglaIncumplida.class,
                    () -> Entrada.deParametros("pagina", malo).entero("pagina", 0, Integer.MAX_VALUE), malo);
            assertEquals("pagina", r.campo());
        }
        assertEquals("todos", assertThrows(ReglaIncumplida.class,
                () -> Entrada.deParametros("todos", "sí").siNo("todos")).campo());
        assertEquals("corte", assertThrows(ReglaIncumplida.class,
                () -> Entrada.deParametros("corte", "9999-12-31").fecha("corte")).campo());
    }

    @Test
    void losCamposDeLaRutaTienenNombresYLargosAcotados() {
        rechaza("{\"datos\":{\"" + "k".repeat(200) + "\":\"x\"}}", "datos", e -> e.textos("datos"));
        rechaza("{\"datos\":{\"asunto\":\"" + "x".repeat(Entrada.LARGO_VALOR_RUTA + 1) + "\"}}", "asunto",
                e -> e.textos("datos"));
        rechaza("{\"datos\":{\"asunto\":{\"a\":1}}}", "asunto", e -> e.textos("datos"));
    }

    @Test
    void elExtractoNoRepiteMasDeCuarentaCaracteres() {
        assertEquals("a".repeat(40) + "…", Entrada.extracto("a".repeat(1_000_000)));
        assertEquals("a?b", Entrada.extracto("a\u0000b"));
        String m = ErrorApi.acotar("No existe la sede «" + "Z".repeat(1_000_000) + "».", ErrorApi.MENSAJE);
        assertTrue(m.length() < 120, m);
        String sinComillas = ErrorApi.acotar("No se encontró la sede " + "S".repeat(100_000), ErrorApi.MENSAJE);
        assertEquals("No se encontró la sede " + "S".repeat(ErrorApi.CITA) + "…", sinComillas);
    }

    private static JsonObject leer(String cuerpo) throws IOException {
        return LectorCuerpoJson.objeto(new ByteArrayInputStream(cuerpo.getBytes(StandardCharsets.UTF_8)));
    }

    private static PeticionRechazada rechazoDelLector(String cuerpo) {
        return assertThrows(PeticionRechazada.class, () -> leer(cuerpo), cuerpo.length() > 60 ? cuerpo.substring(0, 60) : cuerpo);
    }

    @Test
    void elLectorSoloAceptaUnObjetoJsonAcotado() throws IOException {
        for (String cuerpo : new String[] {"[]", "null", "\"x\"", "123", "true"}) {
            PeticionRechazada r = rechazoDelLector(cuerpo);
            assertEquals("cuerpo", r.campo());
            assertEquals(Response.Status.BAD_REQUEST, r.estado());
        }
        assertEquals(Response.Status.BAD_REQUEST, rechazoDelLector("[".repeat(1001) + "]".repeat(1001)).estado());
        assertEquals(Response.Status.BAD_REQUEST, rechazoDelLector("{\"a\":" .repeat(21) + "1" + "}".repeat(21)).estado());
        assertEquals(Response.Status.BAD_REQUEST, rechazoDelLector("{\"a\":").estado());
        assertEquals(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                rechazoDelLector("{\"a\":\"" + "x".repeat(LectorCuerpoJson.MAXIMO_BYTES) + "\"}").estado());
        assertEquals("{\"a\":\"[[[[\"}", leer("{\"a\":\"[[[[\"}").toString());
        assertEquals(1, leer("{\"a\":" .repeat(20).replaceFirst("\\{\"a\":$", "1") + "}".repeat(19)).size());
        assertNull(leer("  "));
    }
}
