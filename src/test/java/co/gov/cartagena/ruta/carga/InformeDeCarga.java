package co.gov.cartagena.ruta.carga;

import co.gov.cartagena.ruta.indicadores.generador.RendimientoIndicadores;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Las cifras de cada corrida de Gatling, leídas de su reporte ({@code js/stats.js}), y su tabla en Markdown:
 * rendimiento, p50/p95/p99 por operación, errores y casos abiertos por segundo, frente a las metas (p95 de 300 ms
 * para lecturas y 500 ms para escrituras con 100 gestores).
 */
final class InformeDeCarga {

    static final double META_LECTURA_MS = 300;
    static final double META_ESCRITURA_MS = 500;

    /** Lo que Gatling calculó para una operación (o para todas: «All Requests»). Tiempos en ms. */
    record Estadistica(String nombre, long peticiones, long ok, long errores, double porSegundo, double okPorSegundo,
            double p50, double p95, double p99, double maximo) {
    }

    record Corrida(boolean calentamiento, int usuarios, int supervisores, double minutos, Instant inicio, Instant fin,
            int resultadoGatling, Path reporte, List<Estadistica> estadisticas, long casosNuevos,
            long atencionesNuevas) {

        Estadistica total() {
            return estadisticas.get(0);
        }

        Estadistica de(String operacion) {
            return estadisticas.stream().filter(e -> e.nombre().equals(operacion)).findFirst().orElse(null);
        }
    }

    private final String datos;
    private final String muestra;
    private final long rampa;
    private final List<Corrida> corridas = new ArrayList<>();

    InformeDeCarga(String datos, String muestra, long rampa) {
        this.datos = datos;
        this.muestra = muestra;
        this.rampa = rampa;
    }

    void agregar(Corrida c) {
        corridas.add(c);
    }

    /**
     * Lee {@code js/stats.js}: un objeto JavaScript cuyas claves externas no llevan comillas, pero cada bloque
     * {@code stats: {…}} (el global primero y luego uno por petición) es JSON.
     */
    static List<Estadistica> leerEstadisticas(Path reporte) throws IOException {
        String js = Files.readString(reporte.resolve("js/stats.js"));
        List<Estadistica> lista = new ArrayList<>();
        Matcher m = Pattern.compile("\\bstats:\\s*\\{").matcher(js);
        Map<String, Estadistica> porNombre = new LinkedHashMap<>();
        while (m.find()) {
            int inicio = m.end() - 1;
            String bloque = js.substring(inicio, cierre(js, inicio) + 1);
            JsonObject o;
            try (var lector = Json.createReader(new StringReader(bloque))) {
                o = lector.readObject();
            }
            String nombre = o.getString("name");
            porNombre.putIfAbsent(nombre, new Estadistica(nombre, (long) numero(o, "numberOfRequests", "total"),
                    (long) numero(o, "numberOfRequests", "ok"), (long) numero(o, "numberOfRequests", "ko"),
                    numero(o, "meanNumberOfRequestsPerSecond", "total"),
                    numero(o, "meanNumberOfRequestsPerSecond", "ok"), numero(o, "percentiles1", "total"),
                    numero(o, "percentiles3", "total"), numero(o, "percentiles4", "total"),
                    numero(o, "maxResponseTime", "total")));
        }
        // «All Requests» primero y luego las operaciones en el orden del escenario.
        lista.addAll(porNombre.values());
        lista.subList(1, lista.size()).sort(java.util.Comparator.comparingInt(e -> {
            int i = SimulacionRuta.OPERACIONES.indexOf(e.nombre());
            return i < 0 ? Integer.MAX_VALUE : i;
        }));
        if (lista.isEmpty()) {
            throw new IllegalStateException("Sin estadísticas en " + reporte.resolve("js/stats.js"));
        }
        return lista;
    }

    private static int cierre(String texto, int abre) {
        int nivel = 0;
        boolean enCadena = false;
        for (int i = abre; i < texto.length(); i++) {
            char ch = texto.charAt(i);
            if (enCadena) {
                if (ch == '\\') {
                    i++;
                } else if (ch == '"') {
                    enCadena = false;
                }
            } else if (ch == '"') {
                enCadena = true;
            } else if (ch == '{') {
                nivel++;
            } else if (ch == '}' && --nivel == 0) {
                return i;
            }
        }
        throw new IllegalStateException("Bloque sin cerrar en stats.js");
    }

    /** Gatling escribe los números como texto, y «-» cuando no hay datos. */
    private static double numero(JsonObject o, String campo, String parte) {
        JsonObject c = o.getJsonObject(campo);
        if (c == null || !c.containsKey(parte)) {
            return Double.NaN;
        }
        JsonValue v = c.get(parte);
        try {
            return switch (v.getValueType()) {
                case NUMBER -> c.getJsonNumber(parte).doubleValue();
                case STRING -> Double.parseDouble(c.getString(parte).replace(",", ""));
                default -> Double.NaN;
            };
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    void escribir(Path archivo) throws IOException {
        StringBuilder md = new StringBuilder("# Prueba de carga\n\n");
        md.append("Medida con `mvn -B -Pbenchmark verify -Dbenchmark.carga=true` (escenario en `docs/carga.md`).\n\n");
        md.append("| | |\n|---|---|\n");
        md.append("| CPU | ").append(RendimientoIndicadores.cpu()).append(" (")
                .append(Runtime.getRuntime().availableProcessors()).append(" núcleos visibles) |\n");
        md.append("| Memoria | ").append(RendimientoIndicadores.memoria()).append(" |\n");
        md.append("| Java | ").append(System.getProperty("java.version")).append(" |\n");
        md.append("| Datos | ").append(datos).append(" |\n");
        md.append("| Muestra | ").append(muestra).append(" |\n\n");
        md.append(String.format(Locale.ROOT, "Metas: 0 errores; p95 ≤ %.0f ms en lecturas y ≤ %.0f ms en escrituras"
                + " con 100 gestores. Los tiempos incluyen la entrada escalonada de %d s al comienzo y la salida al"
                + " final; los percentiles son de todas las respuestas, también las fallidas.%n", META_LECTURA_MS,
                META_ESCRITURA_MS, rampa));
        for (Corrida c : corridas) {
            Estadistica t = c.total();
            Estadistica abrir = c.de(SimulacionRuta.ABRIR_CASO);
            double duracion = Duration.between(c.inicio(), c.fin()).toMillis() / 1000.0;
            if (c.calentamiento()) {
                md.append(String.format(Locale.ROOT, "%nCalentamiento previo (no cuenta): %d gestores y %d"
                        + " supervisores durante %s min, %,d peticiones, %,d errores, p95 %.0f ms. Reporte:"
                        + " `%s/index.html`.%n",
                        c.usuarios(), c.supervisores(), formato(c.minutos()), t.peticiones(), t.errores(), t.p95(),
                        c.reporte()));
                continue;
            }
            md.append(String.format(Locale.ROOT, "%n## %d gestores y %d supervisores, %s min con todos activos%n%n",
                    c.usuarios(), c.supervisores(), formato(c.minutos())));
            md.append(String.format(Locale.ROOT, "Del %s al %s (%.0f s). Reporte de Gatling: `%s/index.html`.%n%n",
                    c.inicio(), c.fin(), duracion, c.reporte()));
            md.append("| Operación | Tipo | Peticiones | Errores | Por segundo | p50 | p95 | p99 | Máx | Meta p95 |"
                    + " ¿Cumple? |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (Estadistica e : c.estadisticas().subList(1, c.estadisticas().size())) {
                boolean escritura = SimulacionRuta.ESCRITURAS.contains(e.nombre());
                double meta = escritura ? META_ESCRITURA_MS : META_LECTURA_MS;
                md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %.2f | %.0f ms | %.0f ms | %.0f ms |"
                        + " %.0f ms | %.0f ms | %s |%n", e.nombre(), escritura ? "escritura" : "lectura",
                        e.peticiones(), e.errores(), e.porSegundo(), e.p50(), e.p95(), e.p99(), e.maximo(), meta,
                        cumple(e, meta)));
            }
            md.append(String.format(Locale.ROOT, "| **Todas** | | **%,d** | **%,d** | **%.2f** | %.0f ms | %.0f ms |"
                    + " %.0f ms | %.0f ms | | |%n%n", t.peticiones(), t.errores(), t.porSegundo(), t.p50(), t.p95(),
                    t.p99(), t.maximo()));
            md.append(String.format(Locale.ROOT, "- Rendimiento: **%.2f peticiones/s**; errores: **%,d**.%n",
                    t.porSegundo(), t.errores()));
            md.append(String.format(Locale.ROOT, "- Casos abiertos con el almacén de indicadores mantenido en la misma"
                    + " transacción: **%.2f por segundo** (%,d aperturas correctas).%n",
                    abrir == null ? 0 : abrir.okPorSegundo(), abrir == null ? 0 : abrir.ok()));
            md.append(String.format(Locale.ROOT, "- En la base, %,d casos y %,d atenciones nuevos durante la"
                    + " corrida.%n", c.casosNuevos(), c.atencionesNuevas()));
            if (c.resultadoGatling() != 0) {
                md.append("- **Gatling terminó con código ").append(c.resultadoGatling()).append("**.\n");
            }
        }
        Files.writeString(archivo, md.toString());
        System.out.println();
        System.out.println(md);
        System.out.println("Resultados en " + archivo);
    }

    private static String cumple(Estadistica e, double meta) {
        if (e.errores() > 0) {
            return "no (" + e.errores() + " errores)";
        }
        return e.p95() <= meta ? "sí" : String.format(Locale.ROOT, "no (+%.0f ms)", e.p95() - meta);
    }

    private static String formato(double minutos) {
        return minutos == Math.rint(minutos) ? String.valueOf((long) minutos) : String.valueOf(minutos);
    }
}
