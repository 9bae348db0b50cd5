package co.gov.cartagena.ruta.actividades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Navegador;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Las páginas de actividades en Chromium sin cabeza, con el Keycloak real (la usa {@link ActividadesIT} desde fuera
 * del servidor; esta clase no va en el despliegue porque usa Selenium).
 */
final class PaginasDeActividades {

    private PaginasDeActividades() {
    }

    /**
     * Una gestora registra una jornada extramural para migrantes, le adjunta el listado de asistencia (PDF) y la ve en
     * la lista de actividades con su soporte, sin la marca «sin soporte».
     */
    static void gestoraRegistraJornadaExtramuralConSuListado(String base, byte[] pdf) throws Exception {
        Path listado = Files.createTempFile("listado-asistencia", ".pdf");
        Files.write(listado, pdf);
        String lugar = "Barrio Nelson Mandela " + UUID.randomUUID().toString().substring(0, 6);
        // Ayer en Colombia: la más reciente de la sede, primera en la lista (las demás pruebas usan 2025).
        String ayer = LocalDate.now(ZoneId.of("America/Bogota")).minusDays(1)
                .format(DateTimeFormatter.ofPattern("dd/MM/uuuu"));
        ChromeDriver navegador = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(60));
            Navegador.ingresar(navegador, base + "app/inicio.xhtml", "gestora.canapote");
            navegador.findElement(By.id("menu:m-actividades")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nueva"))).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("datos:tipo")));
            new Select(navegador.findElement(By.id("datos:tipo"))).selectByVisibleText("Jornada extramural para migrantes");
            WebElement fecha = navegador.findElement(By.id("datos:fecha"));
            fecha.clear();
            fecha.sendKeys(ayer);
            navegador.findElement(By.id("datos:lugar")).sendKeys(lugar);
            new Select(navegador.findElement(By.id("datos:localidad"))).selectByVisibleText("De la Virgen y Turística");
            new Select(navegador.findElement(By.id("datos:sede"))).selectByVisibleText("Casa de Justicia de Canapote");
            navegador.findElement(By.id("datos:participantes")).sendKeys("37");
            navegador.findElement(By.id("datos:guardar")).click();

            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("numero-evidencias")));
            assertTrue(navegador.getCurrentUrl().contains("id="), navegador.getCurrentUrl());
            assertTrue(navegador.findElement(By.id("soporte")).getText().startsWith("Sin soporte"),
                    navegador.findElement(By.id("soporte")).getText());
            navegador.findElement(By.cssSelector("#adjuntar input[type=file]")).sendKeys(listado.toString());
            navegador.findElement(By.id("adjuntar:descripcion-archivo")).sendKeys("Listado de asistencia firmado");
            navegador.findElement(By.id("adjuntar:subir")).click();
            espera.until(ExpectedConditions.textToBe(By.id("numero-evidencias"), "1"));
            assertEquals("Con soporte", navegador.findElement(By.id("soporte")).getText());

            navegador.findElement(By.id("volver")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("lista:tabla")));
            WebElement fila = null;
            for (WebElement tr : navegador.findElements(By.cssSelector("#lista\\:tabla tbody tr"))) {
                if (tr.getText().contains(lugar)) {
                    fila = tr;
                }
            }
            assertTrue(fila != null, "La jornada no aparece en la lista: " + navegador.findElement(By.id("lista:tabla"))
                    .getText());
            String texto = fila.getText();
            assertTrue(texto.contains("Jornada extramural para migrantes"), texto);
            assertTrue(texto.contains(ayer), texto);
            assertTrue(texto.contains("37"), texto);
            assertTrue(texto.contains("Con soporte (1)"), texto);
            assertFalse(texto.contains("Sin soporte"), texto);
        } finally {
            navegador.quit();
            Files.deleteIfExists(listado);
        }
    }
}
