package co.gov.cartagena.ruta.indicadores.publicacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Espera;
import co.gov.cartagena.ruta.soporte.Navegador;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * La parte de navegador de {@link PublicacionIT} (no va en el despliegue porque usa Selenium): la supervisora publica
 * un corte desde la página de cortes, la página pública —en otra ventana sin sesión— muestra las cifras del JSON con
 * sus gráficos y en inglés, y al retirarlo desaparece.
 */
final class PaginaPublica {

    private static final DateTimeFormatter DDMMYYYY = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private PaginaPublica() {
    }

    static void publicarVerYRetirar(String base, String fechaIso) throws Exception {
        String fecha = DDMMYYYY.format(LocalDate.parse(fechaIso));
        ChromeDriver navegador = Navegador.abrir();
        ChromeDriver anonimo = Navegador.abrir();
        try {
            Espera espera = new Espera(navegador, Duration.ofSeconds(60));
            Navegador.ingresarConOtp(navegador, base + "app/indicadores/cortes.xhtml", "supervisora");
            navegador.get(base + "app/indicadores/cortes.xhtml");
            WebElement fila = filaDelCorte(navegador, espera, fecha);
            assertTrue(fila.getAttribute("textContent").contains("Retirado el"), "el paso anterior la retiró: "
                    + fila.getAttribute("outerHTML"));
            fila.findElement(By.cssSelector("button[id$=':publicar']")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nuevo:confirmar-si"))).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"),
                    "Corte al " + fecha + " publicado."));
            espera.until(ExpectedConditions.invisibilityOfElementLocated(By.id("nuevo:confirmacion_modal")));
            espera.until(d -> d.findElements(By.cssSelector("[id='lista:tabla-cortes'] tbody tr")).stream()
                    .anyMatch(tr -> tr.getText().startsWith(fecha)
                            && tr.getAttribute("textContent").contains("Publicado el")));

            // La página pública, sin sesión: las cifras de cada indicador son las del JSON.
            JsonObject doc = Demo.json(PublicacionIT.get(base + "datos-abiertos/cortes/" + fechaIso + ".json").body());
            Espera esperaPublica = new Espera(anonimo, Duration.ofSeconds(60));
            anonimo.get(base + "publico/avance.xhtml?corte=" + fechaIso);
            esperaPublica.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-publico")));
            assertEquals("es", anonimo.findElement(By.tagName("html")).getAttribute("lang"));
            assertTrue(anonimo.findElement(By.id("datos-corte")).getText().startsWith("Corte al " + fecha),
                    anonimo.findElement(By.id("datos-corte")).getText());
            List<JsonObject> indicadores = DocumentoPublico.indicadores(doc);
            List<WebElement> filas = anonimo.findElements(By.cssSelector("tr.pub-fila"));
            assertEquals(indicadores.size(), filas.size());
            for (JsonObject i : indicadores) {
                WebElement tr = anonimo.findElement(By.id("fila-" + i.getString("codigo")));
                String valor = tr.getAttribute("data-valor");
                assertEquals(DocumentoPublico.numeroTexto(i, "valor"), valor == null ? "" : valor);
                assertEquals(i.getString("semaforo"), tr.getAttribute("data-semaforo"));
                String celdaValor = tr.findElement(By.cssSelector("td.pub-valor")).getText();
                if (i.isNull("valor")) {
                    assertTrue(celdaValor.startsWith("—"), celdaValor);
                }
            }
            // Los gráficos se dibujan con la CSP de nonce (Chart.js del p:chart, como en la página del indicador).
            Long dibujados = esperaPublica.until(d -> {
                Object n = ((JavascriptExecutor) d).executeScript("return Object.values(PrimeFaces.widgets)"
                        + ".filter(function (w) { return w.chart && w.chart.width > 0; }).length;");
                return n instanceof Long l && l > 0 ? l : null;
            });
            assertTrue(dibujados >= 1, "gráficos dibujados: " + dibujados);
            // Ninguna celda de desagregación visible por debajo del umbral.
            for (WebElement celda : anonimo.findElements(By.cssSelector("td.pub-celda"))) {
                String t = celda.getText().replace(".", "");
                assertTrue(t.equals("menos de 5") || Long.parseLong(t) == 0 || Long.parseLong(t) >= Proteccion.UMBRAL, t);
            }
            // En inglés.
            anonimo.findElement(By.id("otro-idioma")).click();
            esperaPublica.until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            assertTrue(anonimo.findElement(By.id("titulo-publico")).getText().startsWith("Accountability"));
            assertTrue(anonimo.findElement(By.id("datos-corte")).getText().startsWith("Cut-off at " + fecha));

            // Retirar desde la página de cortes: la página pública de ese corte da 404.
            espera.until(ExpectedConditions.invisibilityOfElementLocated(By.id("nuevo:confirmacion_modal")));
            filaDelCorte(navegador, espera, fecha).findElement(By.cssSelector("button[id$=':retirar']")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nuevo:confirmar-si"))).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"),
                    "Corte al " + fecha + " retirado de la publicación."));
            assertEquals(404, PublicacionIT.get(base + "publico/avance.xhtml?corte=" + fechaIso).statusCode());
            anonimo.get(base + "publico/avance.xhtml");
            esperaPublica.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-publico")));
            assertFalse(anonimo.getPageSource().contains("value=\"" + fechaIso + "\""));
        } finally {
            navegador.quit();
            anonimo.quit();
        }
    }

    private static WebElement filaDelCorte(WebDriver navegador, Espera espera, String fecha) {
        return espera.until(d -> d.findElements(By.cssSelector("[id='lista:tabla-cortes'] tbody tr")).stream()
                .filter(tr -> tr.getText().startsWith(fecha)).findFirst().orElse(null));
    }
}
