package co.gov.cartagena.ruta.indicadores.reportes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

public class LectorCsvTest {

    public static String plan() throws IOException {
        try (InputStream in = LectorCsvTest.class.getResourceAsStream("/plan/indicadores.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void leeElPlanCompleto() throws IOException {
        List<LectorCsv.Fila> filas = LectorCsv.leer(plan());
        assertEquals(64, filas.size(), "encabezado y 63 indicadores");
        assertEquals(List.of("codigo", "nivel", "componente", "programa", "indicador", "linea_base", "linea_base_texto",
                "meta", "meta_texto", "unidad", "tipo_meta", "fuente", "regla"), filas.get(0).campos());
        filas.forEach(f -> assertEquals(13, f.campos().size(), "línea " + f.linea()));
        LectorCsv.Fila pzR1 = filas.stream().filter(f -> f.campos().get(0).equals("PZ.R1")).findFirst().orElseThrow();
        assertEquals("Construcción de paz, derechos humanos y convivencia", pzR1.campos().get(2));
        LectorCsv.Fila trasmallo = filas.stream().filter(f -> f.campos().get(0).equals("PZ.JUS.3")).findFirst()
                .orElseThrow();
        assertEquals("Número de mujeres vinculadas con la estrategia \"Trasmallo de Mujeres Violetas por la Paz\"",
                trasmallo.campos().get(4));
        assertEquals(64, filas.get(63).linea());
    }

    @Test
    void comillasConSaltosDeLineaYLineasVacias() {
        List<LectorCsv.Fila> filas = LectorCsv.leer("a,b\r\n\"uno\ndos\",\"x \"\"y\"\"\"\r\n\r\n   \n3,4");
        assertEquals(3, filas.size());
        assertEquals(List.of("uno\ndos", "x \"y\""), filas.get(1).campos());
        assertEquals(2, filas.get(1).linea());
        assertEquals(6, filas.get(2).linea());
        assertEquals(List.of("3", "4"), filas.get(2).campos());
    }

    @Test
    void puntoYComaComoEnExcelEnEspanolYMarcaDeOrden() {
        List<LectorCsv.Fila> filas = LectorCsv.leer("\uFEFFcodigo;valor\nSC.R1;31,5\n");
        assertEquals(List.of("codigo", "valor"), filas.get(0).campos());
        assertEquals(List.of("SC.R1", "31,5"), filas.get(1).campos());
    }

    @Test
    void comillasSinCerrarNombranLaLinea() {
        ReglaIncumplida e = assertThrows(ReglaIncumplida.class, () -> LectorCsv.leer("a,b\n1,2\n\"3,4\n5,6"));
        assertTrue(e.getMessage().startsWith("Línea 3"), e.getMessage());
    }
}
