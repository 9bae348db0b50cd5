package co.gov.cartagena.ruta.sedes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Navegador;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Las páginas de sedes en Chromium sin cabeza, con el Keycloak real (lo usa {@link SedesIT} desde fuera del
 * servidor; esta clase no va en el despliegue porque usa Selenium).
 */
final class PaginasDeSedes {

    private PaginasDeSedes() {
    }

    /** Una gestora ve la lista a una fecha de corte, sin acciones de edición, y la edición le responde 403. */
    static void gestoraConsultaPeroNoEdita(String base) throws Exception {
        ChromeDriver navegador = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(30));
            ingresar(navegador, espera, base, "gestora.canapote", false);
            navegador.findElement(By.id("menu:m-sedes")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-sedes")));
            assertEquals("Registro de sedes", navegador.findElement(By.id("titulo-sedes")).getText());
            assertTrue(navegador.findElements(By.id("nueva")).isEmpty(), "Sin botón de sede nueva");

            elegir(navegador, "filtros:tipo", "COMISARIA_DE_FAMILIA");
            escribir(navegador, "filtros:corte", "31/12/2023");
            navegador.findElement(By.id("filtros:filtrar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resumen"), "6 sedes al 31/12/2023"));
            assertTrue(texto(navegador).contains("Comisaría de Familia 6"), texto(navegador));
            assertTrue(navegador.findElements(By.cssSelector("[id$=':editar']")).isEmpty(), "Sin enlaces de edición");

            escribir(navegador, "filtros:corte", "31/02/2024");
            navegador.findElement(By.id("filtros:filtrar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("filtros:corte-mensaje"),
                    "no existe"));
            assertEquals("Fecha de corte: La fecha 31/02/2024 no existe.",
                    navegador.findElement(By.id("filtros:corte-mensaje")).getText(), "el mensaje va junto a la fecha");
            escribir(navegador, "filtros:corte", "2024-02-01");
            navegador.findElement(By.id("filtros:filtrar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Escriba la fecha como dd/mm/aaaa"));

            navegador.get(base + "app/sedes/editar.xhtml?codigo=CF-01");
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Acceso no permitido"));
        } finally {
            navegador.quit();
        }
    }

    /**
     * El administrador crea una sede (primero sin datos, para ver los mensajes de validación), la cierra, intenta
     * reabrirla sin marcar la reapertura (se rechaza con el mensaje del servicio junto al campo) y la reabre; la
     * lista a una fecha intermedia la muestra cerrada.
     */
    static void administradorCreaUnaSedeYRegistraSuHistoria(String base) throws Exception {
        ChromeDriver navegador = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(navegador, Duration.ofSeconds(30));
            ingresar(navegador, espera, base, "administrador", true);
            navegador.get(base + "app/sedes/lista.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nueva"))).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("datos:guardar"))).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "Código: este campo es obligatorio."));
            assertEquals("Tipo: este campo es obligatorio.", navegador.findElement(By.id("datos:tipo-mensaje")).getText());
            assertEquals("Motivo: este campo es obligatorio.",
                    navegador.findElement(By.id("datos:motivoInicial-mensaje")).getText());

            String codigo = "WEB-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            escribir(navegador, "datos:codigo", codigo);
            escribir(navegador, "datos:nombre", "Albergue de la página");
            elegir(navegador, "datos:tipo", "ALBERGUE");
            elegir(navegador, "datos:localidad", "Histórica y del Caribe Norte");
            escribir(navegador, "datos:desdeInicial", "01/02/2024");
            escribir(navegador, "datos:motivoInicial", "Abre el albergue");
            navegador.findElement(By.id("datos:guardar")).click();
            espera.until(ExpectedConditions.textToBe(By.id("datos:codigo-actual"), codigo));
            assertTrue(texto(navegador).contains("La sede quedó creada."), texto(navegador));

            registrarEstado(navegador, "CERRADA", "01/03/2024", "Cierre por obras");
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "El cambio de estado quedó registrado."));
            registrarEstado(navegador, "EN_OPERACION", "01/04/2024", "Vuelve a abrir");
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "La sede está cerrada desde el 01/03/2024; para volver a abrirla registre una reapertura"));
            assertEquals(2, navegador.findElements(By.cssSelector("#historial-estados_data tr")).size());

            navegador.findElement(By.id("cambio-estado:reapertura")).click();
            navegador.findElement(By.id("cambio-estado:registrar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                    "El cambio de estado quedó registrado."));
            assertEquals(3, navegador.findElements(By.cssSelector("#historial-estados_data tr")).size());

            navegador.findElement(By.id("volver")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("titulo-sedes")));
            elegir(navegador, "filtros:tipo", "ALBERGUE");
            escribir(navegador, "filtros:corte", "15/03/2024");
            navegador.findElement(By.id("filtros:filtrar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("resumen"), "al 15/03/2024"));
            WebElement fila = navegador.findElement(By.xpath("//tr[td//*[text()='" + codigo + "']]"));
            assertTrue(fila.getText().contains("Cerrada"), fila.getText());
        } finally {
            navegador.quit();
        }
    }

    private static void registrarEstado(WebDriver navegador, String estado, String desde, String motivo) {
        elegir(navegador, "cambio-estado:estado", estado);
        escribir(navegador, "cambio-estado:desde", desde);
        escribir(navegador, "cambio-estado:motivo", motivo);
        navegador.findElement(By.id("cambio-estado:registrar")).click();
    }

    private static void ingresar(WebDriver navegador, WebDriverWait espera, String base, String usuario,
            boolean conOtp) {
        navegador.get(base + "app/inicio.xhtml");
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(usuario);
        navegador.findElement(By.id("password")).sendKeys(Demo.CLAVE);
        navegador.findElement(By.id("kc-login")).click();
        if (conOtp) {
            // Keycloak no acepta dos veces el mismo código, y Demo.token usa el de la ventana en curso: aquí se usa el
            // de la ventana anterior (que Demo ya no puede usar) y, si ya estaba usado, se espera a la siguiente.
            long paso = -1;
            for (int intento = 0; intento < 3; intento++) {
                paso = esperarVentanaPosteriorA(paso);
                WebElement otp = espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("otp")));
                otp.clear();
                otp.sendKeys(totp(-1));
                navegador.findElement(By.id("kc-login")).click();
                espera.until(ExpectedConditions.stalenessOf(otp));
                espera.until(ExpectedConditions.or(
                        ExpectedConditions.visibilityOfElementLocated(By.id("nombre-usuario")),
                        ExpectedConditions.visibilityOfElementLocated(By.id("otp"))));
                if (!navegador.findElements(By.id("nombre-usuario")).isEmpty()) {
                    break;
                }
            }
        }
        espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nombre-usuario")));
    }

    /** La ventana OTP de 30 s en curso, si es posterior a {@code anterior}; si no, espera a la siguiente. */
    private static long esperarVentanaPosteriorA(long anterior) {
        long paso = Instant.now().getEpochSecond() / 30;
        while (paso <= anterior) {
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            paso = Instant.now().getEpochSecond() / 30;
        }
        return paso;
    }

    /** Elige un valor de una lista ({@code r:campo tipo="opcion"}, un {@code <select>}; el formulario se envía sin ajax). */
    private static void elegir(WebDriver navegador, String id, String valor) {
        ((JavascriptExecutor) navegador).executeScript(
                "var s = document.getElementById(arguments[0]); s.value = arguments[1];"
                        + " if (s.value !== arguments[1]) { throw new Error('Sin opción ' + arguments[1]); }",
                id, valor);
    }

    private static void escribir(WebDriver navegador, String id, String valor) {
        WebElement campo = navegador.findElement(By.id(id));
        campo.clear();
        campo.sendKeys(valor);
    }

    private static String texto(WebDriver navegador) {
        return navegador.findElement(By.tagName("body")).getText();
    }

    /** TOTP (RFC 6238) del secreto de demostración para la ventana actual más {@code desfase} ventanas de 30 s. */
    static String totp(int desfase) {
        try {
            long paso = Instant.now().getEpochSecond() / 30 + desfase;
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(Demo.SECRETO_OTP.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
            byte[] h = mac.doFinal(ByteBuffer.allocate(8).putLong(paso).array());
            int o = h[h.length - 1] & 0xf;
            int binario = ((h[o] & 0x7f) << 24) | ((h[o + 1] & 0xff) << 16) | ((h[o + 2] & 0xff) << 8)
                    | (h[o + 3] & 0xff);
            return String.format("%06d", binario % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
