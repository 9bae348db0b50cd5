package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.indicadores.calculo.Almacen;
import co.gov.cartagena.ruta.indicadores.generador.ServidoresBenchmark;
import co.gov.cartagena.ruta.soporte.Demo;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * El benchmark de la importación (issue 14, ítem 8), con los servidores del benchmark ya arriba sobre la base
 * generada: arma {@code filas} filas de tres rutas (Ayuda Humanitaria Inmediata, Laboratorios de Paz y Casa de
 * Justicia) para la sede de Canapote, con un 2 % de filas malas (apertura antes del plan) y un 5 % de filas de
 * personas que ya están en la base (por documento); las importa por la API como las subiría la coordinadora (archivos
 * de a lo sumo {@value #POR_ARCHIVO} filas, un lote cada uno), mide filas por segundo con el almacén de indicadores
 * mantenido en cada transacción y, al final, cuánto tarda el recuento completo y si coincide con el almacén. Escribe
 * {@code target/benchmark/importacion.md}. Semilla fija: dos corridas arman los mismos archivos, salvo los documentos y
 * los nombres de las personas nuevas, que cambian con la hora: con los mismos nombres y fechas de nacimiento que una
 * corrida anterior sobre la misma base, cada fila sería una persona parecida que espera una decisión.
 */
public final class ImportacionMasiva {

    static final int POR_ARCHIVO = 10_000;
    private static final String SEDE = "CJ-CANAPOTE";
    private static final String[] NOMBRES = {"Luz", "Ana", "Rosa", "Yeison", "Kevin", "Dayana", "Luis", "Marta",
        "Jhon", "Yuranis", "Carlos", "Dairo"};

    private ImportacionMasiva() {
    }

    public static void correr(ServidoresBenchmark s, int filas) throws Exception {
        // Tope de tiempo para enviar archivos: pasado, no se envía el siguiente (el recuento y el informe se hacen igual).
        int minutos = Integer.getInteger("benchmark.importacion.minutos", 24 * 60);
        System.setProperty("ruta.pruebas.puerto.keycloak", String.valueOf(s.puertoKeycloak()));
        Random azar = new Random(20_260_101L);
        LocalDate hoy = LocalDate.now(ZoneId.of("America/Bogota"));
        long base = 5_000_000_000L + (System.currentTimeMillis() / 1000 % 100_000) * 100_000;
        Random nombres = new Random(base);
        List<String[]> existentes = new ArrayList<>();
        Map<String, Object> antes;
        try (Connection c = DriverManager.getConnection(s.urlJdbc(), s.usuarioDb(), s.claveDb());
                Statement st = c.createStatement();
                ResultSet r = st.executeQuery("SELECT numero_documento, nombres, apellidos FROM persona"
                        + " WHERE tipo_documento = 'CC' AND fusionada_en IS NULL LIMIT " + (filas * 5 / 100))) {
            while (r.next()) {
                existentes.add(new String[] {r.getString(1), r.getString(2), r.getString(3)});
            }
            antes = new LinkedHashMap<>(Almacen.leer(c, null, hoy));
        }
        Map<Ruta, List<Map<String, String>>> porRuta = new LinkedHashMap<>();
        int malas = 0;
        int deExistentes = 0;
        for (int i = 0; i < filas; i++) {
            int dado = azar.nextInt(100);
            Ruta ruta = dado < 60 ? Ruta.AYUDA_HUMANITARIA_INMEDIATA : dado < 80 ? Ruta.LABORATORIOS_DE_PAZ
                    : Ruta.CASA_DE_JUSTICIA;
            LocalDate apertura = LocalDate.of(2024, 1, 10).plusDays(azar.nextInt(
                    (int) (hoy.toEpochDay() - LocalDate.of(2024, 1, 10).toEpochDay())));
            Map<String, String> f = new LinkedHashMap<>();
            boolean existente = ruta == Ruta.AYUDA_HUMANITARIA_INMEDIATA && i % 20 == 7 && deExistentes < existentes.size();
            if (existente) {
                String[] p = existentes.get(deExistentes++);
                f.put("tipoDocumento", "CC");
                f.put("numeroDocumento", p[0]);
                f.put("nombres", p[1]);
                f.put("apellidos", p[2]);
            } else {
                boolean joven = ruta == Ruta.LABORATORIOS_DE_PAZ;
                f.put("tipoDocumento", joven ? "TI" : "CC");
                f.put("numeroDocumento", String.valueOf(base + i));
                f.put("nombres", NOMBRES[azar.nextInt(NOMBRES.length)] + " " + palabra(nombres));
                f.put("apellidos", palabra(nombres) + " " + palabra(nombres));
                f.put("fechaNacimiento", (joven ? apertura.minusYears(13 + azar.nextInt(10))
                        : LocalDate.of(1950 + azar.nextInt(50), 1 + azar.nextInt(12), 1 + azar.nextInt(28)))
                        .minusDays(azar.nextInt(300)).toString());
                f.put("sexo", azar.nextBoolean() ? "MUJER" : "HOMBRE");
            }
            boolean mala = i % 50 == 13;
            if (mala) {
                malas++;
            }
            f.put("fechaApertura", mala ? "2023-06-01" : apertura.toString());
            switch (ruta) {
                case AYUDA_HUMANITARIA_INMEDIATA -> {
                    f.put("fechaDeclaracion", apertura.minusDays(1).toString());
                    f.put("entidadDeclaracion", "PERSONERIA");
                    f.put("hechoVictimizante", azar.nextBoolean() ? "AMENAZA" : "DESPLAZAMIENTO_FORZADO");
                    f.put("fechaHecho", apertura.minusDays(5).toString());
                    f.put("estado", "CUMPLE_REQUISITOS");
                    f.put("fechaVerificacion", apertura.toString());
                    f.put("tipoAtencion", "ALIMENTACION");
                }
                case LABORATORIOS_DE_PAZ -> f.put("tipoAtencion", "SESION");
                default -> {
                    f.put("asunto", "FAMILIA");
                    f.put("tipoAtencion", "ORIENTACION_JURIDICA");
                }
            }
            f.put("fechaAtencion", apertura.toString());
            porRuta.computeIfAbsent(ruta, k -> new ArrayList<>()).add(f);
        }

        String api = s.urlRuta() + "/api/v1/importaciones";
        // HTTP/1.1: con HTTP/2 (h2c) la petición que seguía a una importación larga fallaba con «EOF reached».
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(30)).build();
        int creadas = 0;
        int conError = 0;
        int archivos = 0;
        List<String> detalle = new ArrayList<>();
        String cargaAntes = cargaDeLaMaquina();
        long inicio = System.nanoTime();
        // Los archivos de las tres rutas, alternados: si el tope de tiempo corta la corrida, lo importado sigue mezclado.
        List<Map.Entry<Ruta, List<Map<String, String>>>> porArchivo = new ArrayList<>();
        for (int desde = 0; porArchivo.size() < archivosDe(porRuta); desde += POR_ARCHIVO) {
            for (var e : porRuta.entrySet()) {
                List<Map<String, String>> todas = e.getValue();
                if (desde < todas.size()) {
                    porArchivo.add(Map.entry(e.getKey(), todas.subList(desde, Math.min(todas.size(),
                            desde + POR_ARCHIVO))));
                }
            }
        }
        int enviadas = 0;
        for (var e : porArchivo) {
            if (System.nanoTime() - inicio > minutos * 60e9) {
                System.out.printf(Locale.ROOT, "  tope de %d minutos: no se envían los %d archivos restantes%n",
                        minutos, porArchivo.size() - archivos);
                break;
            }
            List<Columna> columnas = ColumnasDeRuta.de(e.getKey(), List.of(SEDE));
            List<Map<String, String>> parte = e.getValue();
            StringBuilder csv = new StringBuilder(String.join(";", columnas.stream().map(Columna::encabezado)
                    .toList())).append("\r\n");
            for (Map<String, String> f : parte) {
                csv.append(String.join(";", columnas.stream().map(c -> f.getOrDefault(c.clave(), "")).toList()))
                        .append("\r\n");
            }
            long t = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(api + "?ruta=" + e.getKey()
                    + "&sede=" + SEDE)).header("Authorization", "Bearer " + Demo.token("coordinadora.canapote"))
                    .header("Content-Type", "application/octet-stream")
                    .header("X-Nombre-Archivo", "benchmark-" + e.getKey().name().toLowerCase(Locale.ROOT) + ".csv")
                    .POST(HttpRequest.BodyPublishers.ofString(csv.toString(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
            double segundos = (System.nanoTime() - t) / 1e9;
            if (r.statusCode() != 201) {
                throw new IllegalStateException("La importación respondió " + r.statusCode() + ": " + r.body());
            }
            var cuerpo = Demo.json(r.body());
            creadas += cuerpo.getInt("creadas");
            conError += cuerpo.getInt("filasConError");
            archivos++;
            enviadas += parte.size();
            String linea = String.format(Locale.ROOT, "| %s | %,d | %,d | %,d | %.1f | %.1f |", e.getKey(),
                    parte.size(), cuerpo.getInt("creadas"), cuerpo.getInt("filasConError"), segundos,
                    parte.size() / segundos);
            detalle.add(linea);
            System.out.println("  " + linea);
        }
        double total = (System.nanoTime() - inicio) / 1e9;
        String cargaDespues = cargaDeLaMaquina();
        Map<String, String> diferencias;
        double recuento;
        Map<String, Object> despues;
        try (Connection c = DriverManager.getConnection(s.urlJdbc(), s.usuarioDb(), s.claveDb())) {
            long t = System.nanoTime();
            diferencias = Almacen.diferencias(c, null, hoy, 0);
            recuento = (System.nanoTime() - t) / 1e9;
            despues = new LinkedHashMap<>(Almacen.leer(c, null, hoy));
        }
        StringBuilder md = new StringBuilder("# Benchmark de la importación\n\n");
        md.append("Base: ").append(s.datos()).append("\n\n");
        md.append(String.format(Locale.ROOT, "Filas armadas: %,d en %d archivos (a lo sumo %,d filas cada uno); %,d"
                + " malas a propósito, %,d de personas que ya estaban en la base.%n%n", filas, porArchivo.size(),
                POR_ARCHIVO, malas, deExistentes));
        if (enviadas < filas) {
            md.append(String.format(Locale.ROOT, "**Importadas: %,d de las %,d filas** (%d de %d archivos): la"
                    + " corrida tenía un tope de %d minutos (`-Dbenchmark.importacion.minutos`) y los archivos"
                    + " restantes no se enviaron.%n%n", enviadas, filas, archivos, porArchivo.size(), minutos));
        }
        md.append("| Ruta | Filas | Creadas | Con error | Segundos | Filas/s |\n|---|---:|---:|---:|---:|---:|\n");
        detalle.forEach(l -> md.append(l).append('\n'));
        md.append(String.format(Locale.ROOT, "%nTotal: %,d filas en %.1f s = **%.1f filas/s** (%,d creadas, %,d con"
                + " error), con el almacén de indicadores mantenido en cada transacción.%n%n", enviadas, total,
                enviadas / total, creadas, conError));
        md.append(String.format(Locale.ROOT, "Carga de la máquina (%d núcleos; /proc/loadavg: 1, 5 y 15 min) al empezar"
                + " la importación: %s; al terminarla: %s.%n%n", Runtime.getRuntime().availableProcessors(), cargaAntes,
                cargaDespues));
        md.append(String.format(Locale.ROOT, "Recuento completo después: %.1f s; %s.%n", recuento,
                diferencias.isEmpty() ? "el almacén coincide con el recuento"
                        : "DIFERENCIAS entre almacén y recuento: " + diferencias));
        md.append(String.format(Locale.ROOT, "Indicadores que cambiaron: %d de %d.%n", despues.entrySet().stream()
                .filter(x -> !x.getValue().equals(antes.get(x.getKey()))).count(), despues.size()));
        Files.writeString(s.carpeta().resolve("importacion.md"), md.toString());
        System.out.println(md);
    }

    private static int archivosDe(Map<Ruta, List<Map<String, String>>> porRuta) {
        return porRuta.values().stream().mapToInt(l -> (l.size() + POR_ARCHIVO - 1) / POR_ARCHIVO).sum();
    }

    /** La carga media de la máquina (1, 5 y 15 minutos), o «no disponible» fuera de Linux. */
    private static String cargaDeLaMaquina() {
        try {
            String[] c = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return c[0] + " / " + c[1] + " / " + c[2];
        } catch (java.io.IOException | RuntimeException e) {
            return "no disponible";
        }
    }

    private static String palabra(Random azar) {
        StringBuilder s = new StringBuilder();
        s.append((char) ('A' + azar.nextInt(26)));
        for (int i = 0; i < 6; i++) {
            s.append((char) ('a' + azar.nextInt(26)));
        }
        return s.toString();
    }
}
