package co.gov.cartagena.ruta.soporte;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Chromium de Debian sin cabeza, con su chromedriver; nada se descarga. Si no está instalado la prueba se salta
 * con la orden que lo instala, salvo en CI ({@code CI=true}), donde es un fallo.
 */
public final class Navegador {

    public static final String INSTALAR = "sudo apt-get install -y chromium chromium-driver";
    private static final String[] BINARIOS = {"/usr/lib/chromium/chromium", "/usr/bin/chromium"};
    private static final String DRIVER = "/usr/bin/chromedriver";

    private Navegador() {
    }

    /** Ingresa por el formulario de Keycloak como un usuario de demostración (sin OTP). */
    public static void ingresar(org.openqa.selenium.WebDriver navegador, String urlProtegida, String usuario) {
        navegador.get(urlProtegida);
        new Espera(navegador, Duration.ofSeconds(30)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        org.openqa.selenium.By.id("username")));
        navegador.findElement(org.openqa.selenium.By.id("username")).sendKeys(usuario);
        navegador.findElement(org.openqa.selenium.By.id("password")).sendKeys(Demo.CLAVE);
        navegador.findElement(org.openqa.selenium.By.id("kc-login")).click();
        // 60 s: la primera página tras un despliegue nuevo arranca Faces y la base en una máquina cargada.
        new Espera(navegador, Duration.ofSeconds(60)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        org.openqa.selenium.By.id("nombre-usuario")));
    }

    /** Ingresa por Keycloak con clave y OTP; si Keycloak ya vio el código de esta ventana, usa la siguiente. */
    public static void ingresarConOtp(org.openqa.selenium.WebDriver navegador, String urlProtegida, String usuario)
            throws InterruptedException {
        var espera = new Espera(navegador, Duration.ofSeconds(60));
        navegador.get(urlProtegida);
        espera.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                org.openqa.selenium.By.id("username"))).sendKeys(usuario);
        navegador.findElement(org.openqa.selenium.By.id("password")).sendKeys(Demo.CLAVE);
        navegador.findElement(org.openqa.selenium.By.id("kc-login")).click();
        for (int intento = 0; intento < 3; intento++) {
            var otp = espera.until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                    org.openqa.selenium.By.id("otp")));
            otp.clear();
            otp.sendKeys(Demo.totpNuevo(usuario));
            navegador.findElement(org.openqa.selenium.By.id("kc-login")).click();
            espera.until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(otp));
            espera.until(org.openqa.selenium.support.ui.ExpectedConditions.or(
                    org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            org.openqa.selenium.By.id("nombre-usuario")),
                    org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                            org.openqa.selenium.By.id("otp"))));
            if (!navegador.findElements(org.openqa.selenium.By.id("nombre-usuario")).isEmpty()) {
                return;
            }
        }
        throw new AssertionError("Keycloak no aceptó el código OTP de " + usuario);
    }

    /** Guarda una captura de toda la página en {@code target/capturas/<nombre>.png} (para mirarla, no se compara). */
    public static void capturar(ChromeDriver navegador, String nombre) {
        try {
            long alto = (Long) navegador.executeScript("return document.body.scrollHeight");
            navegador.manage().window().setSize(new org.openqa.selenium.Dimension(1280, (int) Math.min(alto + 80, 8000)));
            java.nio.file.Path carpeta = java.nio.file.Path.of(System.getProperty("ruta.raiz", "."), "target", "capturas");
            Files.createDirectories(carpeta);
            Files.write(carpeta.resolve(nombre + ".png"),
                    navegador.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
            navegador.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        } catch (IOException | RuntimeException e) {
            System.err.println("No se guardó la captura " + nombre + ": " + e.getMessage());
        }
    }

    public static ChromeDriver abrir() throws IOException {
        return abrir(null);
    }

    /**
     * Como {@link #abrir()}, y lo que el navegador descargue queda en {@code descargas} (una carpeta nueva de la
     * prueba), sin preguntar.
     */
    public static ChromeDriver abrir(java.nio.file.Path descargas) throws IOException {
        String binario = null;
        for (String b : BINARIOS) {
            if (new File(b).canExecute()) {
                binario = b;
                break;
            }
        }
        boolean hay = binario != null && new File(DRIVER).canExecute();
        if (!hay) {
            String mensaje = "Chromium no está instalado; instálelo con: " + INSTALAR;
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(mensaje);
            }
            Assumptions.abort(mensaje);
        }
        ChromeOptions opciones = new ChromeOptions();
        opciones.setBinary(binario);
        opciones.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--lang=es",
                "--user-data-dir=" + Files.createTempDirectory("ruta-chromium").toAbsolutePath());
        // El registro de la consola del navegador, para que las pruebas fallen con sus errores (issue 13).
        org.openqa.selenium.logging.LoggingPreferences registro = new org.openqa.selenium.logging.LoggingPreferences();
        registro.enable(org.openqa.selenium.logging.LogType.BROWSER, java.util.logging.Level.ALL);
        opciones.setCapability(ChromeOptions.LOGGING_PREFS, registro);
        if (descargas != null) {
            opciones.setExperimentalOption("prefs", java.util.Map.of(
                    "download.default_directory", descargas.toAbsolutePath().toString(),
                    "download.prompt_for_download", false,
                    "download.directory_upgrade", true));
        }
        ChromeDriverService servicio = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(servicio, opciones);
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(0));
        if (descargas != null) {
            driver.executeCdpCommand("Browser.setDownloadBehavior", java.util.Map.of("behavior", "allow",
                    "downloadPath", descargas.toAbsolutePath().toString()));
        }
        return driver;
    }
}
