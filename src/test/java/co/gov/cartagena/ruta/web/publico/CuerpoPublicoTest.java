package co.gov.cartagena.ruta.web.publico;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Anio;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Celda;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Componente;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Fila;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.FilaTabla;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Programa;
import co.gov.cartagena.ruta.web.publico.AvancePublicoBacking.Tabla;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CuerpoPublicoTest {

    private static String html() {
        Fila fila = new Fila("PZ.JOV.3", "Jóvenes <con> \"proyecto\" & más", "personas", "—", "100", "12", null,
                "12,0 %", "ROJO", "Rojo", "12", "12.35", "7", "25", "{\"type\":\"bar\",\"t\":\"</script><b>\"}",
                List.of(new Anio(2026, "25", "7", "30/06/2026")),
                List.of(new Tabla("Sexo", "sexo", List.of("Valor"), List.of(new FilaTabla("Intersexual",
                        "INTERSEXUAL", List.of(new Celda("VAL", "", "menos de 5"))), new FilaTabla("Mujer", "MUJER",
                        List.of(new Celda("VAL", "6", "6")))), 1)), List.of());
        return CuerpoPublico.html(List.of(new Componente("Paz", List.of(), List.of(new Programa(null, List.of(fila))))),
                clave -> clave.equals("publico.suprimidas") ? "Menos de {0} personas" : clave, Locale.ROOT, 5);
    }

    @Test
    void escribeLasTablasConSusDatosCrudosYEscapaLosTextos() {
        String html = html();
        assertTrue(html.contains("<tr id=\"fila-PZ.JOV.3\" class=\"pub-fila\" data-codigo=\"PZ.JOV.3\" data-valor=\"12\" "
                + "data-avance=\"12.35\" data-semaforo=\"ROJO\">"), html);
        assertTrue(html.contains("Jóvenes &lt;con&gt; &quot;proyecto&quot; &amp; más"), html);
        assertTrue(html.contains("<table class=\"ind-tabla pub-desagregacion\" data-codigo=\"PZ.JOV.3\" "
                + "data-dimension=\"sexo\">"), html);
        assertTrue(html.contains("<tr data-categoria=\"INTERSEXUAL\"><th scope=\"row\">Intersexual</th><td "
                + "class=\"ind-col-numero pub-celda\" data-componente=\"VAL\" data-personas=\"\">menos de 5</td></tr>"),
                html);
        assertTrue(html.contains("<p class=\"pub-nota\">Menos de 5 personas</p>"), html);
        assertTrue(html.contains("<canvas id=\"grafico-PZ_JOV_3_canvas\" role=\"img\""), html);
    }

    @Test
    void losGraficosVanEnUnBloqueDeDatosQueNadaCierraYSinScriptsEjecutables() {
        String html = html();
        assertEquals(1, html.split("<script", -1).length - 1);
        String bloque = html.substring(html.indexOf("<script type=\"application/json\" id=\"pub-graficos\">"));
        assertTrue(bloque.startsWith("<script type=\"application/json\" id=\"pub-graficos\">{\"grafico-PZ_JOV_3\":"
                + "{\"type\":\"bar\",\"t\":\"\\u003c/script>\\u003cb>\"}}</script>"), bloque);
        assertFalse(html.contains("nonce"));
    }
}
