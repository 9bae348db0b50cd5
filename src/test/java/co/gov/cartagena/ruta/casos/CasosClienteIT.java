package co.gov.cartagena.ruta.casos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import co.gov.cartagena.ruta.soporte.Demo;
import co.gov.cartagena.ruta.soporte.Despliegues;
import co.gov.cartagena.ruta.soporte.Navegador;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Casos y personas desde fuera: la API REST con tokens reales y el navegador con el ingreso por Keycloak. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CasosClienteIT {

    @Deployment(testable = false)
    static WebArchive despliegue() {
        return Despliegues.ruta();
    }

    @ArquillianResource
    URL desplegada;

    private String base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @BeforeEach
    void normalizarBase() {
        base = "http://localhost:" + desplegada.getPort() + desplegada.getPath();
    }

    private static String documento() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(1_000_000_000L, 9_999_999_999L));
    }

    private HttpResponse<String> enviar(String metodo, String ruta, String token, String cuerpo) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/" + ruta))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(metodo, cuerpo == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(cuerpo));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String sedeDemo(Ruta ruta) {
        return switch (ruta) {
            case VIOLENCIA_INTRAFAMILIAR -> "CF-01";
            case CASA_DE_JUSTICIA -> "CJ-CANAPOTE";
            case CENTRO_INTEGRATE -> "CI-INTEGRATE";
            default -> "SICC";
        };
    }

    private static String usuarioDemo(Ruta ruta) {
        return switch (ruta) {
            case VIOLENCIA_INTRAFAMILIAR -> "gestor.comisaria";
            case CASA_DE_JUSTICIA -> "gestora.canapote";
            default -> "gestora.trata";
        };
    }

    /**
     * Registra por la API una mujer nacida en 2005 y, si {@code victima}, su autorización de datos sensibles y su
     * condición de víctima del conflicto. Devuelve su id.
     */
    private long personaPorApi(String token, String apellidos, String sexo, boolean victima) throws Exception {
        String numero = documento();
        java.util.function.Supplier<JsonObjectBuilder> persona = () -> Json.createObjectBuilder()
                .add("tipoDocumento", "CC").add("numeroDocumento", numero).add("nombres", "Persona")
                .add("apellidos", apellidos).add("fechaNacimiento", "2005-06-01").add("sexo", sexo);
        HttpResponse<String> creada = enviar("POST", "personas", token, persona.get().build().toString());
        assertEquals(201, creada.statusCode(), creada.body());
        JsonObject p = Demo.json(creada.body());
        long id = p.getJsonNumber("id").longValue();
        if (victima) {
            HttpResponse<String> autorizada = enviar("POST", "personas/" + id + "/consentimientos", token,
                    "{\"fecha\":\"2025-01-02\",\"alcance\":\"DATOS_SENSIBLES\",\"soporte\":\"Formato firmado\"}");
            assertEquals(200, autorizada.statusCode(), autorizada.body());
            JsonObject conVictima = persona.get().add("victimaConflicto", true)
                    .add("version", Demo.json(autorizada.body()).getInt("version")).build();
            HttpResponse<String> actualizada = enviar("PUT", "personas/" + id, token, conVictima.toString());
            assertEquals(200, actualizada.statusCode(), actualizada.body());
        }
        return id;
    }

    @Test
    void laApiCreaUnaPersonaYUnCasoDeCadaRutaYLosDevuelve() throws Exception {
        for (Ruta ruta : Ruta.values()) {
            String token = Demo.token(usuarioDemo(ruta));
            // El nombre lleva la ruta en palabras, no su código: las páginas lo muestran (PaginasSinCodigosIT).
            String enPalabras = ruta.name().replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
            long personaId = personaPorApi(token, "De " + enPalabras, "MUJER",
                    ruta.definicion().exigeTitularVictima());

            JsonObjectBuilder datos = Json.createObjectBuilder();
            Ejemplos.apertura(ruta).forEach(datos::add);
            JsonObject caso = Json.createObjectBuilder().add("ruta", ruta.name()).add("sede", sedeDemo(ruta))
                    .add("personaId", personaId).add("fechaApertura", "2025-03-03").add("narrativa", "Relato")
                    .add("datos", datos).build();
            HttpResponse<String> abierto = enviar("POST", "casos", token, caso.toString());
            assertEquals(201, abierto.statusCode(), ruta + ": " + abierto.body());
            JsonObject leido = Demo.json(enviar("GET", "casos/" + Demo.json(abierto.body()).getJsonNumber("id"), token,
                    null).body());
            assertEquals(ruta.name(), leido.getString("ruta"));
            assertEquals(ruta.definicion().estadoInicial(), leido.getString("estado"));
            assertEquals(personaId, leido.getJsonArray("personas").getJsonObject(0).getJsonNumber("personaId").longValue());
            Ejemplos.apertura(ruta).forEach((k, v) -> assertEquals(v, leido.getJsonObject("datos").getString(k)));
            JsonObject personaLeida = Demo.json(enviar("GET", "personas/" + personaId, token, null).body());
            assertEquals(leido.getString("radicado"),
                    personaLeida.getJsonArray("casos").getJsonObject(0).getString("radicado"));
        }
    }

    @Test
    void cadaRutaNuevaRechazaUnCasoInvalidoCon400NombrandoElCampoYNoCreaNada() throws Exception {
        String token = Demo.token("gestora.trata");
        long victima = personaPorApi(token, "Victima Rest", "MUJER", true);
        long noVictima = personaPorApi(token, "No Victima Rest", "MUJER", false);
        long hombre = personaPorApi(token, "Hombre Rest", "HOMBRE", false);
        record Invalido(Ruta ruta, long persona, Map<String, String> datos, String campo) {
        }
        Map<String, String> mesaAlReves = new java.util.LinkedHashMap<>(Ejemplos.apertura(Ruta.MESA_DE_VICTIMAS));
        mesaAlReves.put("finPeriodo", "2024-12-31");
        java.util.List<Invalido> invalidos = java.util.List.of(
                new Invalido(Ruta.ATENCION_PSICOSOCIAL_VICTIMAS, noVictima, Map.of(), "victimaConflicto"),
                new Invalido(Ruta.UNIDADES_PRODUCTIVAS, victima, Map.of("valorUnidad", "dos millones"), "valorUnidad"),
                new Invalido(Ruta.MESA_DE_VICTIMAS, victima, mesaAlReves, "finPeriodo"),
                new Invalido(Ruta.TRASMALLO_MUJERES_VIOLETAS, hombre, Map.of(), "sexo"),
                new Invalido(Ruta.REINTEGRACION, noVictima, Map.of("proceso", "DESMOVILIZACION"), "proceso"),
                new Invalido(Ruta.PPL_PSICOSOCIAL, noVictima, Map.of(), "establecimiento"),
                new Invalido(Ruta.CENTRO_INTEGRATE, noVictima, Map.of("poblacion", "TURISTA"), "poblacion"));
        for (Invalido i : invalidos) {
            JsonObjectBuilder datos = Json.createObjectBuilder();
            i.datos().forEach(datos::add);
            JsonObject caso = Json.createObjectBuilder().add("ruta", i.ruta().name()).add("sede", sedeDemo(i.ruta()))
                    .add("personaId", i.persona()).add("fechaApertura", "2025-03-03").add("datos", datos).build();
            HttpResponse<String> r = enviar("POST", "casos", token, caso.toString());
            assertEquals(400, r.statusCode(), i.ruta() + ": " + r.body());
            assertEquals(i.campo(), Demo.json(r.body()).getString("campo"), i.ruta() + ": " + r.body());
            assertTrue(Demo.json(r.body()).getString("mensaje").length() > 10, r.body());
        }
        for (long persona : new long[] {victima, noVictima, hombre}) {
            JsonObject leida = Demo.json(enviar("GET", "personas/" + persona, token, null).body());
            assertTrue(leida.getJsonArray("casos").isEmpty(), "Ningún caso inválido quedó guardado: " + leida);
        }
    }

    @Test
    void losDatosInvalidosResponden400NombrandoElCampoYNunca500() throws Exception {
        String token = Demo.token("gestora.canapote");
        Map<String, String[]> casos = Map.of(
                "{\"tipoDocumento\":\"XX\",\"nombres\":\"A\",\"apellidos\":\"B\"}", new String[] {"personas", "tipoDocumento"},
                "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"12a\",\"nombres\":\"A\",\"apellidos\":\"B\"}",
                new String[] {"personas", "numeroDocumento"},
                "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"123456\",\"apellidos\":\"B\"}", new String[] {"personas", "nombres"},
                "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"123456\",\"nombres\":\"A\",\"apellidos\":\"B\",\"fechaNacimiento\":\"31/02/2000\"}",
                new String[] {"personas", "fechaNacimiento"},
                "{\"ruta\":\"INVENTADA\",\"sede\":\"CJ-CANAPOTE\",\"personaId\":1}", new String[] {"casos", "ruta"},
                "{\"ruta\":\"CASA_DE_JUSTICIA\",\"sede\":\"CJ-CANAPOTE\",\"personaId\":\"uno\"}", new String[] {"casos", "personaId"},
                "{\"ruta\":\"CASA_DE_JUSTICIA\",\"personaId\":1}", new String[] {"casos", "sede"});
        for (Map.Entry<String, String[]> c : casos.entrySet()) {
            HttpResponse<String> r = enviar("POST", c.getValue()[0], token, c.getKey());
            assertEquals(400, r.statusCode(), c.getKey() + " → " + r.body());
            assertEquals(c.getValue()[1], Demo.json(r.body()).getString("campo"), r.body());
            assertTrue(Demo.json(r.body()).getString("mensaje").length() > 5);
        }
        HttpResponse<String> roto = enviar("POST", "personas", token, "{no es json");
        assertEquals(400, roto.statusCode(), roto.body());
        HttpResponse<String> faltaCampoRuta = enviar("POST", "personas", token,
                "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"" + documento() + "\",\"nombres\":\"A\",\"apellidos\":\"B\"}");
        long id = Demo.json(faltaCampoRuta.body()).getJsonNumber("id").longValue();
        HttpResponse<String> sinDeclaracion = enviar("POST", "casos", token, "{\"ruta\":\"AYUDA_HUMANITARIA_INMEDIATA\","
                + "\"sede\":\"CJ-CANAPOTE\",\"personaId\":" + id + ",\"datos\":{\"entidadDeclaracion\":\"PERSONERIA\"}}");
        assertEquals(400, sinDeclaracion.statusCode(), sinDeclaracion.body());
        assertEquals("fechaDeclaracion", Demo.json(sinDeclaracion.body()).getString("campo"));
    }

    @Test
    void laApiNoMuestraCasosDeOtraSedeNiAlSupervisor() throws Exception {
        String gestora = Demo.token("gestora.canapote");
        JsonObject caso = casoEnCanapote(gestora, "Reservada", "Canapote");
        String id = caso.getJsonNumber("id").toString();
        HttpResponse<String> otraSede = enviar("GET", "casos/" + id, Demo.token("gestor.comisaria"), null);
        HttpResponse<String> inexistente = enviar("GET", "casos/999999999", Demo.token("gestor.comisaria"), null);
        assertEquals(404, otraSede.statusCode());
        assertEquals(404, inexistente.statusCode());
        assertEquals(Demo.json(otraSede.body()).getString("error"), Demo.json(inexistente.body()).getString("error"));
        assertEquals(404, enviar("GET", "casos/radicado/" + caso.getString("radicado"), Demo.token("gestor.comisaria"), null)
                .statusCode());
        assertEquals(403, enviar("GET", "casos/" + id, Demo.token("supervisora", true), null).statusCode());
        assertEquals(200, enviar("GET", "casos/" + id, Demo.token("coordinadora.canapote"), null).statusCode());
    }

    @Test
    void unaGestoraRegistraUnaPersonaYLlevaUnCasoDeAyudaHumanitariaHastaCerrarlo() throws Exception {
        ChromeDriver n = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
            Navegador.ingresar(n, base + "app/personas/buscar.xhtml", "gestora.canapote");
            n.get(base + "app/personas/buscar.xhtml");
            String doc = documento();
            new Select(n.findElement(By.id("persona:tipoDocumento"))).selectByValue("CC");
            n.findElement(By.id("persona:numeroDocumento")).sendKeys(doc);
            n.findElement(By.id("persona:nombres")).sendKeys("Marleny");
            n.findElement(By.id("persona:apellidos")).sendKeys("Cassiani Prueba" + doc.substring(0, 4));
            n.findElement(By.id("persona:fechaNacimiento")).sendKeys("15/04/1987");
            n.findElement(By.id("persona:buscar")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("persona:registrar")));
            assertTrue(n.findElement(By.id("persona:exactas")).getText().contains("Ninguna persona tiene ese documento"));
            n.findElement(By.id("persona:registrar")).click();

            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nombre-persona")));
            assertTrue(n.findElement(By.id("nombre-persona")).getText().startsWith("Marleny Cassiani"));
            n.findElement(By.id("abrir-caso")).click();

            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("abrir:ruta")));
            String hoy = co.gov.cartagena.ruta.web.Fechas.formatear(LocalDate.now(co.gov.cartagena.ruta.web.Fechas.ZONA));
            // Issue 16: la fecha de apertura es un r:campo con el convertidor único (el mensaje de cualquier otra
            // fecha) y la ruta es obligatoria para Faces: los dos errores salen a la vez, cada uno junto a su campo.
            n.findElement(By.id("abrir:apertura")).clear();
            n.findElement(By.id("abrir:apertura")).sendKeys("31/02/2025");
            n.findElement(By.id("abrir:guardar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("abrir:apertura-mensaje"), "no existe"));
            assertEquals("Apertura: La fecha 31/02/2025 no existe.", n.findElement(By.id("abrir:apertura-mensaje")).getText());
            assertEquals("true", n.findElement(By.id("abrir:apertura")).getAttribute("aria-invalid"));
            assertEquals("Ruta: este campo es obligatorio.", n.findElement(By.id("abrir:ruta-mensaje")).getText());
            assertEquals("true", n.findElement(By.id("abrir:ruta")).getAttribute("aria-invalid"));
            assertEquals("31/02/2025", n.findElement(By.id("abrir:apertura")).getAttribute("value"));

            new Select(n.findElement(By.id("abrir:ruta"))).selectByValue("AYUDA_HUMANITARIA_INMEDIATA");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-campo='fechaDeclaracion']")));
            n.findElement(By.cssSelector("[data-campo='fechaDeclaracion']")).sendKeys(hoy);
            new Select(n.findElement(By.cssSelector("[data-campo='entidadDeclaracion']"))).selectByValue("PERSONERIA");
            new Select(n.findElement(By.cssSelector("[data-campo='hechoVictimizante']"))).selectByValue("DESPLAZAMIENTO_FORZADO");
            // Una fecha de la ruta mal escrita: su error (el del convertidor único) sale a la vez que el de la apertura.
            n.findElement(By.cssSelector("[data-campo='fechaHecho']")).sendKeys("2025-02-20");
            n.findElement(By.id("abrir:guardar")).click();
            By fechaHecho = By.cssSelector("[data-campo='fechaHecho']");
            espera.until(d -> "true".equals(d.findElement(fechaHecho).getAttribute("aria-invalid")));
            String mensajeHecho = n.findElement(By.id(n.findElement(fechaHecho).getAttribute("id") + "-mensaje")).getText();
            assertEquals("Fecha del hecho victimizante: Escriba la fecha como dd/mm/aaaa, por ejemplo 24/11/2026.",
                    mensajeHecho);
            assertTrue(n.findElement(By.id("abrir:apertura-mensaje")).getText().contains("no existe"));
            assertTrue(n.findElement(By.id("abrir:ruta-mensaje")).getText().isEmpty(), "la ruta ya está elegida");
            Navegador.capturar(n, "abrir-caso-errores");

            n.findElement(By.id("abrir:apertura")).clear();
            n.findElement(By.id("abrir:apertura")).sendKeys(hoy);
            n.findElement(fechaHecho).clear();
            n.findElement(fechaHecho).sendKeys("20/02/2025");
            n.findElement(By.id("abrir:narrativa")).sendKeys("Llegó desplazada desde el sur de Bolívar con dos hijos.");
            n.findElement(By.id("abrir:guardar")).click();

            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("radicado")));
            assertTrue(n.findElement(By.id("radicado")).getText().matches("RUTA-\\d{4}-\\d{6}"));
            assertEquals("Registrado", n.findElement(By.id("estado-caso")).getText());
            Navegador.capturar(n, "caso-abierto-datos");

            new Select(n.findElement(By.id("cambio-estado:nuevo"))).selectByValue("CUMPLE_REQUISITOS");
            By verificacion = By.cssSelector("[id='cambio-estado'] [data-campo='fechaVerificacion']");
            espera.until(ExpectedConditions.visibilityOfElementLocated(verificacion));
            // Sin el requisito del estado: el error sale junto a su campo y el estado no cambia.
            n.findElement(By.id("cambio-estado:cambiar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("[id='cambio-estado'] [id$=':fecha-mensaje']"), "obligatorio"));
            assertEquals("true", n.findElement(verificacion).getAttribute("aria-invalid"));
            assertEquals("Registrado", n.findElement(By.id("estado-caso")).getText());
            n.findElement(verificacion).sendKeys(hoy);
            n.findElement(By.id("cambio-estado:motivo")).sendKeys("Declaró dentro del término");
            n.findElement(By.id("cambio-estado:cambiar")).click();
            espera.until(ExpectedConditions.textToBe(By.id("estado-caso"), "Cumple requisitos"));

            entregar(n, espera, "ALIMENTACION", "Mercado para 15 días");
            entregar(n, espera, "KIT_ASEO", "Kit familiar");
            String atenciones = n.findElement(By.id("lista-atenciones")).getText();
            assertTrue(atenciones.contains("Alimentación") && atenciones.contains("Kit de aseo"), atenciones);

            pestana(n, "coordinacion");
            n.findElement(By.id("cerrar:motivo")).sendKeys("Componentes entregados");
            // Una fecha anterior a la apertura: el error del dominio sale junto al campo, que conserva lo escrito.
            n.findElement(By.id("cerrar:fechaCierre")).clear();
            n.findElement(By.id("cerrar:fechaCierre")).sendKeys("02/01/2024");
            n.findElement(By.id("cerrar:cerrar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("cerrar:fechaCierre-mensaje"), "anterior a la apertura"));
            assertEquals("02/01/2024", n.findElement(By.id("cerrar:fechaCierre")).getAttribute("value"));
            assertEquals("true", n.findElement(By.id("cerrar:fechaCierre")).getAttribute("aria-invalid"));
            assertEquals("Componentes entregados", n.findElement(By.id("cerrar:motivo")).getAttribute("value"));
            assertEquals("Cumple requisitos", n.findElement(By.id("estado-caso")).getText());
            n.findElement(By.id("cerrar:fechaCierre")).clear();
            n.findElement(By.id("cerrar:fechaCierre")).sendKeys(hoy);
            n.findElement(By.id("cerrar:cerrar")).click();
            espera.until(ExpectedConditions.textToBe(By.id("estado-caso"), "Cerrado"));
            pestana(n, "historia");
            assertTrue(n.findElement(By.id("historia")).getText().contains("Componentes entregados"));
            n.get(base + "app/inicio.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("mis-casos")));
            assertTrue(n.findElement(By.id("mis-casos")).getText().matches("Tiene [1-9]\\d* caso.*"),
                    "El inicio cuenta sus casos de verdad: " + n.findElement(By.id("mis-casos")).getText());
        } finally {
            n.quit();
        }
    }

    /** Abre una pestaña de la página del caso (datos, atenciones, remisiones, personas, notas, coordinacion, historia). */
    /** Registra por la API una persona y le abre un caso de Casa de Justicia en Canapote; devuelve el caso. */
    private JsonObject casoEnCanapote(String token, String nombres, String apellidos) throws Exception {
        String p = enviar("POST", "personas", token, "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"" + documento()
                + "\",\"nombres\":\"" + nombres + "\",\"apellidos\":\"" + apellidos + "\"}").body();
        HttpResponse<String> abierto = enviar("POST", "casos", token, "{\"ruta\":\"CASA_DE_JUSTICIA\","
                + "\"sede\":\"CJ-CANAPOTE\",\"personaId\":" + Demo.json(p).getJsonNumber("id")
                + ",\"datos\":{\"asunto\":\"FAMILIA\"}}");
        assertEquals(201, abierto.statusCode(), abierto.body());
        return Demo.json(abierto.body());
    }

    /** Un navegador con la sesión de {@code usuario} abierto en la pestaña {@code pestana} del caso {@code id}. */
    private ChromeDriver enElCaso(String usuario, String id, String pestana) throws java.io.IOException {
        ChromeDriver n = Navegador.abrir();
        try {
            String url = base + "app/casos/ver.xhtml?id=" + id;
            Navegador.ingresar(n, url, usuario);
            n.get(url);
            pestana(n, pestana);
            return n;
        } catch (RuntimeException e) {
            n.quit();
            throw e;
        }
    }

    private static void pestana(WebDriver n, String nombre) {
        n.findElement(By.id("pestana-" + nombre)).click();
        new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(10)).until(
                ExpectedConditions.visibilityOfElementLocated(By.id("panel-" + nombre)));
    }

    private static void entregar(WebDriver n, WebDriverWait espera, String componente, String notas) {
        pestana(n, "atenciones");
        int antes = n.findElements(By.cssSelector("[id='lista-atenciones'] tbody tr[data-ri]")).size();
        new Select(n.findElement(By.id("atender:tipo"))).selectByValue(componente);
        n.findElement(By.id("atender:notas")).sendKeys(notas);
        n.findElement(By.id("atender:registrar")).click();
        espera.until(d -> d.findElements(By.cssSelector("[id='lista-atenciones'] tbody tr[data-ri]")).size() == antes + 1);
    }

    @Test
    void siDosPersonasEditanElMismoCasoLaSegundaVeElConflictoYPuedeRecargar() throws Exception {
        String token = Demo.token("gestora.canapote");
        JsonObject caso = casoEnCanapote(token, "Conflicto", "Compartido");
        String url = base + "app/casos/ver.xhtml?id=" + caso.getJsonNumber("id");
        ChromeDriver gestora = Navegador.abrir();
        ChromeDriver coordinadora = Navegador.abrir();
        try {
            Navegador.ingresar(gestora, url, "gestora.canapote");
            Navegador.ingresar(coordinadora, url, "coordinadora.canapote");
            gestora.get(url);
            coordinadora.get(url);
            WebDriverWait esperaA = new co.gov.cartagena.ruta.soporte.Espera(gestora, Duration.ofSeconds(30));
            WebDriverWait esperaB = new co.gov.cartagena.ruta.soporte.Espera(coordinadora, Duration.ofSeconds(30));
            esperaA.until(ExpectedConditions.visibilityOfElementLocated(By.id("datos-caso:narrativa")));
            esperaB.until(ExpectedConditions.visibilityOfElementLocated(By.id("datos-caso:narrativa")));

            gestora.findElement(By.id("datos-caso:narrativa")).sendKeys("Versión de la gestora");
            gestora.findElement(By.id("datos-caso:guardar")).click();
            esperaA.until(ExpectedConditions.textToBePresentInElementLocated(By.id("datos-caso:datos-caso-mensajes"),
                    "Cambios guardados"));

            coordinadora.findElement(By.id("datos-caso:narrativa")).sendKeys("Versión de la coordinadora");
            coordinadora.findElement(By.id("datos-caso:guardar")).click();
            esperaB.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "Otra persona modificó"));
            assertEquals("Versión de la coordinadora",
                    coordinadora.findElement(By.id("datos-caso:narrativa")).getAttribute("value"),
                    "Lo que escribió la coordinadora sigue en pantalla");
            coordinadora.findElement(By.id("recarga:recargar")).click();
            esperaB.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"), "versión actual"));
            assertEquals("Versión de la gestora", coordinadora.findElement(By.id("datos-caso:narrativa")).getAttribute("value"));
            JsonObject final_ = Demo.json(enviar("GET", "casos/" + caso.getJsonNumber("id"), token, null).body());
            assertEquals("Versión de la gestora", final_.getString("narrativa"), "Nada se sobrescribió en silencio");
        } finally {
            gestora.quit();
            coordinadora.quit();
        }
    }

    @Test
    void losAdjuntosSeDescarganSoloComoArchivoYNuncaDesdeOtraSede() throws Exception {
        String token = Demo.token("gestora.canapote");
        JsonObject caso = casoEnCanapote(token, "Adjunto", "Api");
        HttpResponse<String> subido = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/casos/"
                        + caso.getJsonNumber("id") + "/adjuntos"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .header("X-Nombre-Archivo", "acta.pdf")
                .POST(HttpRequest.BodyPublishers.ofString("%PDF-1.4 acta")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, subido.statusCode(), subido.body());
        String id = Demo.json(subido.body()).getJsonNumber("id").toString();
        HttpResponse<byte[]> bajado = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/adjuntos/" + id))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, bajado.statusCode());
        assertEquals("application/octet-stream", bajado.headers().firstValue("Content-Type").orElse(""));
        assertTrue(bajado.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"));
        assertEquals("nosniff", bajado.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("%PDF-1.4 acta", new String(bajado.body(), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/adjuntos/" + id))
                .header("Authorization", "Bearer " + Demo.token("gestor.comisaria")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
        HttpResponse<String> html = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/casos/"
                        + caso.getJsonNumber("id") + "/adjuntos"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .header("X-Nombre-Archivo", "acta.pdf")
                .POST(HttpRequest.BodyPublishers.ofString("<html><script>alert(1)</script>")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, html.statusCode());
        assertEquals("archivo", Demo.json(html.body()).getString("campo"));
    }

    @Test
    void laCoordinadoraRespondeUnaRemisionCumpleUnSeguimientoYAsignaDesdeLaPagina() throws Exception {
        String token = Demo.token("coordinadora.canapote");
        String p = enviar("POST", "personas", token, "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"" + documento()
                + "\",\"nombres\":\"Coordinada\",\"apellidos\":\"Pagina\"}").body();
        JsonObject caso = Demo.json(enviar("POST", "casos", token, "{\"ruta\":\"CASA_DE_JUSTICIA\",\"sede\":\"CJ-CANAPOTE\","
                + "\"personaId\":" + Demo.json(p).getJsonNumber("id") + ",\"fechaApertura\":\"2025-03-03\","
                + "\"datos\":{\"asunto\":\"FAMILIA\"}}").body());
        String id = caso.getJsonNumber("id").toString();
        assertEquals(201, enviar("POST", "casos/" + id + "/remisiones", token,
                "{\"entidad\":\"ICBF\",\"fecha\":\"2025-03-04\",\"motivo\":\"Restablecimiento de derechos\"}").statusCode());
        assertEquals(201, enviar("POST", "casos/" + id + "/seguimientos", token,
                "{\"descripcion\":\"Llamar a la usuaria\",\"fechaVencimiento\":\"2025-03-10\"}").statusCode());
        ChromeDriver n = enElCaso("coordinadora.canapote", id, "remisiones");
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("responder:remision")));
            new Select(n.findElement(By.id("responder:remision"))).selectByIndex(1);
            n.findElement(By.id("responder:respuesta")).sendKeys("ICBF abrió PARD");
            n.findElement(By.id("responder:registrar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("responder:responder-mensajes"),
                    "Respuesta registrada"));
            new Select(n.findElement(By.id("cumplir:seguimiento"))).selectByIndex(1);
            n.findElement(By.id("cumplir:resultado")).sendKeys("Se le informó la fecha");
            n.findElement(By.id("cumplir:registrar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cumplir:cumplir-mensajes"),
                    "Seguimiento cumplido"));
            pestana(n, "coordinacion");
            new Select(n.findElement(By.id("coordinar:gestor"))).selectByValue("gestora.canapote");
            n.findElement(By.id("coordinar:asignar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("coordinar:coordinar-mensajes"),
                    "asignado"));
        } finally {
            n.quit();
        }
        JsonObject final_ = Demo.json(enviar("GET", "casos/" + id, token, null).body());
        assertEquals("RESPONDIDA", final_.getJsonArray("remisiones").getJsonObject(0).getString("estado"));
        assertEquals("ICBF abrió PARD", final_.getJsonArray("remisiones").getJsonObject(0).getString("respuesta"));
        assertEquals("Se le informó la fecha", final_.getJsonArray("seguimientos").getJsonObject(0).getString("resultado"));
        assertEquals("gestora.canapote", final_.getString("gestor"));
    }

    @Test
    void reenviarConLaMismaClaveNoDuplica() throws Exception {
        String token = Demo.token("gestora.canapote");
        String clave = UUID.randomUUID().toString();
        String cuerpo = "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"" + documento()
                + "\",\"nombres\":\"Dos\",\"apellidos\":\"Clics\"}";
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/personas"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", clave).POST(HttpRequest.BodyPublishers.ofString(cuerpo));
        HttpResponse<String> uno = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> dos = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, uno.statusCode(), uno.body());
        assertEquals(Demo.json(uno.body()).getJsonNumber("id"), Demo.json(dos.body()).getJsonNumber("id"));
    }

    /** Un doble clic en «Abrir caso», «Registrar atención» o «Remitir» deja un solo registro. */
    @Test
    void unDobleClicEnLosFormulariosQueCreanDejaUnSoloRegistro() throws Exception {
        String token = Demo.token("gestora.canapote");
        long personaId = Demo.json(enviar("POST", "personas", token, "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\""
                + documento() + "\",\"nombres\":\"Doble\",\"apellidos\":\"Clic\"}").body()).getJsonNumber("id")
                .longValue();
        ChromeDriver n = Navegador.abrir();
        String casoId;
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
            String url = base + "app/casos/abrir.xhtml?persona=" + personaId;
            Navegador.ingresar(n, url, "gestora.canapote");
            n.get(url);
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("abrir:ruta")));
            new Select(n.findElement(By.id("abrir:ruta"))).selectByValue("CASA_DE_JUSTICIA");
            By asunto = By.cssSelector("[data-campo='asunto']");
            espera.until(ExpectedConditions.visibilityOfElementLocated(asunto));
            new Select(n.findElement(asunto)).selectByValue("FAMILIA");
            new Actions(n).doubleClick(n.findElement(By.id("abrir:guardar"))).perform();

            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("radicado")));
            casoId = n.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1");
            assertEquals(1, Demo.json(enviar("GET", "personas/" + personaId, token, null).body()).getJsonArray("casos")
                    .size(), "Un solo caso abierto");

            pestana(n, "atenciones");
            new Select(n.findElement(By.id("atender:tipo"))).selectByValue("ORIENTACION_JURIDICA");
            n.findElement(By.id("atender:notas")).sendKeys("Orientación sobre custodia");
            new Actions(n).doubleClick(n.findElement(By.id("atender:registrar"))).perform();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("atender:atender-mensajes"),
                    "Atención registrada"));

            pestana(n, "remisiones");
            new Select(n.findElement(By.id("remitir:entidad"))).selectByValue("ICBF");
            n.findElement(By.id("remitir:motivo")).sendKeys("Restablecimiento de derechos");
            new Actions(n).doubleClick(n.findElement(By.id("remitir:enviar"))).perform();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("remitir:remitir-mensajes"),
                    "Remisión registrada"));

            // un segundo registro legítimo del mismo formulario sí se guarda: la clave cambia tras cada envío
            pestana(n, "atenciones");
            new Select(n.findElement(By.id("atender:tipo"))).selectByValue("ORIENTACION_JURIDICA");
            n.findElement(By.id("atender:notas")).sendKeys("Segunda orientación");
            n.findElement(By.id("atender:registrar")).click();
            espera.until(d -> d.findElements(By.cssSelector("[id='lista-atenciones'] tbody tr[data-ri]")).size() == 2);
        } finally {
            n.quit();
        }
        JsonObject caso = Demo.json(enviar("GET", "casos/" + casoId, token, null).body());
        assertEquals(2, caso.getJsonArray("atenciones").size(), "Una por el doble clic y otra por el segundo envío");
        assertEquals("Orientación sobre custodia", caso.getJsonArray("atenciones").getJsonObject(0).getString("notas"));
        assertEquals(1, caso.getJsonArray("remisiones").size(), caso.toString());
    }

    @Test
    void elReporteDeTiemposDeLaComisariaSoloDaCifrasYRespetaElAlcance() throws Exception {
        String gestor = Demo.token("gestor.comisaria");
        long personaId = Demo.json(enviar("POST", "personas", gestor, "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\""
                + documento() + "\",\"nombres\":\"Tiempos\",\"apellidos\":\"Comisaria\"}").body()).getJsonNumber("id")
                .longValue();
        HttpResponse<String> abierto = enviar("POST", "casos", gestor, "{\"ruta\":\"VIOLENCIA_INTRAFAMILIAR\","
                + "\"sede\":\"CF-01\",\"personaId\":" + personaId + ",\"datos\":{\"tipoViolencia\":\"FISICA\","
                + "\"fechaHechos\":\"2025-03-01\"}}");
        assertEquals(201, abierto.statusCode(), abierto.body());

        String coordinador = Demo.token("coordinador.comisaria");
        HttpResponse<String> r = enviar("GET", "reportes/tiempos-comisaria?agrupar=ANIO", coordinador, null);
        assertEquals(200, r.statusCode(), r.body());
        JsonObject reporte = Demo.json(r.body());
        assertEquals("ANIO", reporte.getString("agrupar"));
        String anio = String.valueOf(LocalDate.now(co.gov.cartagena.ruta.web.Fechas.ZONA).getYear());
        boolean solicitud = false;
        for (JsonObject f : reporte.getJsonArray("filas").getValuesAs(JsonObject.class)) {
            assertEquals(java.util.Set.of("sede", "nombreSede", "periodo", "estado", "cantidad", "promedioDias",
                    "medianaDias", "enCurso"), f.keySet(), "Solo cifras agregadas: " + f);
            assertTrue(f.isNull("sede") || "CF-01".equals(f.getString("sede")), "Solo sus sedes: " + f);
            if (!f.isNull("sede") && f.getString("periodo").equals(anio) && f.getString("estado").equals("SOLICITUD")) {
                solicitud = f.getInt("enCurso") >= 1;
            }
        }
        assertTrue(solicitud, "El caso recién abierto sigue en solicitud: " + r.body());
        assertEquals("agrupar", Demo.json(enviar("GET", "reportes/tiempos-comisaria?agrupar=SEMANA", coordinador, null)
                .body()).getString("campo"));
        HttpResponse<String> fechaMala = enviar("GET", "reportes/tiempos-comisaria?desde=01/01/2025", coordinador, null);
        assertEquals(400, fechaMala.statusCode());
        assertEquals("desde", Demo.json(fechaMala.body()).getString("campo"));
        assertEquals("El parámetro «desde» debe ser una fecha AAAA-MM-DD.", Demo.json(fechaMala.body()).getString("mensaje"));
        HttpResponse<String> otraSede = enviar("GET", "reportes/tiempos-comisaria?sede=CF-02", coordinador, null);
        assertEquals(400, otraSede.statusCode());
        assertEquals("sede", Demo.json(otraSede.body()).getString("campo"));
        assertEquals(403, enviar("GET", "reportes/tiempos-comisaria", gestor, null).statusCode());
        HttpResponse<String> supervisora = enviar("GET", "reportes/tiempos-comisaria?agrupar=TRIMESTRE",
                Demo.token("supervisora", true), null);
        assertEquals(200, supervisora.statusCode(), supervisora.body());

        ChromeDriver n = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
            String url = base + "app/casos/tiempos.xhtml";
            Navegador.ingresar(n, url, "coordinador.comisaria");
            n.get(url);
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("filtro:agrupar")));
            new Select(n.findElement(By.id("filtro:agrupar"))).selectByValue("ANIO");
            org.openqa.selenium.WebElement antes = n.findElement(By.id("tabla"));
            n.findElement(By.id("filtro:consultar")).click();
            espera.until(ExpectedConditions.stalenessOf(antes));
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("tabla")));
            String tabla = n.findElement(By.id("tabla")).getText();
            assertTrue(tabla.contains("Comisaría de Familia 1") && tabla.contains(anio) && tabla.contains("Solicitud")
                    && tabla.contains("Total de las sedes"), tabla);
            assertFalse(tabla.contains(anio + "-"), "Agrupado por año, no por mes: " + tabla);
        } finally {
            n.quit();
        }
    }

    /**
     * Issue 12, ítem 3: el traslado elige quién lleva el caso en la sede de destino, del personal real de esa sede
     * (por nombre, agrupado por sede); la API rechaza a alguien de otra sede con 400 y {@code campo: gestor} sin
     * trasladar nada, y la coordinadora, que ya no ve el caso, vuelve a su lista con el mensaje de lo que pasó.
     */
    @Test
    void laCoordinadoraTrasladaUnCasoYEligeQuienLoLlevaEnLaSedeDeDestino() throws Exception {
        // Keycloak guarda el usuario en minúsculas.
        String recibe = co.gov.cartagena.ruta.soporte.KeycloakAdmin.crear("Herrera", "gestor", "CJ-CHIQUINQUIRA",
                false).toLowerCase(java.util.Locale.ROOT);
        String token = Demo.token("coordinadora.canapote");
        JsonObject caso = casoEnCanapote(token, "Trasladada", "Destino");
        String id = caso.getJsonNumber("id").toString();
        HttpResponse<String> deOtraSede = enviar("POST", "casos/" + id + "/traslado", token, Json.createObjectBuilder()
                .add("version", caso.getInt("version")).add("sede", "CJ-CHIQUINQUIRA").add("gestor", "gestora.canapote")
                .build().toString());
        assertEquals(400, deOtraSede.statusCode(), deOtraSede.body());
        assertEquals("gestor", Demo.json(deOtraSede.body()).getString("campo"), deOtraSede.body());
        assertEquals("CJ-CANAPOTE", Demo.json(enviar("GET", "casos/" + id, token, null).body()).getString("sede"),
                "El traslado rechazado no cambió nada");

        ChromeDriver n = enElCaso("coordinadora.canapote", id, "coordinacion");
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("trasladar:sede")));
            var sedes = new Select(n.findElement(By.id("trasladar:sede"))).getOptions().stream()
                    .map(WebElement::getText).toList();
            assertTrue(sedes.contains("Casa de Justicia de Chiquinquirá") && !sedes.contains("Casa de Justicia de Canapote")
                    && sedes.stream().noneMatch(x -> x.startsWith("Comisaría")),
                    "Solo otras sedes que llevan la ruta: " + sedes);
            WebElement grupo = n.findElement(By.cssSelector("#trasladar\\:gestor optgroup[label='Casa de Justicia de Chiquinquirá']"));
            assertTrue(grupo.getText().contains("Prueba Herrera"), "El personal de destino, por nombre: " + grupo.getText());

            // Sin sede: el error va junto al campo y no se traslada.
            n.findElement(By.id("trasladar:trasladar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("trasladar:sede-mensaje"),
                    "obligatorio"));

            new Select(n.findElement(By.id("trasladar:sede"))).selectByVisibleText("Casa de Justicia de Chiquinquirá");
            new Select(n.findElement(By.id("trasladar:gestor"))).selectByValue(recibe);
            n.findElement(By.id("trasladar:trasladar")).click();
            espera.until(d -> d.getCurrentUrl().contains("casos/lista.xhtml"));
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mensajes"),
                    caso.getString("radicado") + " trasladado a Casa de Justicia de Chiquinquirá y asignado a Prueba Herrera"));
            Navegador.capturar(n, "caso-trasladado");
        } finally {
            n.quit();
        }
        JsonObject trasladado = Demo.json(enviar("GET", "casos/" + id, Demo.token(recibe), null).body());
        assertEquals("CJ-CHIQUINQUIRA", trasladado.getString("sede"));
        assertEquals(recibe, trasladado.getString("gestor"));
    }

    /** Abre por la API un caso de la Comisaría en CF-01 con esa apertura y lo lleva al estado pedido. */
    private JsonObject casoDeComisaria(String token, LocalDate apertura, String estado, String datosDelEstado)
            throws Exception {
        long personaId = Demo.json(enviar("POST", "personas", token, "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\""
                + documento() + "\",\"nombres\":\"Términos\",\"apellidos\":\"Comisaría\"}").body())
                .getJsonNumber("id").longValue();
        HttpResponse<String> abierto = enviar("POST", "casos", token, "{\"ruta\":\"VIOLENCIA_INTRAFAMILIAR\","
                + "\"sede\":\"CF-01\",\"personaId\":" + personaId + ",\"fechaApertura\":\"" + apertura + "\","
                + "\"datos\":{\"tipoViolencia\":\"FISICA\",\"fechaHechos\":\"" + apertura + "\"}}");
        assertEquals(201, abierto.statusCode(), abierto.body());
        JsonObject caso = Demo.json(abierto.body());
        if (estado == null) {
            return caso;
        }
        HttpResponse<String> paso = enviar("POST", "casos/" + caso.getJsonNumber("id").longValue() + "/estado", token,
                "{\"version\":" + caso.getInt("version") + ",\"estado\":\"" + estado + "\",\"datos\":{"
                        + datosDelEstado + "}}");
        assertEquals(200, paso.statusCode(), paso.body());
        return Demo.json(paso.body());
    }

    /**
     * Issue 12, ítem 6: la coordinación de la Comisaría ve en su inicio los términos de ley en riesgo — la medida
     * provisional de una solicitud recién recibida y la audiencia que vence en dos días —, y no los de un caso con la
     * audiencia ya citada.
     */
    @Test
    void laCoordinacionDeLaComisariaVeLosTerminosDeLeyEnRiesgoEnSuInicio() throws Exception {
        String gestor = Demo.token("gestor.comisaria");
        LocalDate hoy = LocalDate.now(co.gov.cartagena.ruta.comun.Hoy.COLOMBIA);
        String audiencia = casoDeComisaria(gestor, hoy.minusDays(8), "MEDIDA_PROVISIONAL",
                "\"medidaProvisional\":\"Prohibición de acercarse a la víctima\"").getString("radicado");
        String solicitud = casoDeComisaria(gestor, hoy, null, null).getString("radicado");
        String citada = casoDeComisaria(gestor, hoy.minusDays(8), "AUDIENCIA",
                "\"fechaAudiencia\":\"" + hoy.minusDays(1) + "\"").getString("radicado");

        ChromeDriver n = Navegador.abrir();
        try {
            Navegador.ingresar(n, base + "app/inicio.xhtml", "coordinador.comisaria");
            n.get(base + "app/inicio.xhtml");
            new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.id("terminos")));
            Navegador.capturar(n, "inicio-terminos-comisaria");
            java.util.Map<String, String> filas = new java.util.HashMap<>();
            for (WebElement fila : n.findElements(By.cssSelector("#terminos tbody tr"))) {
                String texto = fila.getText();
                filas.put(texto.split("\\s")[0], texto);
            }
            String fechaAudiencia = hoy.plusDays(2).format(co.gov.cartagena.ruta.comun.FormatoFecha.FECHA);
            assertTrue(filas.containsKey(audiencia) && filas.get(audiencia).contains("Audiencia")
                    && filas.get(audiencia).contains(fechaAudiencia) && !filas.get(audiencia).contains("vencido"),
                    "La audiencia vence a los diez días de la solicitud: " + filas);
            assertTrue(filas.containsKey(solicitud)
                    && filas.get(solicitud).contains("Medida de protección provisional"),
                    "La solicitud de hoy espera la medida provisional: " + filas);
            assertFalse(filas.containsKey(citada), "Con la audiencia citada no corre ningún término: " + filas);
        } finally {
            n.quit();
        }
    }

    @Test
    void atencionesYRemisionesInvalidasResponden400NombrandoElCampoYLaRemisionRepetidaNoDuplica() throws Exception {
        String token = Demo.token("gestora.canapote");
        String p = enviar("POST", "personas", token, "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\"" + documento()
                + "\",\"nombres\":\"Payload\",\"apellidos\":\"Invalido\"}").body();
        JsonObject caso = Demo.json(enviar("POST", "casos", token, "{\"ruta\":\"CASA_DE_JUSTICIA\",\"sede\":\"CJ-CANAPOTE\","
                + "\"personaId\":" + Demo.json(p).getJsonNumber("id") + ",\"fechaApertura\":\"2025-03-03\","
                + "\"datos\":{\"asunto\":\"FAMILIA\"}}").body());
        String id = caso.getJsonNumber("id").toString();
        Map<String, String[]> malos = Map.of(
                "{\"fecha\":\"2025-03-04\"}", new String[] {"atenciones", "tipo"},
                "{\"tipo\":\"INVENTADA\",\"fecha\":\"2025-03-04\"}", new String[] {"atenciones", "tipo"},
                "{\"tipo\":\"ORIENTACION_JURIDICA\",\"fecha\":\"04/03/2025\"}", new String[] {"atenciones", "fecha"},
                "{\"tipo\":\"ORIENTACION_JURIDICA\",\"fecha\":\"2025-03-01\"}", new String[] {"atenciones", "fecha"},
                "{\"fecha\":\"2025-03-04\",\"motivo\":\"x\"}", new String[] {"remisiones", "entidad"},
                "{\"entidad\":\"MARCIANOS\",\"fecha\":\"2025-03-04\",\"motivo\":\"x\"}", new String[] {"remisiones", "entidad"},
                "{\"entidad\":\"ICBF\",\"fecha\":\"2025-03-04\"}", new String[] {"remisiones", "motivo"});
        for (Map.Entry<String, String[]> m : malos.entrySet()) {
            HttpResponse<String> r = enviar("POST", "casos/" + id + "/" + m.getValue()[0], token, m.getKey());
            assertEquals(400, r.statusCode(), m.getKey() + " → " + r.body());
            assertEquals(m.getValue()[1], Demo.json(r.body()).getString("campo"), m.getKey() + " → " + r.body());
        }
        JsonObject sinCambios = Demo.json(enviar("GET", "casos/" + id, token, null).body());
        assertEquals(0, sinCambios.getJsonArray("atenciones").size());
        assertEquals(0, sinCambios.getJsonArray("remisiones").size());

        String clave = UUID.randomUUID().toString();
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "api/v1/casos/" + id + "/remisiones"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", clave).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"entidad\":\"ICBF\",\"fecha\":\"2025-03-04\",\"motivo\":\"Restablecimiento\"}"));
        HttpResponse<String> uno = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> dos = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, uno.statusCode(), uno.body());
        assertEquals(201, dos.statusCode(), dos.body());
        assertEquals(uno.headers().firstValue("X-Remision"), dos.headers().firstValue("X-Remision"));
        assertEquals(1, Demo.json(dos.body()).getJsonArray("remisiones").size());
    }

    // ---------- Issue 12: la página de la persona, los papeles, el personal de la sede y los formularios ----------

    private static String hoy() {
        return co.gov.cartagena.ruta.web.Fechas.formatear(LocalDate.now(co.gov.cartagena.ruta.web.Fechas.ZONA));
    }

    private static void autorizar(WebDriver n, WebDriverWait espera, String alcance) {
        new Select(n.findElement(By.id("consentir:alcance"))).selectByValue(alcance);
        n.findElement(By.id("consentir:fecha")).sendKeys(hoy());
        n.findElement(By.id("consentir:soporte")).sendKeys("Formato firmado " + alcance);
        n.findElement(By.id("consentir:registrar")).click();
        espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("consentir:consentir-mensajes"),
                "Autorización registrada"));
    }

    /**
     * Desde las páginas una gestora registra a una mujer, anota sus dos autorizaciones, la registra como víctima del
     * conflicto con su residencia, le abre un caso de atención psicosocial (que exige víctima) y la supervisora la ve
     * contada como víctima en la desagregación del indicador PZ.VIC.2.
     */
    @Test
    void unaGestoraRegistraUnaVictimaDesdeLasPaginasLeAbreUnCasoPsicosocialYLaSupervisoraLaCuenta() throws Exception {
        String doc = documento();
        long personaId;
        ChromeDriver n = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
            Navegador.ingresar(n, base + "app/personas/buscar.xhtml", "gestora.canapote");
            n.get(base + "app/personas/buscar.xhtml");
            n.findElement(By.id("persona:numeroDocumento")).sendKeys(doc);
            n.findElement(By.id("persona:nombres")).sendKeys("Luz Marina");
            n.findElement(By.id("persona:apellidos")).sendKeys("Víctima Prueba" + doc.substring(0, 4));
            n.findElement(By.id("persona:fechaNacimiento")).sendKeys("15/04/1987");
            new Select(n.findElement(By.id("persona:sexo"))).selectByValue("MUJER");
            assertEquals("Mujer", new Select(n.findElement(By.id("persona:sexo"))).getFirstSelectedOption().getText());
            n.findElement(By.id("persona:buscar")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("persona:registrar"))).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("nombre-persona")));
            personaId = Long.parseLong(n.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
            assertEquals("Cédula de ciudadanía " + doc + " · Fecha de nacimiento: 15/04/1987",
                    n.findElement(By.id("documento-persona")).getText());

            // Sin autorizaciones: los datos más allá de la identidad están bloqueados y se dice por qué.
            assertFalse(n.findElement(By.id("datos:victimaConflicto")).isEnabled());
            assertFalse(n.findElement(By.id("datos:barrio")).isEnabled());
            assertTrue(n.findElement(By.id("datos:bloqueo-sensibles")).getText().contains("autorización de datos sensibles"));
            assertTrue(n.findElement(By.id("datos:bloqueo-personales")).getText().contains("autorización de datos personales"));
            assertEquals("datos:bloqueo-sensibles", n.findElement(By.id("datos:victimaConflicto"))
                    .getAttribute("aria-describedby").replaceAll(".*\\s(\\S+)$", "$1"));
            Navegador.capturar(n, "persona-sin-autorizaciones");

            autorizar(n, espera, "DATOS_PERSONALES");
            autorizar(n, espera, "DATOS_SENSIBLES");
            assertTrue(n.findElement(By.id("datos:victimaConflicto")).isEnabled());
            assertTrue(n.findElements(By.id("datos:bloqueo-sensibles")).isEmpty());
            n.findElement(By.id("datos:victimaConflicto")).click();
            n.findElement(By.id("datos:registradaRuv")).click();
            new Select(n.findElement(By.id("datos:etnia"))).selectByValue("NEGRO_AFROCOLOMBIANO");
            new Select(n.findElement(By.id("datos:localidad"))).selectByValue("Industrial y de la Bahía");
            n.findElement(By.id("datos:barrio")).sendKeys("Olaya Herrera");
            n.findElement(By.id("datos:telefono")).sendKeys("3001234567");
            n.findElement(By.id("datos:nacionalidad")).sendKeys("Colombiana");
            n.findElement(By.id("datos:guardar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("datos:datos-mensajes"),
                    "Datos de la persona guardados"));
            assertTrue(n.findElement(By.id("datos:victimaConflicto")).isSelected());
            Navegador.capturar(n, "persona-con-datos");

            JsonObject p = Demo.json(enviar("GET", "personas/" + personaId, Demo.token("gestora.canapote"), null).body());
            assertTrue(p.getBoolean("victimaConflicto"), p.toString());
            assertTrue(p.getBoolean("registradaRuv"), p.toString());
            assertEquals("NEGRO_AFROCOLOMBIANO", p.getString("etnia"));
            assertEquals("Industrial y de la Bahía", p.getString("localidad"));
            assertEquals("Olaya Herrera", p.getString("barrio"));
            assertEquals("3001234567", p.getString("telefono"));

            n.findElement(By.id("abrir-caso")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("abrir:ruta")));
            new Select(n.findElement(By.id("abrir:ruta"))).selectByValue("ATENCION_PSICOSOCIAL_VICTIMAS");
            By hecho = By.cssSelector("[data-campo='hechoVictimizante']");
            espera.until(ExpectedConditions.visibilityOfElementLocated(hecho));
            new Select(n.findElement(hecho)).selectByValue("DESPLAZAMIENTO_FORZADO");
            assertEquals("La persona entra al caso como: Titular", n.findElement(By.id("papel-persona")).getText());
            assertTrue(n.findElement(By.id("persona-caso")).getText().startsWith("Luz Marina"));
            n.findElement(By.id("abrir:guardar")).click();
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("radicado")));
            assertTrue(n.findElement(By.id("titular-caso")).getText().startsWith("Luz Marina"),
                    n.findElement(By.id("cabecera-caso")).getText());
            assertTrue(n.findElement(By.id("cabecera-caso")).getAttribute("textContent").contains("Titular"));
        } finally {
            n.quit();
        }

        ChromeDriver supervisora = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(supervisora, Duration.ofSeconds(60));
            int anio = LocalDate.now(co.gov.cartagena.ruta.web.Fechas.ZONA).getYear();
            String url = base + "app/indicadores/indicador.xhtml?codigo=PZ.VIC.2&anio=" + anio;
            Navegador.ingresarConOtp(supervisora, url, "supervisora");
            supervisora.get(url);
            WebElement tabla = espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("desagregacion-victima")));
            assertTrue(tabla.getText().startsWith("Víctima del conflicto armado"), tabla.getText());
            assertTrue(tabla.findElements(By.cssSelector("tbody tr")).stream()
                            .anyMatch(tr -> tr.getText().startsWith("Sí")),
                    "La persona registrada como víctima desde la página cuenta en la fila «Sí»: " + tabla.getText());
            Navegador.capturar(supervisora, "indicador-victima");
        } finally {
            supervisora.quit();
        }
    }

    /** En la Comisaría la mujer para quien se abre el caso es la víctima, y los papeles se leen en buen español. */
    @Test
    void enLaComisariaLaPersonaDelCasoEsLaVictimaYLosPapelesSeLeenBien() throws Exception {
        String token = Demo.token("gestor.comisaria");
        long personaId = Demo.json(enviar("POST", "personas", token, "{\"tipoDocumento\":\"CC\",\"numeroDocumento\":\""
                + documento() + "\",\"nombres\":\"Yurani\",\"apellidos\":\"Comisaría\",\"sexo\":\"MUJER\"}").body())
                .getJsonNumber("id").longValue();
        HttpResponse<String> abierto = enviar("POST", "casos", token, "{\"ruta\":\"VIOLENCIA_INTRAFAMILIAR\","
                + "\"sede\":\"CF-01\",\"personaId\":" + personaId
                + ",\"datos\":{\"tipoViolencia\":\"FISICA\",\"fechaHechos\":\"2025-03-01\"}}");
        assertEquals(201, abierto.statusCode(), abierto.body());
        JsonObject caso = Demo.json(abierto.body());
        assertEquals("VICTIMA", caso.getJsonArray("personas").getJsonObject(0).getString("rol"));
        ChromeDriver n = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
            String url = base + "app/casos/ver.xhtml?id=" + caso.getJsonNumber("id");
            Navegador.ingresar(n, url, "gestor.comisaria");
            n.get(url);
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("radicado")));
            assertTrue(n.findElement(By.id("titular-caso")).getText().startsWith("Yurani Comisaría"));
            assertTrue(n.findElement(By.id("cabecera-caso")).getAttribute("textContent").replaceAll("\\s+", " ")
                    .contains("Víctima Yurani Comisaría"), n.findElement(By.id("cabecera-caso")).getText());
            pestana(n, "personas");
            assertEquals("Víctima", n.findElement(By.className("ruta-rol-participante")).getText());
            assertEquals(java.util.List.of("Víctima", "Agresor/a", "Miembro del hogar"),
                    new Select(n.findElement(By.id("agregar-persona:rolNueva"))).getOptions().stream()
                            .map(WebElement::getText).toList());
            assertTrue(new Select(n.findElement(By.id("agregar-persona:tipoDocumentoNueva"))).getOptions().stream()
                    .map(WebElement::getText).toList().contains("Cédula de ciudadanía"));
        } finally {
            n.quit();
        }
    }

    /**
     * La coordinadora asigna eligiendo del personal real de su sede (grupo de Keycloak), por nombre completo; nadie
     * de otra sede ni un nombre inventado. La API rechaza a esos dos con 400 y {@code campo: gestor}.
     */
    @Test
    void laCoordinadoraAsignaSoloAlPersonalRealDeSuSedeYLaApiRechazaAlInventado() throws Exception {
        String token = Demo.token("coordinadora.canapote");
        JsonObject caso = casoEnCanapote(token, "Asignable", "Personal");
        String id = caso.getJsonNumber("id").toString();
        for (String invalido : java.util.List.of("Yulieth Marrugo", "gestor.sicc", "supervisora")) {
            HttpResponse<String> r = enviar("POST", "casos/" + id + "/asignacion", token,
                    Json.createObjectBuilder().add("version", caso.getInt("version")).add("gestor", invalido).build().toString());
            assertEquals(400, r.statusCode(), invalido + ": " + r.body());
            assertEquals("gestor", Demo.json(r.body()).getString("campo"), r.body());
        }
        ChromeDriver n = enElCaso("coordinadora.canapote", id, "coordinacion");
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("coordinar:gestor")));
            assertEquals("María Fernanda Torres Caraballo", n.findElement(By.id("gestor-caso")).getText(),
                    "El gestor se muestra por su nombre completo");
            Select gestor = new Select(n.findElement(By.id("coordinar:gestor")));
            var nombres = gestor.getOptions().stream().map(WebElement::getText).toList();
            assertTrue(nombres.contains("Yulieth Paola Marrugo Castro"), nombres.toString());
            assertTrue(nombres.contains("María Fernanda Torres Caraballo"), nombres.toString());
            assertFalse(nombres.contains("Luis Alberto Julio Barrios"), "gestor.sicc es de otra sede: " + nombres);
            assertTrue(nombres.stream().noneMatch(x -> x.contains(".")), "Sin nombres de usuario: " + nombres);
            gestor.selectByVisibleText("Yulieth Paola Marrugo Castro");
            n.findElement(By.id("coordinar:asignar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("coordinar:coordinar-mensajes"),
                    "Caso asignado a Yulieth Paola Marrugo Castro"));
            assertEquals("Yulieth Paola Marrugo Castro", n.findElement(By.id("gestor-caso")).getText());
            Navegador.capturar(n, "caso-asignado");

            // La lista de la coordinadora abre en los casos de su sede, con el gestor por su nombre.
            n.get(base + "app/casos/lista.xhtml");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("resultados:casos")));
            assertEquals("false", new Select(n.findElement(By.id("filtros:alcance"))).getFirstSelectedOption()
                    .getAttribute("value"), "Casos de mi sede");
            WebElement fila = n.findElements(By.cssSelector("#resultados\\:casos tbody tr[data-ri]")).stream()
                    .filter(tr -> tr.getText().contains(caso.getString("radicado"))).findFirst()
                    .orElseThrow(() -> new AssertionError("El caso de su sede está en la lista"));
            assertTrue(fila.getText().contains("Yulieth Paola Marrugo Castro"), fila.getText());
        } finally {
            n.quit();
        }
        assertEquals("gestora.canapote", Demo.json(enviar("GET", "casos/" + id, token, null).body()).getString("gestor"));
    }

    /**
     * Desde la página se remite a otra sede (con su selector) y se programa un seguimiento: cada formulario muestra
     * todos sus errores a la vez junto a sus campos y conserva lo escrito; tras el éxito queda limpio, así que un
     * segundo clic no crea un segundo registro. La API tampoco duplica un seguimiento con la misma clave.
     */
    @Test
    void seRemiteAOtraSedeDesdeLaPaginaYLosFormulariosMuestranTodosSusErroresYQuedanLimpios() throws Exception {
        String token = Demo.token("gestora.canapote");
        JsonObject caso = casoEnCanapote(token, "Remitida", "Sede");
        String id = caso.getJsonNumber("id").toString();
        ChromeDriver n = Navegador.abrir();
        try {
            WebDriverWait espera = new co.gov.cartagena.ruta.soporte.Espera(n, Duration.ofSeconds(30));
            String url = base + "app/casos/ver.xhtml?id=" + id;
            Navegador.ingresar(n, url, "gestora.canapote");
            n.get(url);
            remitirYProgramar(n, espera);
        } catch (RuntimeException | AssertionError e) {
            Navegador.capturar(n, "fallo-remitir-y-programar");
            throw e;
        } finally {
            n.quit();
        }
        comprobarRemisionYSeguimiento(token, id);
    }

    private void remitirYProgramar(ChromeDriver n, WebDriverWait espera) {
        {
            pestana(n, "remisiones");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("remitir:entidad")));

            // Todos los errores a la vez, junto a cada campo.
            n.findElement(By.id("remitir:justificacion")).sendKeys("Lo escrito se conserva");
            n.findElement(By.id("remitir:enviar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("remitir:motivo-mensaje"), "obligatorio"));
            assertTrue(n.findElement(By.id("remitir:entidad-mensaje")).getText().contains("obligatorio"));
            assertEquals("true", n.findElement(By.id("remitir:motivo")).getAttribute("aria-invalid"));
            assertEquals("Lo escrito se conserva", n.findElement(By.id("remitir:justificacion")).getAttribute("value"));
            espera.until(d -> "remitir:entidad".equals(d.switchTo().activeElement().getAttribute("id")));
            assertTrue(n.findElement(By.id("mensajes")).getText().isBlank(), "Nada arriba de la página");
            n.findElement(By.id("remitir:justificacion")).clear();

            new Select(n.findElement(By.id("remitir:entidad"))).selectByValue("SEDE");
            espera.until(ExpectedConditions.visibilityOfElementLocated(By.id("remitir:sedeDestino")));
            new Select(n.findElement(By.id("remitir:sedeDestino"))).selectByValue("SICC");
            n.findElement(By.id("remitir:motivo")).sendKeys("Requiere la ruta de la Secretaría");
            n.findElement(By.id("remitir:enviar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("remitir:remitir-mensajes"),
                    "Remisión registrada"));
            assertEquals("", n.findElement(By.id("remitir:motivo")).getAttribute("value"), "Formulario limpio");
            assertEquals("", new Select(n.findElement(By.id("remitir:entidad"))).getFirstSelectedOption()
                    .getAttribute("value"));
            n.findElement(By.id("remitir:enviar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("remitir:motivo-mensaje"), "obligatorio"));

            n.findElement(By.id("seguir:programar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seguir:fechaVencimiento-mensaje"),
                    "obligatorio"));
            assertTrue(n.findElement(By.id("seguir:descripcion-mensaje")).getText().contains("obligatorio"));
            n.findElement(By.id("seguir:descripcion")).sendKeys("Llamar a la usuaria");
            n.findElement(By.id("seguir:fechaVencimiento")).sendKeys(hoy());
            n.findElement(By.id("seguir:programar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seguir:seguir-mensajes"),
                    "Seguimiento programado"));
            assertEquals("", n.findElement(By.id("seguir:descripcion")).getAttribute("value"), "Formulario limpio");
            espera.until(d -> "seguir:seguir-mensajes".equals(d.switchTo().activeElement().getAttribute("id")));
            assertTrue(n.findElement(By.id("proximo-seguimiento")).getText().contains("Llamar a la usuaria"),
                    "La cabecera muestra el próximo seguimiento");
            Navegador.capturar(n, "caso-tras-seguimiento");
            n.findElement(By.id("seguir:programar")).click();
            espera.until(ExpectedConditions.textToBePresentInElementLocated(By.id("seguir:descripcion-mensaje"),
                    "obligatorio"));
        }
    }

    private void comprobarRemisionYSeguimiento(String token, String id) throws Exception {
        JsonObject final_ = Demo.json(enviar("GET", "casos/" + id, token, null).body());
        assertEquals(1, final_.getJsonArray("remisiones").size(), final_.toString());
        assertEquals("SEDE", final_.getJsonArray("remisiones").getJsonObject(0).getString("entidad"));
        assertEquals("SICC", final_.getJsonArray("remisiones").getJsonObject(0).getString("sedeDestino"));
        assertEquals(1, final_.getJsonArray("seguimientos").size(), final_.toString());

        String clave = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "api/v1/casos/" + id + "/seguimientos"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", clave).POST(HttpRequest.BodyPublishers.ofString(
                            "{\"descripcion\":\"Visita\",\"fechaVencimiento\":\"" + LocalDate.now().plusDays(5) + "\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(201, r.statusCode(), r.body());
        }
        assertEquals(2, Demo.json(enviar("GET", "casos/" + id, token, null).body()).getJsonArray("seguimientos").size(),
                "La misma Idempotency-Key no crea un segundo seguimiento");
    }
}
