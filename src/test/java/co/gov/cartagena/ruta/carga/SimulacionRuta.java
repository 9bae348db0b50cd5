package co.gov.cartagena.ruta.carga;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import co.gov.cartagena.ruta.comun.Hoy;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Un día de trabajo comprimido: gestores que buscan casos, abren su página, registran personas, abren casos y
 * registran atenciones, con pausas de varios segundos entre una acción y otra, y supervisores que leen el tablero de
 * indicadores y, a veces, el detalle de uno. Todo por la API {@code /api/v1} con tokens de las cuentas de
 * demostración.
 *
 * <p>La configura {@link PruebaDeCarga} con propiedades de sistema ({@code carga.*}); Gatling la instancia por su
 * nombre en el mismo proceso.
 */
public class SimulacionRuta extends Simulation {

    /** Pausa entre dos acciones de un gestor: leer, escribir, atender a la persona que tiene enfrente. */
    static final Duration PAUSA_GESTOR_MIN = Duration.ofSeconds(4);
    static final Duration PAUSA_GESTOR_MAX = Duration.ofSeconds(12);
    /** Pausa entre dos lecturas del tablero de un supervisor. */
    static final Duration PAUSA_SUPERVISOR_MIN = Duration.ofSeconds(10);
    static final Duration PAUSA_SUPERVISOR_MAX = Duration.ofSeconds(30);

    /** Nombres de las operaciones en el informe de Gatling; las lecturas y las escrituras tienen metas distintas. */
    static final String BUSCAR = "buscar casos";
    static final String VER_CASO = "ver caso";
    static final String REGISTRAR_PERSONA = "registrar persona";
    static final String ABRIR_CASO = "abrir caso";
    static final String REGISTRAR_ATENCION = "registrar atención";
    static final String TABLERO = "tablero";
    static final String INDICADOR = "detalle de indicador";
    static final List<String> ESCRITURAS = List.of(REGISTRAR_PERSONA, ABRIR_CASO, REGISTRAR_ATENCION);
    /** El orden de las filas del informe. */
    static final List<String> OPERACIONES = List.of(BUSCAR, VER_CASO, REGISTRAR_PERSONA, ABRIR_CASO,
            REGISTRAR_ATENCION, TABLERO, INDICADOR);

    private static final List<String> NOMBRES = List.of("María José", "Luz Dary", "Yuleidis", "Carlos Andrés",
            "Rafael", "Keila", "Deivis", "Marelvis", "José Luis", "Dayana", "Wilson", "Yolanda");
    private static final List<String> APELLIDOS = List.of("Cassiani Herrera", "Julio Pérez", "Marrugo Cárdenas",
            "Cabarcas Díaz", "Pájaro Torres", "Zúñiga Blanco", "Barrios Castro", "Orozco Villa", "Salas Puello",
            "Berrío Arrieta", "Caraballo Guerrero", "Teherán Polo");
    /** Documentos de las personas nuevas: 14 cifras (los generados tienen 10 u 11), distintas en cada corrida. */
    private static final AtomicLong DOCUMENTOS = new AtomicLong(
            70_000_000_000_000L + (System.currentTimeMillis() / 1000 % 100_000) * 100_000_000L);

    private final Muestra muestra;

    public SimulacionRuta() throws Exception {
        String url = System.getProperty("carga.url");
        int gestores = Integer.getInteger("carga.usuarios");
        int supervisores = Integer.getInteger("carga.supervisores", 0);
        Duration duracion = Duration.ofSeconds(Long.getLong("carga.segundos"));
        Duration rampa = Duration.ofSeconds(Long.getLong("carga.rampa"));
        muestra = Muestra.leer(Path.of(System.getProperty("carga.muestra")));
        Tokens.asegurar(Perfil.usuarios());

        HttpProtocolBuilder protocolo = http.baseUrl(url + "/api/v1/").acceptHeader("application/json")
                .contentTypeHeader("application/json").disableWarmUp().disableCaching();
        // Cada usuario trabaja desde que entra durante la rampa más la duración: todos están activos a la vez
        // durante la duración completa.
        Duration jornada = rampa.plus(duracion);
        List<PopulationBuilder> poblaciones = new ArrayList<>();
        poblaciones.add(gestores(jornada).injectOpen(rampUsers(gestores).during(rampa)));
        if (supervisores > 0) {
            poblaciones.add(supervisores(jornada).injectOpen(rampUsers(supervisores).during(rampa)));
        }
        setUp(poblaciones).protocols(protocolo).maxDuration(jornada.plus(rampa).plusSeconds(60));
    }

    private ScenarioBuilder gestores(Duration jornada) {
        return scenario("Gestores")
                .exec(s -> {
                    Perfil p = Perfil.values()[(int) (s.userId() % Perfil.values().length)];
                    return s.set("perfil", p).set("usuario", p.usuario);
                })
                .pause(Duration.ZERO, PAUSA_GESTOR_MAX)
                .during(jornada).on(
                        randomSwitch().on(
                                percent(40.0).then(buscar()),
                                percent(25.0).then(verCaso()),
                                percent(10.0).then(registrarPersona()),
                                percent(10.0).then(abrirCaso()),
                                percent(15.0).then(registrarAtencion()))
                        .pause(PAUSA_GESTOR_MIN, PAUSA_GESTOR_MAX));
    }

    private ScenarioBuilder supervisores(Duration jornada) {
        return scenario("Supervisores")
                .exec(s -> s.set("usuario", Perfil.SUPERVISORA))
                .pause(Duration.ZERO, PAUSA_SUPERVISOR_MIN)
                .during(jornada).on(
                        exec(s -> s.set("corte", corteAlAzar()))
                        .exec(http(TABLERO).get("indicadores?#{corte}").header("Authorization", SimulacionRuta::token)
                                .check(status().is(200), jsonPath("$[*].codigo").findRandom().saveAs("codigo")))
                        .pause(PAUSA_SUPERVISOR_MIN, PAUSA_SUPERVISOR_MAX)
                        .randomSwitch().on(percent(40.0).then(
                                exec(http(INDICADOR).get("indicadores/#{codigo}?#{corte}")
                                        .header("Authorization", SimulacionRuta::token).check(status().is(200)))
                                .pause(PAUSA_SUPERVISOR_MIN, PAUSA_SUPERVISOR_MAX))));
    }

    /** 60 % por apellido del titular, 20 % por documento, 20 % por radicado, de casos que el perfil ve. */
    private ChainBuilder buscar() {
        return exec(s -> {
            Muestra.CasoDeMuestra k = alAzar(muestra.de(perfil(s)));
            double u = ThreadLocalRandom.current().nextDouble();
            String texto = k == null ? "Cassiani" : u < 0.6 ? k.apellido() : u < 0.8 && !k.documento().isEmpty()
                    ? k.documento() : k.radicado();
            return s.set("texto", texto);
        }).exec(http(BUSCAR).get("casos").queryParam("texto", "#{texto}")
                .header("Authorization", SimulacionRuta::token).check(status().is(200)));
    }

    private ChainBuilder verCaso() {
        return doIfOrElse(s -> !muestra.de(perfil(s)).isEmpty() || s.contains("casoPropio")).then(
                exec(s -> {
                    Muestra.CasoDeMuestra k = alAzar(muestra.de(perfil(s)));
                    return s.set("caso", k == null ? s.getLong("casoPropio") : k.id());
                }).exec(http(VER_CASO).get("casos/#{caso}").header("Authorization", SimulacionRuta::token)
                        .check(status().is(200))))
                .orElse(buscar());
    }

    private ChainBuilder registrarPersona() {
        return exec(http(REGISTRAR_PERSONA).post("personas").header("Authorization", SimulacionRuta::token)
                .header("Idempotency-Key", s -> UUID.randomUUID().toString())
                .body(StringBody(s -> personaNueva()))
                .check(status().is(201), jsonPath("$.id").ofLong().saveAs("personaPropia")));
    }

    /**
     * Abre un caso de la ruta del perfil en su sede, con fecha de hoy: para la persona que el gestor acaba de
     * registrar si la hay, y si no para el titular de otro caso que vuelve.
     */
    private ChainBuilder abrirCaso() {
        return doIfOrElse(s -> s.contains("personaPropia") || !muestra.de(perfil(s)).isEmpty()).then(
                exec(s -> {
                    long persona = s.contains("personaPropia") ? s.getLong("personaPropia")
                            : alAzar(muestra.de(perfil(s))).personaId();
                    return s.remove("personaPropia").set("cuerpo", apertura(perfil(s), persona));
                }).exec(http(ABRIR_CASO).post("casos").header("Authorization", SimulacionRuta::token)
                        .header("Idempotency-Key", s -> UUID.randomUUID().toString()).body(StringBody("#{cuerpo}"))
                        .check(status().is(201), jsonPath("$.id").ofLong().saveAs("casoPropio"))))
                .orElse(exec(registrarPersona()));
    }

    /** En un caso de la muestra cuyo estado la admite, o en el último que abrió el gestor. */
    private ChainBuilder registrarAtencion() {
        return doIfOrElse(s -> !muestra.atendibles(perfil(s)).isEmpty() || s.contains("casoPropio")).then(
                exec(s -> {
                    Muestra.CasoDeMuestra k = alAzar(muestra.atendibles(perfil(s)));
                    boolean propio = s.contains("casoPropio") && (k == null || ThreadLocalRandom.current()
                            .nextDouble() < 0.3);
                    return s.set("caso", propio ? s.getLong("casoPropio") : k.id());
                }).exec(http(REGISTRAR_ATENCION).post("casos/#{caso}/atenciones")
                        .header("Authorization", SimulacionRuta::token)
                        .header("Idempotency-Key", s -> UUID.randomUUID().toString())
                        .body(StringBody(s -> Json.createObjectBuilder().add("tipo", perfil(s).tipoAtencion)
                                .add("fecha", LocalDate.now(Hoy.COLOMBIA).toString())
                                .add("notas", "Atención de la prueba de carga").build().toString()))
                        .check(status().is(201))))
                .orElse(abrirCaso());
    }

    private static String token(Session s) {
        return Tokens.de(s.getString("usuario"));
    }

    private static Perfil perfil(Session s) {
        return s.get("perfil");
    }

    private static <T> T alAzar(List<T> lista) {
        return lista.isEmpty() ? null : lista.get(ThreadLocalRandom.current().nextInt(lista.size()));
    }

    private static String personaNueva() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return Json.createObjectBuilder().add("tipoDocumento", "CC")
                .add("numeroDocumento", String.valueOf(DOCUMENTOS.incrementAndGet()))
                .add("nombres", alAzar(NOMBRES)).add("apellidos", alAzar(APELLIDOS))
                .add("fechaNacimiento", LocalDate.of(1960 + r.nextInt(45), 1 + r.nextInt(12), 1 + r.nextInt(28))
                        .toString())
                .add("sexo", r.nextBoolean() ? "MUJER" : "HOMBRE").build().toString();
    }

    private static String apertura(Perfil p, long persona) {
        JsonObjectBuilder datos = Json.createObjectBuilder();
        p.datosDeApertura(LocalDate.now(Hoy.COLOMBIA)).forEach(datos::add);
        return Json.createObjectBuilder().add("ruta", p.ruta.name()).add("sede", p.sede).add("personaId", persona)
                .add("rolPersona", p.rolTitular())
                .add("narrativa", "Caso abierto por la prueba de carga").add("datos", datos).build().toString();
    }

    /** El año en curso a hoy (la mitad de las veces), el cuatrienio a hoy o el año anterior completo. */
    private static String corteAlAzar() {
        LocalDate hoy = LocalDate.now(Hoy.COLOMBIA);
        int anio = Math.min(Math.max(hoy.getYear(), 2024), 2027);
        double u = ThreadLocalRandom.current().nextDouble();
        if (u < 0.5) {
            return "anio=" + anio + "&corte=" + hoy;
        }
        if (u < 0.75 || anio == 2024) {
            return "corte=" + hoy;
        }
        return "anio=" + (anio - 1) + "&corte=" + LocalDate.of(anio - 1, 12, 31);
    }
}
