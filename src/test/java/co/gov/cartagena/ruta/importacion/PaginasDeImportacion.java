package co.gov.cartagena.ruta.importacion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Espera;
import co.gov.cartagena.ruta.soporte.Navegador;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Las páginas de importación en Chromium sin cabeza, con el Keycloak real (la usa {@link ImportacionIT} desde fuera
 * del servidor; esta clase no va en el despliegue porque usa Selenium).
 */
final class PaginasDeImportacion {

    private PaginasDeImportacion() {
    }

    /**
     * La coordinadora de Canapote descarga la plantilla de Ayuda Humanitaria Inmediata, sube un archivo con una
     * persona nueva y otra que se parece a una ya registrada, ve la revisión, decide que la parecida es una persona
     * nueva e importa: el resultado dice dos filas importadas y dos personas nuevas.
     */
    static void coordinadoraDescargaRevisaDecideEImporta(String base) throws Exception {
        Random azar = new Random();
        StringBuilder u = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            u.append((char) ('a' + azar.nextInt(26)));
        }
        String docRegistrada = String.valueOf(3_000_000_000L + azar.nextInt(900_000_000));
        String docNueva = String.valueOf(3_900_000_000L + azar.nextInt(90_000_000));
        String docParecida = String.valueOf(3_990_000_000L + azar.nextInt(9_000_000));
        String token = Demo.token("coordinadora.canapote");
        HttpResponse<String> registrada = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "api/v1/personas")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\""
                        + docRegistrada + "\",\"nombres\":\"Nora " + u + "\",\"apellidos\":\"Cassiani " + u
                        + "\",\"fechaNacimiento\":\"1988-04-04\",\"sexo\":\"MUJER\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, registrada.statusCode(), registrada.body());

        Path descargas = Files.createTempDirectory("descargas-importacion");
        Path archivo = Files.createTempFile("ahi-canapote", ".csv");
        Files.writeString(archivo, "Tipo de documento;Número de documento;Nombres;Apellidos;Fecha de nacimiento;"
                + "Sexo;Fecha de apertura;Fecha de la declaración;Entidad del Ministerio Público;Hecho victimizante;"
                + "Fecha del hecho victimizante\r\n"
                + "CC;" + docNueva + ";Dora " + u + ";Barrios " + u + ";1975-01-01;MUJER;2025-07-01;2025-06-30;"
                + "PERSONERIA;AMENAZA;2025-06-29\r\n"
                + "CC;" + docParecida + ";Nora " + u + ";Cassiani " + u + ";1988-04-04;MUJER;2025-07-02;2025-07-01;"
                + "DEFENSORIA;DESPLAZAMIENTO_FORZADO;2025-06-20\r\n", StandardCharsets.UTF_8);
        ChromeDriver navegador = Navegador.abrir(descargas);
        try {
            WebDriverWait espera = new Espera(navegador, Duration.ofSeconds(60));
            Navegador.ingresar(navegador, base + "app/inicio.xhtml", "coordinadora.canapote");
            navegador.findElement(By.id("menu:m-importacion")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("subir:ruta")));
            new Select(navegador.findElement(By.id("subir:ruta"))).selectByValue("AYUDA_HUMANITARIA_INMEDIATA");
            new Select(navegador.findElement(By.id("subir:sede"))).selectByValue("CJ-CANAPOTE");

            // La plantilla de Excel llega con su hoja de registros y sus instrucciones.
            navegador.findElement(By.id("subir:plantilla-xlsx")).click();
            Path plantilla = espera.until(d -> descargada(descargas));
            try (InputStream entrada = Files.newInputStream(plantilla); XSSFWorkbook libro = new XSSFWorkbook(entrada)) {
                assertEquals("Tipo de documento *", libro.getSheet("Registros").getRow(0).getCell(0)
                        .getStringCellValue());
                assertTrue(libro.getSheet("Instrucciones").getRow(0).getCell(0).getStringCellValue()
                        .contains("Ayuda Humanitaria Inmediata"));
            }

            // La revisión: una fila válida y otra que pide decidir, sin nada escrito.
            new Select(navegador.findElement(By.id("subir:ruta"))).selectByValue("AYUDA_HUMANITARIA_INMEDIATA");
            new Select(navegador.findElement(By.id("subir:sede"))).selectByValue("CJ-CANAPOTE");
            navegador.findElement(By.id("subir:archivo")).sendKeys(archivo.toString());
            navegador.findElement(By.id("subir:revisar")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("resumen")));
            assertEquals("2", navegador.findElement(By.id("r-filas")).getText());
            assertEquals("1", navegador.findElement(By.id("r-validas")).getText());
            assertEquals("1", navegador.findElement(By.id("r-decidir")).getText());
            assertEquals("0", navegador.findElement(By.id("r-errores")).getText());
            String tabla = navegador.findElement(By.id("revision:filas")).getText();
            // Lo que se creará se lee sin códigos: el tipo de documento y el estado por su nombre.
            assertTrue(tabla.contains("Persona nueva: Cédula de ciudadanía " + docNueva), tabla);
            assertTrue(tabla.contains("en estado Registrado") && !tabla.contains("REGISTRADO"), tabla);
            assertTrue(tabla.contains("Por decidir"), tabla);

            // La decisión: la parecida es otra persona.
            var decision = new Select(navegador.findElement(By.cssSelector("select[id$=':decision']")));
            assertTrue(decision.getOptions().stream().anyMatch(o -> o.getText().contains("Nora " + u + " Cassiani "
                    + u)), "la persona registrada se ofrece como la misma");
            decision.selectByValue("nueva");
            navegador.findElement(By.id("revision:importar")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("res-creadas")));
            assertEquals("2", navegador.findElement(By.id("res-creadas")).getText());
            assertEquals("2", navegador.findElement(By.id("res-nuevas")).getText());
            assertEquals("0", navegador.findElement(By.id("res-errores")).getText());
            String lote = navegador.findElement(By.id("res-lote")).getText();

            // El lote en el historial.
            navegador.get(base + "app/importacion/lotes.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("lotes:tabla")));
            String historial = navegador.findElement(By.id("lotes:tabla")).getText();
            assertTrue(historial.contains(lote) && historial.contains("Importado"), historial);
            // La sede por su nombre y el momento en hora de Colombia, dd/mm/aaaa hh:mm; ningún código.
            assertTrue(historial.contains("Casa de Justicia de Canapote") && !historial.contains("CJ-CANAPOTE"), historial);
            assertTrue(historial.matches("(?s).*\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}.*"), historial);
        } catch (RuntimeException | AssertionError e) {
            Navegador.capturar(navegador, "importacion");
            System.out.println("Página al fallar (" + navegador.getCurrentUrl() + "):\n"
                    + navegador.findElement(By.tagName("body")).getText());
            throw e;
        } finally {
            navegador.quit();
            borrar(archivo, descargas);
        }
    }

    /**
     * La coordinadora de Canapote elige «Actividades colectivas», descarga su plantilla de Excel y revisa un archivo
     * con una jornada de dos asistentes nuevas y una fila con fecha futura: la revisión dice, sin escribir nada, la
     * actividad nueva, sus asistentes y el error con su columna; después importa las dos filas válidas.
     */
    static void coordinadoraRevisaEImportaActividades(String base) throws Exception {
        Random azar = new Random();
        StringBuilder u = new StringBuilder("Q");
        for (int i = 0; i < 7; i++) {
            u.append((char) ('a' + azar.nextInt(26)));
        }
        String doc1 = String.valueOf(4_000_000_000L + azar.nextInt(900_000_000));
        String doc2 = String.valueOf(4_900_000_000L + azar.nextInt(90_000_000));
        String actividad = "J-" + u + ";Jornada de mediación y desarme;2025-09-10;Cancha de Canapote;30;;";
        Path descargas = Files.createTempDirectory("descargas-actividades");
        Path archivo = Files.createTempFile("actividades-canapote", ".csv");
        Files.writeString(archivo, "Clave de la actividad;Tipo de actividad;Fecha de la actividad;Lugar;"
                + "Número de participantes;Objeto de la actividad;Tipo de documento;Número de documento;Nombres;"
                + "Apellidos;Fecha de nacimiento;Sexo\r\n"
                + actividad + "CC;" + doc1 + ";Irma " + u + ";Castro " + u + ";2001-01-01;MUJER\r\n"
                + actividad + "CC;" + doc2 + ";Olga " + u + ";Vélez " + u + ";2002-02-02;MUJER\r\n"
                + "K-" + u + ";Jornada de mediación y desarme;2099-01-01;Cancha;5;;;;;;;\r\n",
                StandardCharsets.UTF_8);
        ChromeDriver navegador = Navegador.abrir(descargas);
        try {
            WebDriverWait espera = new Espera(navegador, Duration.ofSeconds(60));
            Navegador.ingresar(navegador, base + "app/inicio.xhtml", "coordinadora.canapote");
            navegador.findElement(By.id("menu:m-importacion")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("subir:ruta")));
            Select que = new Select(navegador.findElement(By.id("subir:ruta")));
            assertTrue(que.getOptions().stream().anyMatch(o -> o.getText().equals("Actividades colectivas")));
            que.selectByValue("ACTIVIDADES");
            new Select(navegador.findElement(By.id("subir:sede"))).selectByValue("CJ-CANAPOTE");
            navegador.findElement(By.id("subir:plantilla-xlsx")).click();
            Path plantilla = espera.until(d -> descargada(descargas));
            try (InputStream entrada = Files.newInputStream(plantilla); XSSFWorkbook libro = new XSSFWorkbook(entrada)) {
                assertEquals("Clave de la actividad *", libro.getSheet("Registros").getRow(0).getCell(0)
                        .getStringCellValue());
                assertTrue(libro.getSheet("Instrucciones").getRow(0).getCell(0).getStringCellValue()
                        .contains("actividades colectivas"));
            }

            new Select(navegador.findElement(By.id("subir:ruta"))).selectByValue("ACTIVIDADES");
            new Select(navegador.findElement(By.id("subir:sede"))).selectByValue("CJ-CANAPOTE");
            navegador.findElement(By.id("subir:archivo")).sendKeys(archivo.toString());
            navegador.findElement(By.id("subir:revisar")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("resumen")));
            assertEquals("3", navegador.findElement(By.id("r-filas")).getText());
            assertEquals("2", navegador.findElement(By.id("r-validas")).getText());
            assertEquals("1", navegador.findElement(By.id("r-errores")).getText());
            assertEquals("2", navegador.findElement(By.id("r-nuevas")).getText());
            String tabla = navegador.findElement(By.id("revision:filas")).getText();
            assertTrue(tabla.contains("Actividad nueva: Jornada de mediación y desarme del 10/09/2025"), tabla);
            assertTrue(tabla.contains("La actividad que crea la fila 2"), tabla);
            assertTrue(tabla.contains("Persona nueva: Cédula de ciudadanía " + doc1), tabla);
            assertTrue(tabla.contains("Fecha de la actividad no puede ser posterior a hoy."), tabla);

            navegador.findElement(By.id("revision:importar")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("res-creadas")));
            assertEquals("2", navegador.findElement(By.id("res-creadas")).getText());
            assertEquals("2", navegador.findElement(By.id("res-nuevas")).getText());
            assertEquals("1", navegador.findElement(By.id("res-errores")).getText());
            String lote = navegador.findElement(By.id("res-lote")).getText();

            navegador.get(base + "app/importacion/lotes.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("lotes:tabla")));
            String historial = navegador.findElement(By.id("lotes:tabla")).getText();
            assertTrue(historial.contains(lote) && historial.contains("Actividades colectivas"), historial);
        } catch (RuntimeException | AssertionError e) {
            Navegador.capturar(navegador, "importacion-actividades");
            System.out.println("Página al fallar (" + navegador.getCurrentUrl() + "):\n"
                    + navegador.findElement(By.tagName("body")).getText());
            throw e;
        } finally {
            navegador.quit();
            borrar(archivo, descargas);
        }
    }

    /** La plantilla de Excel descargada, o null si aún no llega. */
    private static Path descargada(Path descargas) {
        try (Stream<Path> s = Files.list(descargas)) {
            return s.filter(p -> p.toString().endsWith(".xlsx")).findFirst().orElse(null);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static void borrar(Path archivo, Path descargas) throws java.io.IOException {
        Files.deleteIfExists(archivo);
        try (Stream<Path> s = Files.walk(descargas)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
