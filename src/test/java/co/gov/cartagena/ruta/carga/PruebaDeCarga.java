package co.gov.cartagena.ruta.carga;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import co.gov.cartagena.ruta.indicadores.generador.ServidoresBenchmark;
import com.typesafe.config.ConfigFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * La prueba de carga ({@code mvn -B -Pbenchmark verify -Dbenchmark.carga=true}): con Ruta, Keycloak y la base
 * generada ya arriba, toma una muestra de casos, corre {@link SimulacionRuta} con Gatling en este mismo proceso una
 * vez por cada número de gestores de {@code -Dbenchmark.carga.usuarios} (por defecto 50 y luego 100), con
 * {@code -Dbenchmark.carga.supervisores} supervisores (5) y todos activos durante {@code -Dbenchmark.carga.minutos}
 * (5), y escribe {@code target/benchmark/carga.md} con las cifras de cada corrida. Los reportes HTML de Gatling
 * quedan en {@code target/benchmark/carga/gatling/}.
 */
public final class PruebaDeCarga {

    /** Casos de la muestra por perfil. */
    static final int MUESTRA = 2_000;

    private PruebaDeCarga() {
    }

    public static void correr(ServidoresBenchmark servidores) throws Exception {
        List<Integer> etapas = Arrays.stream(System.getProperty("benchmark.carga.usuarios", "50,100").split(","))
                .map(String::trim).filter(t -> !t.isEmpty()).map(Integer::valueOf).toList();
        int supervisores = Integer.getInteger("benchmark.carga.supervisores", 5);
        double minutos = Double.parseDouble(System.getProperty("benchmark.carga.minutos", "5"));
        Path dir = Files.createDirectories(servidores.carpeta().resolve("carga"));
        Path reportes = Files.createDirectories(dir.resolve("gatling"));

        silenciarRegistros();
        Muestra muestra;
        try (Connection c = conexion(servidores)) {
            muestra = Muestra.tomar(c, MUESTRA);
        }
        Path archivoMuestra = dir.resolve("muestra.tsv");
        muestra.escribir(archivoMuestra);
        System.out.println("[carga] muestra: " + muestra.resumen());

        System.setProperty("ruta.pruebas.puerto.keycloak", String.valueOf(servidores.puertoKeycloak()));
        System.setProperty("carga.url", servidores.urlRuta());
        System.setProperty("carga.muestra", archivoMuestra.toString());
        // Gatling lee su configuración de las propiedades de sistema: sin estadísticas de uso (no hay red hacia
        // fuera) y los percentiles del informe fijos.
        System.setProperty("gatling.enableAnalytics", "false");
        System.setProperty("gatling.charting.indicators.percentile1", "50");
        System.setProperty("gatling.charting.indicators.percentile2", "75");
        System.setProperty("gatling.charting.indicators.percentile3", "95");
        System.setProperty("gatling.charting.indicators.percentile4", "99");
        ConfigFactory.invalidateCaches();
        Tokens.asegurar(Perfil.usuarios());

        InformeDeCarga informe = new InformeDeCarga(servidores.datos(), muestra.resumen(), rampa(minutos));
        double calentamiento = Double.parseDouble(System.getProperty("benchmark.carga.calentamiento", "1"));
        if (calentamiento > 0) {
            // El servidor recién levantado (JIT, consultas preparadas, conexiones del pool) no cuenta.
            informe.agregar(corrida(servidores, reportes, true, Math.min(10, etapas.get(0)), supervisores,
                    calentamiento));
        }
        for (int usuarios : etapas) {
            informe.agregar(corrida(servidores, reportes, false, usuarios, supervisores, minutos));
        }
        informe.escribir(servidores.carpeta().resolve("carga.md"));
    }

    /** Una corrida de {@link SimulacionRuta} en este proceso, con lo que dejó en la base. */
    private static InformeDeCarga.Corrida corrida(ServidoresBenchmark servidores, Path reportes,
            boolean calentamiento, int usuarios, int supervisores, double minutos) throws Exception {
        System.setProperty("carga.usuarios", String.valueOf(usuarios));
        System.setProperty("carga.supervisores", String.valueOf(supervisores));
        System.setProperty("carga.segundos", String.valueOf(Math.round(minutos * 60)));
        System.setProperty("carga.rampa", String.valueOf(rampa(minutos)));
        String descripcion = String.format(Locale.ROOT, "%s%d gestores y %d supervisores, %s min",
                calentamiento ? "Calentamiento: " : "", usuarios, supervisores, minutos);
        System.out.println("[carga " + Instant.now() + "] " + descripcion);
        long casosAntes;
        long atencionesAntes;
        try (Connection c = conexion(servidores)) {
            casosAntes = mayorId(c, "caso");
            atencionesAntes = mayorId(c, "atencion");
        }
        Instant inicio = Instant.now();
        // Gatling 3.13 ya no trae GatlingPropertiesBuilder: se le pasan los argumentos de su línea de comandos, y
        // fromArgs (a diferencia de main) devuelve el código en lugar de terminar el proceso.
        int resultado = io.gatling.app.Gatling$.MODULE$.fromArgs(new String[] {
            "--simulation", SimulacionRuta.class.getName(),
            "--results-folder", reportes.toString(),
            "--run-description", descripcion,
            "--launcher", "ruta-benchmark"});
        Instant fin = Instant.now();
        long casosNuevos;
        long atencionesNuevas;
        try (Connection c = conexion(servidores)) {
            casosNuevos = contarDesde(c, "caso", casosAntes);
            atencionesNuevas = contarDesde(c, "atencion", atencionesAntes);
        }
        Path reporte = ultimoReporte(reportes);
        return new InformeDeCarga.Corrida(calentamiento, usuarios, supervisores, minutos, inicio, fin, resultado,
                servidores.carpeta().relativize(reporte), InformeDeCarga.leerEstadisticas(reporte), casosNuevos,
                atencionesNuevas);
    }

    /** Entrada escalonada de los usuarios: un minuto, o la quinta parte de una corrida corta (5 s como mínimo). */
    static long rampa(double minutos) {
        return Math.max(5, Math.min(60, Math.round(minutos * 60) / 5));
    }

    /**
     * Logback (lo trae Gatling) escribe por defecto en DEBUG: una línea por paquete de red o por consulta JDBC durante
     * la carga la frena y ensucia la medición. Quedan INFO y, de Netty, solo advertencias.
     */
    private static void silenciarRegistros() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext contexto) {
            contexto.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(Level.INFO);
            contexto.getLogger("io.netty").setLevel(Level.WARN);
        }
    }

    private static Connection conexion(ServidoresBenchmark s) throws SQLException {
        return DriverManager.getConnection(s.urlJdbc(), s.usuarioDb(), s.claveDb());
    }

    private static long mayorId(Connection c, String tabla) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(id), 0) FROM "
                + tabla)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long contarDesde(Connection c, String tabla, long id) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + tabla
                + " WHERE id > " + id)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** La carpeta de la corrida que Gatling acaba de escribir (la más reciente con {@code js/stats.js}). */
    private static Path ultimoReporte(Path reportes) throws IOException {
        try (Stream<Path> carpetas = Files.list(reportes)) {
            return carpetas.filter(p -> Files.exists(p.resolve("js/stats.js")))
                    .max(Comparator.comparing(p -> p.toFile().lastModified()))
                    .orElseThrow(() -> new IllegalStateException("Gatling no dejó reporte en " + reportes));
        }
    }
}
