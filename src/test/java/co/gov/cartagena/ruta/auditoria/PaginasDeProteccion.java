package co.gov.cartagena.ruta.auditoria;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.KeycloakAdmin;
import co.gov.cartagena.ruta.soporte.Navegador;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Las pruebas de navegador de {@link ProteccionIT}, aparte para que la clase desplegada en Payara no dependa de
 * Selenium. Usuarios desechables creados por la API de administración de Keycloak: los de demostración no se tocan.
 */
final class PaginasDeProteccion {

    private PaginasDeProteccion() {
    }


    private static void escribirClave(WebDriver n, WebDriverWait espera, String usuario, String clave) {
        WebElement campo = espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        campo.clear();
        campo.sendKeys(usuario);
        n.findElement(By.id("password")).clear();
        n.findElement(By.id("password")).sendKeys(clave);
        n.findElement(By.id("kc-login")).click();
        espera.until(ExpectedConditions.stalenessOf(campo));
    }

    /** Claves erradas hasta el bloqueo; bloqueada, ni la correcta entra; desbloqueada, la misma clave entra. */
    static void bloqueoPorClavesErradas(String base) throws Exception {
        String usuario = KeycloakAdmin.crear("bloqueo", "gestor", "CJ-CANAPOTE", false);
        ChromeDriver n = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
            assertFalse(KeycloakAdmin.fuerzaBruta(usuario).getBoolean("disabled"));
            n.get(base + "app/inicio.xhtml");
            for (int intento = 1; intento <= 5; intento++) {
                escribirClave(n, espera, usuario, "Clave.Errada.2026-" + intento);
                espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
                assertTrue(n.findElements(By.id("nombre-usuario")).isEmpty(), "Con clave errada no se entra");
            }
            assertTrue(KeycloakAdmin.fuerzaBruta(usuario).getBoolean("disabled"),
                    "Keycloak bloqueó la cuenta: " + KeycloakAdmin.fuerzaBruta(usuario));

            escribirClave(n, espera, usuario, Demo.CLAVE);
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
            assertTrue(n.findElements(By.id("nombre-usuario")).isEmpty(), "Bloqueada, ni la clave correcta entra");

            KeycloakAdmin.desbloquear(usuario);
            escribirClave(n, espera, usuario, Demo.CLAVE);
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nombre-usuario")));
            assertEquals("Prueba bloqueo", n.findElement(By.id("nombre-usuario")).getText(),
                    "Desbloqueada, la misma clave sí entra: el rechazo anterior era el bloqueo");
        } finally {
            n.quit();
            KeycloakAdmin.borrar(usuario);
        }
    }

    /**
     * Un supervisor con clave correcta ve el formulario de OTP de Keycloak, no Ruta; con el código entra, no ve el
     * rastro (403), y un auditor encuentra ese intento en el visor filtrando por usuario y acción.
     */
    static void otpDelSupervisorYVisorDelAuditor(String base) throws Exception {
        String supervisor = KeycloakAdmin.crear("supervisor", "supervisor", "SICC", true);
        String auditor = KeycloakAdmin.crear("auditor", "auditor", "SICC", true);
        try {
            ChromeDriver n = Navegador.abrir();
            try {
                WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
                n.get(base + "app/inicio.xhtml");
                escribirClave(n, espera, supervisor, Demo.CLAVE);
                WebElement otp = espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
                assertTrue(n.findElements(By.id("nombre-usuario")).isEmpty(), "Con solo la clave no se entra");
                assertTrue(n.getCurrentUrl().startsWith(Demo.urlKeycloak()), n.getCurrentUrl());
                otp.sendKeys(Demo.totp());
                n.findElement(By.id("kc-login")).click();
                espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nombre-usuario")));
                assertTrue(n.findElement(By.id("rol-usuario")).getText().startsWith("Supervisor"),
                        n.findElement(By.id("rol-usuario")).getText());
                assertTrue(n.findElements(By.id("menu:m-auditoria")).isEmpty(), "El menú del rastro es del auditor");
                n.get(base + "app/auditoria/rastro.xhtml");
                espera.until(ExpectedConditions.presenceOfElementLocated(By.id("error-403")));
                assertTrue(n.findElements(By.id("resultados:rastro")).isEmpty(), "Un supervisor no ve el rastro");
            } finally {
                n.quit();
            }

            ChromeDriver a = Navegador.abrir();
            try {
                WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(a, Duration.ofSeconds(30));
                a.get(base + "app/inicio.xhtml");
                escribirClave(a, espera, auditor, Demo.CLAVE);
                espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp"))).sendKeys(Demo.totp());
                a.findElement(By.id("kc-login")).click();
                espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nombre-usuario")));
                a.findElement(By.id("menu:m-auditoria")).click();
                espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-rastro")));
                // El filtro de usuario ofrece a quienes aparecen en el rastro, por su nombre (issue 12, ítem 5).
                Select usuarios = new Select(a.findElement(By.id("filtros:usuario")));
                assertEquals("Prueba supervisor", usuarios.getOptions().stream()
                        .filter(o -> supervisor.equals(o.getAttribute("value"))).map(WebElement::getText).findFirst()
                        .orElseThrow(() -> new AssertionError("El supervisor no está entre los usuarios del filtro")));
                assertTrue(usuarios.getOptions().stream().noneMatch(o -> o.getText().equals(o.getAttribute("value"))
                        && o.getText().matches("[a-z]+\\.[a-z.]+")), "Nadie por su usuario de Keycloak");
                usuarios.selectByValue(supervisor);
                new Select(a.findElement(By.id("filtros:accion"))).selectByValue("ACCESO_DENEGADO");
                WebElement tabla = a.findElement(By.id("resultados:rastro"));
                a.findElement(By.id("filtros:filtrar")).click();
                espera.until(ExpectedConditions.stalenessOf(tabla));
                List<WebElement> acciones = espera.until(ExpectedConditions.presenceOfAllElementsLocatedBy(
                        By.cssSelector("#resultados\\:rastro .rastro-accion")));
                // El intento del supervisor deja dos filas: la del servicio del rastro, que le niega la consulta, y la
                // de la página, que respondió 403.
                assertEquals(2, acciones.size(), "Un intento denegado del supervisor: la página del rastro");
                // Acción, registro y usuario por su texto, no por su código (issue 12, ítem 5).
                assertTrue(acciones.stream().allMatch(x -> "Acceso denegado".equals(x.getText())));
                List<String> entidades = a.findElements(By.cssSelector("#resultados\\:rastro .rastro-entidad")).stream()
                        .map(x -> x.getText().trim()).toList();
                assertTrue(entidades.stream().anyMatch(x -> x.startsWith("Rastro de auditoría"))
                        && entidades.stream().anyMatch(x -> x.startsWith("Página")), entidades.toString());
                assertTrue(a.findElements(By.cssSelector("#resultados\\:rastro .rastro-entidad")).stream()
                        .anyMatch(x -> x.getText().contains("/app/auditoria/rastro.xhtml")), "la fila nombra la página");
                assertTrue(a.findElements(By.cssSelector("#resultados\\:rastro .rastro-usuario")).stream()
                        .allMatch(x -> "Prueba supervisor".equals(x.getText())), "el supervisor por su nombre completo");
            } finally {
                a.quit();
            }
        } finally {
            KeycloakAdmin.borrar(supervisor);
            KeycloakAdmin.borrar(auditor);
        }
    }
}
