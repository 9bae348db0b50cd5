package co.gov.cartagena.ruta.indicadores.generador;

import static co.gov.cartagena.ruta.soporte.HoyDePrueba.HOY;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.ConvertidorDatosRuta;
import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.casos.RolParticipante;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.Textos;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Generador de datos sintéticos verosímiles para Cartagena, reproducible desde una semilla: sedes (las de la línea
 * base más las que se crean en el cuatrienio, con su historia de estados), personas (algunas en varios casos), casos
 * de todas las rutas con su historia de estados, sus campos propios y sus atenciones, y actividades colectivas con
 * sus evidencias. Los estados, los campos exigidos, las atenciones por estado, los tipos de sede y la edad del
 * titular salen de la {@link DefinicionRuta} de cada ruta: lo generado pasa las mismas validaciones que la
 * aplicación. Escribe por JDBC, en lotes, con las llaves foráneas desactivadas durante la carga.
 *
 * <p>Uso (con el esquema ya migrado):
 * {@code GeneradorDatos.cargar(conexion, Parametros.de(semilla, casos, atenciones))}. Se niega a escribir en una
 * base que ya tiene casos salvo con {@code anexar}.
 */
public final class GeneradorDatos {

    /** Fechas de los datos: del inicio del cuatrienio al día de la medición. */
    /** Los campos de la ruta se escriben como los escribe {@code Caso}: con su convertidor. */
    private static final ConvertidorDatosRuta DATOS_RUTA = new ConvertidorDatosRuta();

    public static final LocalDate DESDE = LocalDate.of(2024, 1, 1);
    public static final LocalDate HASTA = LocalDate.of(2026, 11, 24);

    /**
     * @param personas  personas distintas (por defecto el 70 % de los casos: hay quien vuelve en otro caso)
     * @param actividades actividades colectivas (por defecto una por cada 50 casos: 20.000 con un millón)
     * @param anexar    escribir aunque la base ya tenga casos (sigue los identificadores y los consecutivos)
     */
    public record Parametros(long semilla, int casos, long atenciones, int personas, int actividades, boolean anexar) {

        public Parametros {
            if (casos < 100) {
                throw new IllegalArgumentException("El generador necesita al menos 100 casos para usar todas las rutas");
            }
            if (atenciones < 0 || personas < 1 || actividades < 0) {
                throw new IllegalArgumentException("Parámetros inválidos");
            }
        }

        public static Parametros de(long semilla, int casos, long atenciones) {
            return new Parametros(semilla, casos, atenciones, (int) Math.round(casos * 0.7), Math.max(40, casos / 50),
                    false);
        }

        public static Parametros porDefecto(long semilla) {
            return de(semilla, 1_000_000, 3_000_000);
        }

        public Parametros anexando() {
            return new Parametros(semilla, casos, atenciones, personas, actividades, true);
        }
    }

    /** Lo que se escribió: filas por tabla, tiempo y rutas del contrato que no existen en esta versión. */
    public record Resultado(Map<Tabla, Long> filas, long nanos, List<String> rutasOmitidas) {

        public long totalFilas() {
            return filas.values().stream().mapToLong(Long::longValue).sum();
        }

        public double filasPorSegundo() {
            return totalFilas() / (nanos / 1e9);
        }

        public long de(Tabla t) {
            return filas.getOrDefault(t, 0L);
        }
    }

    /** Perfil de una ruta: cuántos casos por millón, sedes donde se lleva y cómo suele avanzar. */
    record Perfil(String ruta, int porMillon, double factorAtenciones, double probCierre, int diasPaso,
            String... sedes) {
    }

    /** Las rutas del contrato de datos con su peso en Cartagena (la de Casa de Justicia absorbe el resto). */
    static final List<Perfil> PERFILES = List.of(
            new Perfil("CASA_DE_JUSTICIA", 519_000, 1.6, 0.55, 20, "CJ-*:3", "CC-*:1"),
            new Perfil("VIOLENCIA_INTRAFAMILIAR", 330_000, 4.5, 0.35, 25, "CF-*:3", "CFM-*:1"),
            new Perfil("AYUDA_HUMANITARIA_INMEDIATA", 9_000, 6, 0.4, 8, "SICC:4", "CJ-*:1"),
            new Perfil("TRATA_DE_PERSONAS", 900, 8, 0.3, 10, "SICC:1"),
            new Perfil("PROTECCION_PREVENTIVA", 3_000, 3, 0.3, 15, "SICC:1"),
            new Perfil("LABORATORIOS_DE_PAZ", 25_000, 7, 0.2, 120, "SICC:2", "CJ-*:1"),
            new Perfil("PROYECTOS_DE_VIDA", 20_000, 7, 0.2, 120, "SICC:2", "CJ-*:1"),
            new Perfil("ATENCION_PSICOSOCIAL_VICTIMAS", 25_000, 6, 0.15, 90, "SICC:1"),
            new Perfil("UNIDADES_PRODUCTIVAS", 2_500, 3, 0.1, 60, "SICC:1"),
            new Perfil("MESA_DE_VICTIMAS", 60, 10, 0.0, 300, "SICC:1"),
            new Perfil("TRASMALLO_MUJERES_VIOLETAS", 12_000, 6, 0.15, 120, "SICC:2", "CJ-*:1"),
            new Perfil("REINTEGRACION", 4_000, 8, 0.1, 150, "SICC:1"),
            new Perfil("PPL_PSICOSOCIAL", 15_000, 6, 0.1, 100, "ER-*:1"),
            new Perfil("CENTRO_INTEGRATE", 34_000, 2.5, 0.3, 30, "CI-*:1"));

    static final Set<String> TITULAR_VICTIMA = Set.of("ATENCION_PSICOSOCIAL_VICTIMAS", "UNIDADES_PRODUCTIVAS",
            "MESA_DE_VICTIMAS", "AYUDA_HUMANITARIA_INMEDIATA");
    static final Set<String> TITULAR_MUJER = Set.of("TRASMALLO_MUJERES_VIOLETAS");
    static final int MINIMO_POR_RUTA = 3;

    /** Probabilidad de quedarse en un estado (no avanzar más); el resto, 0,3. */
    static final Map<String, Double> QUEDARSE = Map.ofEntries(
            Map.entry("CASA_DE_JUSTICIA:ORIENTACION", 0.7), Map.entry("CASA_DE_JUSTICIA:CONCILIACION_SOLICITADA", 0.15),
            Map.entry("CASA_DE_JUSTICIA:AUDIENCIA_DE_CONCILIACION", 0.1),
            Map.entry("AYUDA_HUMANITARIA_INMEDIATA:REGISTRADO", 0.08),
            Map.entry("VIOLENCIA_INTRAFAMILIAR:SOLICITUD", 0.15), Map.entry("VIOLENCIA_INTRAFAMILIAR:SEGUIMIENTO", 0.7),
            Map.entry("VIOLENCIA_INTRAFAMILIAR:INCUMPLIMIENTO", 0.2),
            Map.entry("UNIDADES_PRODUCTIVAS:POSTULADO", 0.15), Map.entry("UNIDADES_PRODUCTIVAS:APROBADO", 0.25),
            Map.entry("MESA_DE_VICTIMAS:ACTIVO", 0.85), Map.entry("LABORATORIOS_DE_PAZ:VINCULADO", 0.45),
            Map.entry("PROYECTOS_DE_VIDA:VINCULADO", 0.45), Map.entry("ATENCION_PSICOSOCIAL_VICTIMAS:VINCULADO", 0.5),
            Map.entry("TRASMALLO_MUJERES_VIOLETAS:VINCULADA", 0.5), Map.entry("REINTEGRACION:VINCULADO", 0.6),
            Map.entry("PPL_PSICOSOCIAL:VINCULADO", 0.5), Map.entry("TRATA_DE_PERSONAS:ASISTENCIA_MEDIATA", 1.0));

    /** Peso de cada estado de destino cuando hay varios (el resto pesa 1). */
    static final Map<String, Double> PESO_DESTINO = Map.ofEntries(
            Map.entry("AYUDA_HUMANITARIA_INMEDIATA:CUMPLE_REQUISITOS", 6.0),
            Map.entry("CASA_DE_JUSTICIA:ACUERDO", 1.6), Map.entry("VIOLENCIA_INTRAFAMILIAR:MEDIDA_PROVISIONAL", 2.5),
            Map.entry("PROTECCION_PREVENTIVA:MEDIDAS_ADOPTADAS", 1.5), Map.entry("UNIDADES_PRODUCTIVAS:APROBADO", 3.0),
            Map.entry("LABORATORIOS_DE_PAZ:EGRESADO", 1.8), Map.entry("PROYECTOS_DE_VIDA:EGRESADO", 1.8),
            Map.entry("ATENCION_PSICOSOCIAL_VICTIMAS:EGRESADO", 2.0),
            Map.entry("TRASMALLO_MUJERES_VIOLETAS:EGRESADA", 2.0), Map.entry("REINTEGRACION:EGRESADO", 1.5),
            Map.entry("PPL_PSICOSOCIAL:EGRESADO", 2.0), Map.entry("PPL_PSICOSOCIAL:TRASLADADO", 0.5));

    private final Parametros p;
    private final EstadoInicial inicio;
    private final SplittableRandom rnd;
    private final List<String> omitidas = new ArrayList<>();

    // identificadores (el generador los asigna)
    private long idSede;
    private long idSedeEstado;
    private long idSedeDotacion;
    private long idPersona;
    private long idCaso;
    private long idCasoPersona;
    private long idEvento;
    private long idAtencion;
    private long idAdjunto;
    private long idActividad;
    private final long primeraPersona;

    private final Map<Integer, Long> consecutivos;

    // sedes: código → datos, y su historia de estados para saber si operan en una fecha
    private final Map<String, SedeGen> sedes = new LinkedHashMap<>();

    // personas generadas, en arreglos compactos
    private int nPersonas;
    private int[] nacimiento = new int[1024];
    private byte[] sexo = new byte[1024];
    private boolean[] victima = new boolean[1024];
    private boolean[] extranjera = new boolean[1024];
    private byte[] localidad = new byte[1024];

    private long actasEntrega;
    private Sumidero sumidero;
    private java.util.function.IntConsumer avance = n -> { };

    record SedeGen(long id, String codigo, String tipo, String localidad, TreeMap<LocalDate, String> estados,
            List<String> gestores) {

        boolean opera(LocalDate fecha) {
            var e = estados.floorEntry(fecha);
            return e != null && e.getValue().equals("EN_OPERACION");
        }
    }

    public GeneradorDatos(Parametros p, EstadoInicial inicio) {
        this.p = p;
        this.inicio = inicio;
        this.rnd = new SplittableRandom(p.semilla());
        idSede = inicio.ultimo("sede");
        idSedeEstado = inicio.ultimo("sede_estado");
        idSedeDotacion = inicio.ultimo("sede_dotacion");
        idPersona = inicio.ultimo("persona");
        primeraPersona = idPersona + 1;
        idCaso = inicio.ultimo("caso");
        idCasoPersona = inicio.ultimo("caso_persona");
        idEvento = inicio.ultimo("caso_evento");
        idAtencion = inicio.ultimo("atencion");
        idAdjunto = inicio.ultimo("adjunto");
        idActividad = inicio.ultimo("actividad");
        consecutivos = new HashMap<>(inicio.consecutivos());
    }

    /**
     * Genera todo en la base de la conexión (esquema migrado, cuenta con permiso de INSERT). Rechaza una base con
     * casos salvo que los parámetros digan {@code anexar}. Deja el consecutivo de radicado al día.
     */
    public static Resultado cargar(Connection c, Parametros p) throws SQLException {
        return cargar(c, p, true);
    }

    /**
     * Como {@link #cargar(Connection, Parametros)}; con {@code confirmar} falso escribe dentro de la transacción que
     * ya tiene abierta la conexión (JTA) sin confirmarla: las pruebas la deshacen y la base queda como estaba.
     */
    public static Resultado cargar(Connection c, Parametros p, boolean confirmar) throws SQLException {
        EstadoInicial inicio = EstadoInicial.leer(c);
        if (inicio.casos() > 0 && !p.anexar()) {
            throw new IllegalStateException("La base ya tiene " + inicio.casos() + " casos: el generador no mezcla"
                    + " datos sintéticos con datos existentes. Use una base nueva o pida anexar explícitamente.");
        }
        long t0 = System.nanoTime();
        GeneradorDatos g = new GeneradorDatos(p, inicio);
        g.avance = n -> System.out.printf(Locale.ROOT, "  %,d casos (%.0f s)%n", n, (System.nanoTime() - t0) / 1e9);
        Map<Tabla, Long> filas;
        try (SumideroJdbc s = new SumideroJdbc(c, confirmar)) {
            g.generar(s);
            filas = new java.util.EnumMap<>(s.escritas());
        }
        boolean autocommit = confirmar && c.getAutoCommit();
        if (confirmar) {
            c.setAutoCommit(true);
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO consecutivo_radicado (anio, ultimo) VALUES (?, ?)"
                + " ON DUPLICATE KEY UPDATE ultimo = GREATEST(ultimo, VALUES(ultimo))")) {
            for (Map.Entry<Integer, Long> e : new TreeMap<>(g.consecutivos).entrySet()) {
                ps.setInt(1, e.getKey());
                ps.setLong(2, e.getValue());
                ps.executeUpdate();
            }
        } finally {
            if (confirmar) {
                c.setAutoCommit(autocommit);
            }
        }
        return new Resultado(filas, System.nanoTime() - t0, g.omitidas);
    }

    /** Produce todas las filas, en un orden fijo, hacia el sumidero. */
    public List<String> generar(Sumidero s) {
        this.sumidero = s;
        sedes();
        casos();
        if (inicio.conActividades() && !inicio.tiposActividad().isEmpty()) {
            actividades();
        }
        return omitidas;
    }

    public Map<Integer, Long> consecutivos() {
        return consecutivos;
    }

    // ------------------------------------------------------------------------------------------------ sedes

    private record SedeNueva(String codigo, String nombre, String tipo, String padre, String localidad,
            String direccion, String[] historia) {
    }

    /** Sedes que se crean en el cuatrienio; la historia va en pares estado@fecha (R = reapertura). */
    private static final List<SedeNueva> SEDES_NUEVAS = List.of(
            new SedeNueva("CJ-POZON", "Casa de Justicia de El Pozón", "CASA_DE_JUSTICIA", null,
                    "De la Virgen y Turística", "Transversal 54 # 12-30, El Pozón",
                    new String[] {"EN_CREACION@2024-03-01", "EN_OPERACION@2024-09-16"}),
            new SedeNueva("CC-CANAPOTE", "Centro de Conciliación de Canapote", "CENTRO_DE_CONCILIACION", "CJ-CANAPOTE",
                    "Histórica y del Caribe Norte", "Calle 70 # 15-45, Canapote",
                    new String[] {"EN_OPERACION@2024-02-01"}),
            new SedeNueva("CC-CHIQUINQUIRA", "Centro de Conciliación de Chiquinquirá", "CENTRO_DE_CONCILIACION",
                    "CJ-CHIQUINQUIRA", "De la Virgen y Turística", "Carrera 44 # 30-12, Chiquinquirá",
                    new String[] {"EN_CREACION@2024-04-15", "EN_OPERACION@2024-07-01"}),
            new SedeNueva("CC-COUNTRY", "Centro de Conciliación del Country", "CENTRO_DE_CONCILIACION", "CJ-COUNTRY",
                    "Industrial y de la Bahía", "Calle 31 # 71-20, El Country",
                    new String[] {"EN_OPERACION@2024-05-02", "SUSPENDIDA@2025-06-10", "EN_OPERACION@2025-08-19"}),
            new SedeNueva("CF-07", "Comisaría de Familia 7", "COMISARIA_DE_FAMILIA", null, "Industrial y de la Bahía",
                    "Carrera 56 # 4-18, Nelson Mandela", new String[] {"EN_CREACION@2024-10-01",
                        "EN_OPERACION@2025-02-03"}),
            new SedeNueva("CFM-01", "Comisaría de Familia Móvil 1", "COMISARIA_DE_FAMILIA_MOVIL", null, null, null,
                    new String[] {"EN_OPERACION@2024-08-05"}),
            new SedeNueva("CFM-02", "Comisaría de Familia Móvil 2 (zona insular)", "COMISARIA_DE_FAMILIA_MOVIL", null,
                    "Histórica y del Caribe Norte", null, new String[] {"EN_CREACION@2025-01-20",
                        "EN_OPERACION@2025-05-12"}),
            new SedeNueva("CTP-01", "Centro de Traslado por Protección", "CENTRO_DE_TRASLADO_POR_PROTECCION", null,
                    "Industrial y de la Bahía", "Diagonal 21 # 50-05, El Bosque", new String[] {"EN_CREACION@2024-06-03",
                        "EN_OPERACION@2025-03-17"}),
            new SedeNueva("CA-01", "Casa de Acogida para víctimas de trata", "CASA_DE_ACOGIDA", null, null, null,
                    new String[] {"EN_OPERACION@2024-01-15"}),
            new SedeNueva("ALB-01", "Albergue temporal de Olaya Herrera", "ALBERGUE", null, "De la Virgen y Turística",
                    "Calle 52 # 86-10, Olaya Herrera", new String[] {"EN_OPERACION@2024-01-10"}),
            new SedeNueva("ALB-02", "Albergue temporal de Pasacaballos", "ALBERGUE", null, "Industrial y de la Bahía",
                    "Calle Principal, Pasacaballos", new String[] {"EN_OPERACION@2024-03-04", "CERRADA@2025-04-30",
                        "R:EN_OPERACION@2025-09-01"}),
            new SedeNueva("CI-BOSQUE", "Centro Intégrate de El Bosque", "CENTRO_INTEGRATE", null,
                    "Industrial y de la Bahía", "Transversal 45 # 21-60, El Bosque",
                    new String[] {"EN_CREACION@2024-11-04", "EN_OPERACION@2025-03-03"}),
            new SedeNueva("ER-TERNERA", "Establecimiento Penitenciario de Cartagena (Ternera)",
                    "ESTABLECIMIENTO_DE_RECLUSION", null, "De la Virgen y Turística", "Vía Turbaco, Ternera",
                    new String[] {"EN_OPERACION@2024-01-02"}),
            new SedeNueva("ER-MUJERES", "Reclusión de Mujeres de Cartagena", "ESTABLECIMIENTO_DE_RECLUSION", null,
                    "Industrial y de la Bahía", "San Fernando", new String[] {"EN_OPERACION@2024-01-02"}),
            new SedeNueva("IP-34", "Inspección de Policía 34 (Bayunca)", "INSPECCION_DE_POLICIA", null,
                    "De la Virgen y Turística", "Bayunca", new String[] {"EN_CREACION@2024-07-01",
                        "EN_OPERACION@2024-12-02"}),
            new SedeNueva("IP-35", "Inspección de Policía 35 (Pasacaballos)", "INSPECCION_DE_POLICIA", null,
                    "Industrial y de la Bahía", "Pasacaballos", new String[] {"EN_CREACION@2025-02-03",
                        "EN_OPERACION@2025-07-14"}),
            new SedeNueva("IP-36", "Inspección de Policía 36 (La Boquilla)", "INSPECCION_DE_POLICIA", null,
                    "Histórica y del Caribe Norte", "La Boquilla", new String[] {"EN_CREACION@2025-09-01"}));

    private void sedes() {
        for (EstadoInicial.SedeExistente s : inicio.sedes()) {
            TreeMap<LocalDate, String> estados = new TreeMap<>();
            estados.put(LocalDate.of(2023, 12, 31), "EN_OPERACION");
            sedes.put(s.codigo(), new SedeGen(s.id(), s.codigo(), s.tipo(), s.localidad(), estados, gestores(s.codigo(),
                    s.tipo())));
        }
        if (!p.anexar()) {
            // historia de algunas sedes de la línea base: una inspección suspendida y reabierta, otra cerrada;
            // dotación completa de varias inspecciones a lo largo del cuatrienio
            historia("IP-07", "SUSPENDIDA", LocalDate.of(2025, 2, 10), "Daños en la sede por lluvias", false);
            historia("IP-07", "EN_OPERACION", LocalDate.of(2025, 4, 1), "Sede reparada", false);
            historia("IP-33", "CERRADA", LocalDate.of(2025, 10, 31), "Fusionada con la Inspección 32", false);
            for (int i = 1; i <= 33; i += 3) {
                SedeGen ip = sedes.get(String.format("IP-%02d", i));
                if (ip != null) {
                    LocalDate desde = DESDE.plusDays(60 + (i * 23L) % 900);
                    sumidero.fila(Tabla.SEDE_DOTACION, ++idSedeDotacion, ip.id(), true,
                            "Dotación completa: equipos de cómputo, mobiliario y personal de apoyo", desde, 0,
                            momento(desde), "generador");
                }
            }
        }
        for (SedeNueva n : SEDES_NUEVAS) {
            if (sedes.containsKey(n.codigo())) {
                continue;
            }
            SedeGen padre = n.padre() == null ? null : sedes.get(n.padre());
            LocalDate primera = LocalDate.parse(n.historia()[0].substring(n.historia()[0].indexOf('@') + 1));
            long id = ++idSede;
            sumidero.fila(Tabla.SEDE, id, n.codigo(), n.nombre(), n.tipo(), padre == null ? null : padre.id(),
                    n.localidad(), n.direccion(), 0, momento(primera), "generador");
            SedeGen g = new SedeGen(id, n.codigo(), n.tipo(), n.localidad(), new TreeMap<>(),
                    gestores(n.codigo(), n.tipo()));
            sedes.put(n.codigo(), g);
            for (String h : n.historia()) {
                boolean reapertura = h.startsWith("R:");
                String[] partes = (reapertura ? h.substring(2) : h).split("@");
                historia(n.codigo(), partes[0], LocalDate.parse(partes[1]),
                        reapertura ? "Reapertura de la sede" : motivoSede(partes[0]), reapertura);
            }
            if (n.tipo().equals("INSPECCION_DE_POLICIA")) {
                sumidero.fila(Tabla.SEDE_DOTACION, ++idSedeDotacion, id, !n.codigo().equals("IP-36"),
                        "Dotación inicial de la inspección", primera, 0, momento(primera), "generador");
            }
        }
    }

    private void historia(String codigo, String estado, LocalDate desde, String motivo, boolean reapertura) {
        SedeGen s = sedes.get(codigo);
        if (s == null) {
            return;
        }
        s.estados().put(desde, estado);
        sumidero.fila(Tabla.SEDE_ESTADO, ++idSedeEstado, s.id(), estado, desde, motivo, reapertura, 0,
                momento(desde), "generador");
    }

    private static String motivoSede(String estado) {
        return switch (estado) {
            case "EN_CREACION" -> "Adecuación de la sede";
            case "EN_OPERACION" -> "Inicio de operación";
            case "SUSPENDIDA" -> "Suspensión temporal por obras";
            default -> "Cierre de la sede";
        };
    }

    private static List<String> gestores(String codigo, String tipo) {
        int n = switch (tipo) {
            case "SEDE_ADMINISTRATIVA" -> 30;
            case "CASA_DE_JUSTICIA" -> 12;
            case "COMISARIA_DE_FAMILIA" -> 10;
            case "CENTRO_INTEGRATE" -> 8;
            default -> 4;
        };
        List<String> g = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            g.add("gestor" + i + "." + codigo.toLowerCase(Locale.ROOT));
        }
        return g;
    }

    // ------------------------------------------------------------------------------------------------ casos

    private record RutaActiva(Perfil perfil, Ruta ruta, DefinicionRuta def, List<SedeGen> sedes, double[] pesos,
            RolParticipante rolTitular) {
    }

    private void casos() {
        Set<String> existentes = new LinkedHashSet<>();
        for (Ruta r : Ruta.values()) {
            existentes.add(r.name());
        }
        List<RutaActiva> activas = new ArrayList<>();
        for (Perfil perfil : PERFILES) {
            if (!existentes.contains(perfil.ruta())) {
                omitidas.add(perfil.ruta());
                continue;
            }
            Ruta ruta = Ruta.valueOf(perfil.ruta());
            DefinicionRuta def = ruta.definicion();
            List<SedeGen> candidatas = new ArrayList<>();
            List<Double> pesos = new ArrayList<>();
            for (String patron : perfil.sedes()) {
                String[] pp = patron.split(":");
                for (SedeGen s : sedes.values()) {
                    boolean coincide = pp[0].endsWith("*") ? s.codigo().startsWith(pp[0].substring(0,
                            pp[0].length() - 1)) : s.codigo().equals(pp[0]);
                    if (coincide && tipoPermitido(def, s)) {
                        candidatas.add(s);
                        pesos.add(Double.parseDouble(pp[1]));
                    }
                }
            }
            if (candidatas.isEmpty()) {
                // la ruta se lleva en otros tipos de sede que los del perfil: todas las de esos tipos
                for (SedeGen s : sedes.values()) {
                    if (!def.tiposSede().isEmpty() && tipoPermitido(def, s)) {
                        candidatas.add(s);
                        pesos.add(1.0);
                    }
                }
            }
            if (candidatas.isEmpty()) {
                candidatas.add(sedes.get("SICC"));
                pesos.add(1.0);
            }
            RolParticipante rol = def.roles().contains(RolParticipante.TITULAR) ? RolParticipante.TITULAR
                    : def.roles().contains(RolParticipante.VICTIMA) ? RolParticipante.VICTIMA
                    : def.roles().iterator().next();
            activas.add(new RutaActiva(perfil, ruta, def, candidatas,
                    pesos.stream().mapToDouble(Double::doubleValue).toArray(), rol));
        }
        // cuántos casos de cada ruta (exacto); la Casa de Justicia se queda con el resto
        int[] restantes = new int[activas.size()];
        int asignados = 0;
        for (int i = 1; i < activas.size(); i++) {
            restantes[i] = Math.max(MINIMO_POR_RUTA,
                    (int) Math.round(p.casos() * (double) activas.get(i).perfil().porMillon() / 1_000_000));
            asignados += restantes[i];
        }
        restantes[0] = p.casos() - asignados;
        if (restantes[0] < MINIMO_POR_RUTA) {
            throw new IllegalArgumentException("Muy pocos casos para repartir entre las rutas");
        }
        // media de atenciones por caso de cada ruta, proporcional a su factor
        double sumaFactores = 0;
        for (int i = 0; i < activas.size(); i++) {
            sumaFactores += restantes[i] * activas.get(i).perfil().factorAtenciones();
        }
        double escala = p.atenciones() / sumaFactores;
        double atencionesPendientes = p.atenciones();
        double esperadasPendientes = p.atenciones();

        // casos por día: días hábiles más que fines de semana, menos en vacaciones, crecen con los años
        int dias = (int) ChronoUnit.DAYS.between(DESDE, HASTA) + 1;
        double[] acumulado = new double[dias + 1];
        for (int d = 0; d < dias; d++) {
            acumulado[d + 1] = acumulado[d] + pesoDia(DESDE.plusDays(d));
        }
        int casoN = 0;
        int casosRestantes = p.casos();
        for (int d = 0; d < dias; d++) {
            LocalDate fecha = DESDE.plusDays(d);
            int hasta = (int) Math.round(p.casos() * acumulado[d + 1] / acumulado[dias]);
            for (; casoN < hasta; casoN++) {
                int r = elegirPorRestantes(restantes, casosRestantes);
                restantes[r]--;
                casosRestantes--;
                RutaActiva ra = activas.get(r);
                double base = escala * ra.perfil().factorAtenciones();
                double media = esperadasPendientes > 0 ? base * atencionesPendientes / esperadasPendientes : base;
                int generadas = caso(ra, fecha, casoN, media);
                atencionesPendientes -= generadas;
                esperadasPendientes -= base;
                if ((casoN + 1) % 100_000 == 0) {
                    avance.accept(casoN + 1);
                }
            }
        }
    }

    private static boolean tipoPermitido(DefinicionRuta def, SedeGen s) {
        return def.tiposSede().isEmpty() || def.tiposSede().stream().anyMatch(t -> t.name().equals(s.tipo()));
    }

    private int elegirPorRestantes(int[] restantes, int total) {
        int x = rnd.nextInt(total);
        for (int i = 0; i < restantes.length; i++) {
            x -= restantes[i];
            if (x < 0) {
                return i;
            }
        }
        throw new IllegalStateException("reparto de rutas");
    }

    private static double pesoDia(LocalDate f) {
        double w = switch (f.getDayOfWeek()) {
            case SATURDAY -> 0.25;
            case SUNDAY -> 0.04;
            default -> 1.0;
        };
        if ((f.getMonth() == Month.DECEMBER && f.getDayOfMonth() >= 20)
                || (f.getMonth() == Month.JANUARY && f.getDayOfMonth() <= 10)) {
            w *= 0.35;
        }
        return w * (1 + 0.12 * ChronoUnit.DAYS.between(DESDE, f) / 365.0);
    }

    private record Tramo(String estado, LocalDate desde, LocalDate hasta) {
    }

    /** Un caso completo: titular (y otras personas), historia de estados, campos, cierre o anulación, atenciones. */
    private int caso(RutaActiva ra, LocalDate apertura, int n, double mediaAtenciones) {
        String ruta = ra.perfil().ruta();
        DefinicionRuta def = ra.def();
        SedeGen sede = elegirSede(ra, apertura);
        String gestor = sede.gestores().get(rnd.nextInt(sede.gestores().size()));
        LocalDateTime creado = momento(apertura);
        long casoId = ++idCaso;
        int anio = apertura.getYear();
        long consecutivo = consecutivos.merge(anio, 1L, Long::sum);
        String radicado = String.format("RUTA-%d-%06d", anio, consecutivo);

        // titular según las reglas de la ruta
        int edadMin = def.edadMinima().orElse(18);
        int edadMax = def.edadMaxima().orElse(90);
        boolean exigeVictima = TITULAR_VICTIMA.contains(ruta);
        boolean exigeMujer = TITULAR_MUJER.contains(ruta);
        double probMujer = switch (ruta) {
            case "VIOLENCIA_INTRAFAMILIAR" -> 0.78;
            case "TRATA_DE_PERSONAS" -> 0.72;
            case "REINTEGRACION", "PPL_PSICOSOCIAL" -> 0.12;
            default -> 0.55;
        };
        boolean migrante = ruta.equals("CENTRO_INTEGRATE") && rnd.nextDouble() < 0.7;
        int titular = ruta.equals("MESA_DE_VICTIMAS") ? -1
                : reutilizable(apertura, edadMin, edadMax, exigeVictima, exigeMujer, n);
        if (titular < 0) {
            titular = nuevaPersona(apertura, edadMin, edadMax, exigeMujer ? 1.0 : probMujer,
                    exigeVictima || rnd.nextDouble() < 0.12, migrante, -1);
        }
        List<long[]> participantes = new ArrayList<>();
        participantes.add(new long[] {idDe(titular), ra.rolTitular().ordinal()});
        if (ruta.equals("AYUDA_HUMANITARIA_INMEDIATA") && def.roles().contains(RolParticipante.MIEMBRO_HOGAR)) {
            int miembros = 1 + rnd.nextInt(5);
            for (int m = 0; m < miembros; m++) {
                int persona = nuevaPersona(apertura, 0, 75, 0.52, true, false, localidad[titular]);
                participantes.add(new long[] {idDe(persona), RolParticipante.MIEMBRO_HOGAR.ordinal()});
            }
        }
        if (ruta.equals("VIOLENCIA_INTRAFAMILIAR") && def.roles().contains(RolParticipante.AGRESOR)
                && rnd.nextDouble() < 0.6) {
            int agresor = nuevaPersona(apertura, 18, 70, 0.12, false, false, localidad[titular]);
            participantes.add(new long[] {idDe(agresor), RolParticipante.AGRESOR.ordinal()});
        }

        // campos de la apertura y recorrido de estados
        Map<String, String> datos = new LinkedHashMap<>();
        camposDeApertura(ruta, def, apertura, titular, datos);
        List<Object[]> eventos = new ArrayList<>();
        List<Tramo> tramos = new ArrayList<>();
        String estado = def.estadoInicial();
        eventos.add(new Object[] {creado, null, estado, "Apertura"});
        LocalDate desde = apertura;
        int pasos = 0;
        while (pasos++ < 8) {
            List<String> siguientes = new ArrayList<>(def.siguientes(estado));
            double quedarse = QUEDARSE.getOrDefault(ruta + ":" + estado, siguientes.isEmpty() ? 1.0 : 0.3);
            if (siguientes.isEmpty() || rnd.nextDouble() < quedarse) {
                break;
            }
            LocalDate cuando = desde.plusDays(1 + (long) (rnd.nextDouble() * 2 * ra.perfil().diasPaso()));
            if (cuando.isAfter(HASTA)) {
                break;
            }
            String destino = elegirDestino(ruta, siguientes);
            for (String requerido : def.requisitosPara(destino)) {
                datos.put(requerido, valorDePaso(ruta, def, requerido, cuando, apertura, datos));
            }
            tramos.add(new Tramo(estado, desde, cuando));
            eventos.add(new Object[] {momento(cuando), estado, destino, null});
            estado = destino;
            desde = cuando;
        }
        LocalDate fechaCierre = null;
        String motivoCierre = null;
        double probCierre = ra.perfil().probCierre() * Math.min(1.0, ChronoUnit.DAYS.between(apertura, HASTA) / 180.0);
        if (rnd.nextDouble() < probCierre) {
            LocalDate cuando = desde.plusDays(1 + (long) (rnd.nextDouble() * 2 * ra.perfil().diasPaso()));
            if (!cuando.isAfter(HASTA)) {
                fechaCierre = cuando;
                motivoCierre = Catalogos.MOTIVOS_CIERRE.get(rnd.nextInt(Catalogos.MOTIVOS_CIERRE.size()));
                eventos.add(new Object[] {momento(cuando), estado, DefinicionRuta.CERRADO, motivoCierre});
            }
        }
        tramos.add(new Tramo(estado, desde, fechaCierre == null ? HASTA : fechaCierre));
        String estadoFinal = fechaCierre == null ? estado : DefinicionRuta.CERRADO;
        String json = DATOS_RUTA.convertToDatabaseColumn(def.validarCampos(datos, HOY));

        boolean anulado = rnd.nextDouble() < 0.004;
        LocalDateTime ultimoCambio = (LocalDateTime) eventos.get(eventos.size() - 1)[0];
        LocalDateTime anuladoEn = anulado ? ultimoCambio.plusHours(2 + rnd.nextInt(72)) : null;
        LocalDateTime modificado = anulado ? anuladoEn : eventos.size() > 1 ? ultimoCambio : null;
        sumidero.fila(Tabla.CASO, casoId, radicado, ruta, sede.id(), gestor, estadoFinal, apertura, fechaCierre,
                motivoCierre, rnd.nextDouble() < 0.5 ? null : narrativa(ruta), json, anulado, anuladoEn,
                anulado ? gestor : null,
                anulado ? Catalogos.MOTIVOS_ANULACION.get(rnd.nextInt(Catalogos.MOTIVOS_ANULACION.size())) : null,
                eventos.size() - 1 + (anulado ? 1 : 0), creado, gestor, modificado, modificado == null ? null : gestor);
        for (long[] pa : participantes) {
            sumidero.fila(Tabla.CASO_PERSONA, ++idCasoPersona, casoId, pa[0], RolParticipante.values()[(int) pa[1]]
                    .name());
        }
        for (Object[] e : eventos) {
            sumidero.fila(Tabla.CASO_EVENTO, ++idEvento, casoId, e[0], gestor, e[1], e[2], e[3]);
        }
        if (ruta.equals("UNIDADES_PRODUCTIVAS") && datos.containsKey("numeroActa")) {
            byte[] pdf = pdf("Acta de entrega " + datos.get("numeroActa") + " — " + radicado);
            long adj = ++idAdjunto;
            LocalDate entrega = datos.containsKey("fechaEntrega") ? LocalDate.parse(datos.get("fechaEntrega"))
                    : apertura;
            sumidero.fila(Tabla.ADJUNTO_CASO, adj, casoId, "acta-entrega-" + datos.get("numeroActa") + ".pdf",
                    "application/pdf", pdf.length, sha256(pdf), "Acta de entrega firmada", false, momento(entrega),
                    gestor);
            sumidero.fila(Tabla.ADJUNTO_CONTENIDO, adj, pdf);
        }

        // atenciones: en los tramos cuyo estado las admite, con fecha dentro del tramo
        int cuantas = sortear(mediaAtenciones);
        if (anulado) {
            cuantas = Math.min(cuantas, 1);
        }
        List<Tramo> utiles = new ArrayList<>();
        List<List<String>> tiposPorTramo = new ArrayList<>();
        long diasUtiles = 0;
        for (Tramo t : tramos) {
            List<String> tipos = new ArrayList<>();
            for (String tipo : def.tiposAtencion()) {
                if (def.estadosParaAtencion(tipo).contains(t.estado())) {
                    tipos.add(tipo);
                }
            }
            if (!tipos.isEmpty()) {
                utiles.add(t);
                tiposPorTramo.add(tipos);
                diasUtiles += ChronoUnit.DAYS.between(t.desde(), t.hasta()) + 1;
            }
        }
        if (utiles.isEmpty()) {
            return 0;
        }
        for (int a = 0; a < cuantas; a++) {
            long x = rnd.nextLong(diasUtiles);
            int i = 0;
            Tramo t = utiles.get(0);
            for (; i < utiles.size(); i++) {
                t = utiles.get(i);
                long largo = ChronoUnit.DAYS.between(t.desde(), t.hasta()) + 1;
                if (x < largo) {
                    break;
                }
                x -= largo;
            }
            i = Math.min(i, utiles.size() - 1);
            LocalDate fecha = t.desde().plusDays(x);
            List<String> tipos = tiposPorTramo.get(i);
            String tipo = tipos.get(rnd.nextInt(tipos.size()));
            long persona = participantes.get(0)[0];
            if (participantes.size() > 1 && ruta.equals("AYUDA_HUMANITARIA_INMEDIATA") && rnd.nextDouble() < 0.3) {
                persona = participantes.get(1 + rnd.nextInt(participantes.size() - 1))[0];
            }
            LocalDateTime hecho = fecha.equals(apertura) ? creado.plusMinutes(1 + rnd.nextInt(120)) : momento(fecha);
            boolean anulada = rnd.nextDouble() < 0.012;
            sumidero.fila(Tabla.ATENCION, ++idAtencion, casoId, persona, tipo, fecha, gestor,
                    rnd.nextDouble() < 0.7 ? null : "Atención " + tipo.toLowerCase(Locale.ROOT).replace('_', ' '),
                    anulada, anulada ? hecho.plusHours(3) : null, anulada ? gestor : null,
                    anulada ? "Registrada en el caso equivocado" : null, hecho, gestor);
        }
        return cuantas;
    }

    private SedeGen elegirSede(RutaActiva ra, LocalDate fecha) {
        double total = 0;
        for (int i = 0; i < ra.sedes().size(); i++) {
            if (ra.sedes().get(i).opera(fecha)) {
                total += ra.pesos()[i];
            }
        }
        if (total == 0) {
            return ra.sedes().get(0);
        }
        double x = rnd.nextDouble() * total;
        for (int i = 0; i < ra.sedes().size(); i++) {
            if (ra.sedes().get(i).opera(fecha)) {
                x -= ra.pesos()[i];
                if (x < 0) {
                    return ra.sedes().get(i);
                }
            }
        }
        return ra.sedes().get(ra.sedes().size() - 1);
    }

    private String elegirDestino(String ruta, List<String> siguientes) {
        double total = 0;
        for (String s : siguientes) {
            total += PESO_DESTINO.getOrDefault(ruta + ":" + s, 1.0);
        }
        double x = rnd.nextDouble() * total;
        for (String s : siguientes) {
            x -= PESO_DESTINO.getOrDefault(ruta + ":" + s, 1.0);
            if (x < 0) {
                return s;
            }
        }
        return siguientes.get(siguientes.size() - 1);
    }

    private int sortear(double media) {
        if (media <= 0) {
            return 0;
        }
        double x = media * (0.25 + 1.5 * rnd.nextDouble());
        int n = (int) x;
        return n + (rnd.nextDouble() < x - n ? 1 : 0);
    }

    /** Los campos que se llenan al abrir: los obligatorios de la ruta y algunos opcionales verosímiles. */
    private void camposDeApertura(String ruta, DefinicionRuta def, LocalDate apertura, int titular,
            Map<String, String> datos) {
        switch (ruta) {
            case "AYUDA_HUMANITARIA_INMEDIATA" -> {
                LocalDate declaracion = max(DESDE, apertura.minusDays(rnd.nextInt(6)));
                datos.put("fechaDeclaracion", declaracion.toString());
                datos.put("entidadDeclaracion", opcion(def, "entidadDeclaracion"));
                datos.put("hechoVictimizante", rnd.nextDouble() < 0.6 ? "DESPLAZAMIENTO_FORZADO"
                        : rnd.nextDouble() < 0.6 ? "AMENAZA" : opcion(def, "hechoVictimizante"));
                datos.put("fechaHecho", declaracion.minusDays(rnd.nextInt(90)).toString());
                if (def.campo("requiereAlojamiento").isPresent() && rnd.nextDouble() < 0.7) {
                    datos.put("requiereAlojamiento", String.valueOf(rnd.nextDouble() < 0.35));
                }
            }
            case "PROTECCION_PREVENTIVA" -> {
                datos.put("liderSocial", String.valueOf(rnd.nextDouble() < 0.8));
                datos.put("tipoAmenaza", opcion(def, "tipoAmenaza"));
                datos.put("organizacion", "Junta de Acción Comunal de " + barrio(localidad[titular]));
                datos.put("descripcionRiesgo", "Amenazas reiteradas por su labor comunitaria.");
            }
            case "TRATA_DE_PERSONAS" -> {
                datos.put("formaExplotacion", rnd.nextDouble() < 0.6 ? "EXPLOTACION_SEXUAL"
                        : opcion(def, "formaExplotacion"));
                datos.put("modalidad", rnd.nextDouble() < 0.55 ? "EXTERNA" : "INTERNA");
            }
            case "VIOLENCIA_INTRAFAMILIAR" -> {
                datos.put("tipoViolencia", rnd.nextDouble() < 0.45 ? "FISICA" : rnd.nextDouble() < 0.6
                        ? "PSICOLOGICA" : opcion(def, "tipoViolencia"));
                datos.put("fechaHechos", max(DESDE.minusDays(30), apertura.minusDays(rnd.nextInt(20))).toString());
            }
            case "CASA_DE_JUSTICIA" -> datos.put("asunto", rnd.nextDouble() < 0.35 ? "FAMILIA"
                    : rnd.nextDouble() < 0.4 ? "CONVIVENCIA" : opcion(def, "asunto"));
            case "LABORATORIOS_DE_PAZ", "PROYECTOS_DE_VIDA" -> {
                if (rnd.nextDouble() < 0.6) {
                    datos.put("institucionEducativa",
                            Catalogos.INSTITUCIONES.get(rnd.nextInt(Catalogos.INSTITUCIONES.size())));
                }
            }
            case "MESA_DE_VICTIMAS" -> {
                LocalDate inicioPeriodo = apertura.isBefore(LocalDate.of(2025, 6, 1)) ? LocalDate.of(2024, 1, 15)
                        : LocalDate.of(2025, 6, 1);
                datos.put("inicioPeriodo", max(inicioPeriodo, apertura.minusDays(30)).toString());
                datos.put("finPeriodo", min(HASTA, LocalDate.parse(datos.get("inicioPeriodo")).plusYears(2))
                        .toString());
                datos.put("sectorRepresentado", opcion(def, "sectorRepresentado"));
            }
            case "REINTEGRACION" -> datos.put("proceso", rnd.nextDouble() < 0.65 ? "REINTEGRACION" : "REINCORPORACION");
            case "PPL_PSICOSOCIAL" -> datos.put("establecimiento",
                    Catalogos.ESTABLECIMIENTOS.get(rnd.nextInt(Catalogos.ESTABLECIMIENTOS.size())));
            case "CENTRO_INTEGRATE" -> datos.put("poblacion", extranjera[titular] ? "MIGRANTE"
                    : rnd.nextDouble() < 0.5 ? "COLOMBIANO_RETORNADO" : "COMUNIDAD_DE_ACOGIDA");
            default -> {
            }
        }
        // lo que la ruta exija y el perfil no conozca
        for (Campo c : def.campos()) {
            if (c.obligatorio() && !datos.containsKey(c.nombre())) {
                datos.put(c.nombre(), valorGenerico(c, apertura));
            }
        }
        datos.keySet().removeIf(k -> def.campo(k).isEmpty());
        for (Map.Entry<String, String> e : datos.entrySet()) {
            Campo c = def.campo(e.getKey()).orElseThrow();
            if (c.tipo().name().equals("OPCION") && !c.opciones().contains(e.getValue())) {
                e.setValue(c.opciones().get(rnd.nextInt(c.opciones().size())));
            }
        }
    }

    /** El valor de un campo que exige un paso de la ruta, dado en la fecha del paso. */
    private String valorDePaso(String ruta, DefinicionRuta def, String nombre, LocalDate cuando, LocalDate apertura,
            Map<String, String> datos) {
        Campo c = def.campo(nombre).orElse(null);
        if (c == null) {
            return cuando.toString();
        }
        return switch (nombre) {
            case "motivoNoCumple" -> "No se acreditó el hecho victimizante declarado.";
            case "motivoRetiro" -> Catalogos.MOTIVOS_RETIRO.get(rnd.nextInt(Catalogos.MOTIVOS_RETIRO.size()));
            case "motivoNoAprobado" -> "El plan de negocio no cumplió los criterios de viabilidad.";
            case "medidasAdoptadas" -> "Patrullajes preventivos y enlace con la Policía del cuadrante.";
            case "medidaProvisional" -> "Orden de alejamiento provisional del agresor.";
            case "medidaDefinitiva" -> "Medida de protección definitiva con seguimiento de la comisaría.";
            case "respuestaUnp" -> "La UNP asignó medidas de protección.";
            case "incumplimiento" -> "El agresor se acercó a la vivienda de la víctima.";
            case "resultadoAudiencia" -> "Acta de la audiencia de conciliación.";
            case "unidadProductiva" -> Catalogos.UNIDADES_PRODUCTIVAS.get(
                    rnd.nextInt(Catalogos.UNIDADES_PRODUCTIVAS.size()));
            case "valorUnidad" -> String.valueOf(2_500_000 + 250_000L * rnd.nextInt(27));
            case "numeroActa" -> String.format("UP-%d-%05d", cuando.getYear(), ++actasEntrega);
            default -> valorGenerico(c, cuando);
        };
    }

    private String valorGenerico(Campo c, LocalDate fecha) {
        return switch (c.tipo().name()) {
            case "FECHA" -> fecha.toString();
            case "SI_NO" -> String.valueOf(rnd.nextBoolean());
            case "OPCION" -> c.opciones().get(rnd.nextInt(c.opciones().size()));
            case "TEXTO", "TEXTO_LARGO" -> "Registrado por el equipo de la ruta";
            default -> String.valueOf(1 + rnd.nextInt(1000));
        };
    }

    private String opcion(DefinicionRuta def, String campo) {
        return def.campo(campo).map(c -> c.opciones().isEmpty() ? "OTRO"
                : c.opciones().get(rnd.nextInt(c.opciones().size()))).orElse("OTRO");
    }

    private String narrativa(String ruta) {
        return switch (ruta) {
            case "CASA_DE_JUSTICIA" -> "La persona solicita orientación sobre un conflicto con un vecino.";
            case "VIOLENCIA_INTRAFAMILIAR" -> "Se recibe la solicitud de medida de protección.";
            case "AYUDA_HUMANITARIA_INMEDIATA" -> "Hogar que llega al Distrito tras el hecho victimizante.";
            default -> "Caso abierto por el equipo de la ruta.";
        };
    }

    // ------------------------------------------------------------------------------------------------ personas

    private long idDe(int persona) {
        return primeraPersona + persona;
    }

    /**
     * Una persona ya generada que cumpla las reglas de la ruta en esa fecha, mientras las personas vayan por delante
     * de la proporción pedida; -1 si toca crear una nueva.
     */
    private int reutilizable(LocalDate fecha, int edadMin, int edadMax, boolean exigeVictima, boolean exigeMujer,
            int casoN) {
        long objetivo = (long) p.personas() * (casoN + 1) / p.casos();
        if (nPersonas == 0 || nPersonas < objetivo) {
            return -1;
        }
        for (int intento = 0; intento < 8; intento++) {
            int i = rnd.nextInt(nPersonas);
            int edad = Period.between(LocalDate.ofEpochDay(nacimiento[i]), fecha).getYears();
            if (edad >= edadMin && edad <= edadMax && (!exigeVictima || victima[i]) && (!exigeMujer || sexo[i] == 0)) {
                return i;
            }
        }
        return -1;
    }

    /** Crea y escribe una persona con edad en [min, max] a la fecha; devuelve su índice. */
    private int nuevaPersona(LocalDate fecha, int edadMin, int edadMax, double probMujer, boolean esVictima,
            boolean esExtranjera, int localidadDada) {
        if (nPersonas == nacimiento.length) {
            int n = nPersonas * 2;
            nacimiento = Arrays.copyOf(nacimiento, n);
            sexo = Arrays.copyOf(sexo, n);
            victima = Arrays.copyOf(victima, n);
            extranjera = Arrays.copyOf(extranjera, n);
            localidad = Arrays.copyOf(localidad, n);
        }
        int i = nPersonas++;
        long id = idDe(i);
        // edad con más peso entre los 25 y los 45 años
        int rango = edadMax - edadMin;
        int edad = edadMin + (int) Math.round(rango * (rnd.nextDouble() + rnd.nextDouble()) / 2);
        LocalDate nac = fecha.minusYears(edad).minusDays(rnd.nextInt(365));
        if (Period.between(nac, fecha).getYears() != edad) {
            nac = fecha.minusYears(edad);
        }
        double u = rnd.nextDouble();
        byte s = (byte) (u < probMujer ? 0 : u < probMujer + 0.001 ? 2 : 1);
        boolean fuera = esExtranjera || rnd.nextDouble() < 0.05;
        int loc = localidadDada >= 0 ? localidadDada : elegirLocalidad();
        nacimiento[i] = (int) nac.toEpochDay();
        sexo[i] = s;
        victima[i] = esVictima;
        extranjera[i] = fuera;
        localidad[i] = (byte) loc;

        String tipoDoc;
        if (fuera) {
            double d = rnd.nextDouble();
            tipoDoc = edad < 7 && d < 0.5 ? "SIN_DOCUMENTO" : d < 0.6 ? "PPT" : d < 0.7 ? "PEP" : d < 0.8 ? "PASAPORTE"
                    : d < 0.9 ? "CE" : "SIN_DOCUMENTO";
        } else {
            tipoDoc = rnd.nextDouble() < 0.004 ? "SIN_DOCUMENTO" : edad < 7 ? "RC" : edad < 18 ? "TI" : "CC";
        }
        String numero = tipoDoc.equals("SIN_DOCUMENTO") ? null : numeroDocumento(tipoDoc, id);
        String nombre1 = (s == 0 ? Catalogos.NOMBRES_MUJER : Catalogos.NOMBRES_HOMBRE).get(rnd.nextInt(40));
        String nombres = rnd.nextDouble() < 0.6 ? nombre1 + " " + (s == 0 ? Catalogos.NOMBRES_MUJER
                : Catalogos.NOMBRES_HOMBRE).get(rnd.nextInt(40)) : nombre1;
        String apellidos = Catalogos.APELLIDOS.get(rnd.nextInt(Catalogos.APELLIDOS.size())) + " "
                + Catalogos.APELLIDOS.get(rnd.nextInt(Catalogos.APELLIDOS.size()));
        double e = rnd.nextDouble();
        String etnia = e < 0.05 ? null : e < 0.33 ? "NEGRO_AFROCOLOMBIANO" : e < 0.345 ? "PALENQUERO"
                : e < 0.348 ? "RAIZAL" : e < 0.356 ? "INDIGENA" : e < 0.3565 ? "RROM" : "NINGUNA";
        String discapacidad = rnd.nextDouble() < 0.04
                ? Catalogos.DISCAPACIDADES.get(rnd.nextInt(Catalogos.DISCAPACIDADES.size())) : null;
        String nacionalidad = fuera ? (rnd.nextDouble() < 0.93 ? "Venezolana" : "Ecuatoriana") : "Colombiana";
        String estatus = !fuera ? null : tipoDoc.equals("PPT") || tipoDoc.equals("CE") || tipoDoc.equals("PEP")
                ? "REGULAR" : tipoDoc.equals("PASAPORTE") ? "EN_TRAMITE" : "IRREGULAR";
        String loca = Catalogos.LOCALIDADES.get(loc);
        String barrio = barrio(loc);
        String direccion = (rnd.nextBoolean() ? "Calle " : "Carrera ") + (1 + rnd.nextInt(120)) + " # "
                + (1 + rnd.nextInt(99)) + "-" + (1 + rnd.nextInt(99));
        String telefono = edad < 14 ? null : "3" + (100_000_000 + rnd.nextInt(900_000_000));
        sumidero.fila(Tabla.PERSONA, id, tipoDoc, numero, nombres, apellidos, Textos.claveNombre(nombres, apellidos),
                nac, s == 0 ? "MUJER" : s == 1 ? "HOMBRE" : "INTERSEXUAL", etnia, discapacidad, nacionalidad, estatus,
                esVictima, esVictima && rnd.nextDouble() < 0.8, telefono, direccion, loca, barrio, 0,
                momento(fecha).minusMinutes(5), "generador");
        return i;
    }

    /**
     * Número de documento único por tipo: una permutación del identificador de la persona (multiplicar por una
     * constante impar módulo un primo), así dos personas generadas nunca comparten documento.
     */
    static String numeroDocumento(String tipo, long id) {
        long primo = 999_999_937L;
        long mezcla = Math.floorMod(id * 48_271L + 12_345L, primo);
        return switch (tipo) {
            case "CC" -> String.valueOf(1_000_000_000L + mezcla);
            case "TI", "RC" -> String.valueOf(10_000_000_000L + mezcla);
            case "CE" -> String.format("%09d", mezcla);
            case "PASAPORTE" -> "V" + String.format("%09d", mezcla);
            default -> String.valueOf(5_000_000_000L + mezcla);
        };
    }

    private int elegirLocalidad() {
        double u = rnd.nextDouble();
        return u < Catalogos.PESO_LOCALIDAD[0] ? 0 : u < Catalogos.PESO_LOCALIDAD[0] + Catalogos.PESO_LOCALIDAD[1]
                ? 1 : 2;
    }

    private String barrio(int loc) {
        List<String> b = Catalogos.BARRIOS.get(Catalogos.LOCALIDADES.get(loc));
        return b.get(rnd.nextInt(b.size()));
    }

    // ------------------------------------------------------------------------------------------------ actividades

    private void actividades() {
        List<EstadoInicial.TipoActividad> tipos = inicio.tiposActividad();
        List<SedeGen> sicc = List.of(sedes.get("SICC"));
        List<SedeGen> cjs = sedes.values().stream().filter(s -> s.tipo().equals("CASA_DE_JUSTICIA")).toList();
        List<SedeGen> integrate = sedes.values().stream().filter(s -> s.tipo().equals("CENTRO_INTEGRATE")).toList();
        int dias = (int) ChronoUnit.DAYS.between(DESDE, HASTA) + 1;
        for (int n = 0; n < p.actividades(); n++) {
            EstadoInicial.TipoActividad tipo = tipos.get(n < tipos.size() ? n : rnd.nextInt(tipos.size()));
            LocalDate fecha = DESDE.plusDays((long) n * dias / p.actividades() + rnd.nextInt(3));
            if (fecha.isAfter(HASTA)) {
                fecha = HASTA;
            }
            if (fecha.getDayOfWeek() == DayOfWeek.SUNDAY) {
                fecha = fecha.minusDays(1);
            }
            List<SedeGen> posibles = tipo.codigo().equals("JORNADA_EXTRAMURAL_MIGRANTES") ? integrate
                    : rnd.nextDouble() < 0.7 ? sicc : cjs;
            final LocalDate f = fecha;
            List<SedeGen> operando = posibles.stream().filter(s -> s.opera(f)).toList();
            SedeGen sede = operando.isEmpty() ? sedes.get("SICC") : operando.get(rnd.nextInt(operando.size()));
            int loc = elegirLocalidad();
            String barrio = barrio(loc);
            String objeto = null;
            if (tipo.etiquetaObjeto() != null) {
                List<String> pool = Catalogos.OBJETOS.getOrDefault(tipo.etiquetaObjeto(),
                        List.of(tipo.etiquetaObjeto() + " de " + barrio));
                objeto = pool.get(rnd.nextInt(pool.size()));
                if (rnd.nextDouble() < 0.1) {
                    // el mismo objeto escrito de otra forma: cuenta una sola vez
                    objeto = Textos.sinTildes(objeto).toUpperCase(Locale.ROOT).replace(" ", "  ");
                }
            }
            String clave = objeto == null ? null
                    : Textos.sinTildes(objeto.trim()).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            String gestor = sede.gestores().get(rnd.nextInt(sede.gestores().size()));
            LocalDateTime creado = momento(fecha).plusDays(rnd.nextInt(4));
            boolean anulada = rnd.nextDouble() < 0.015;
            long id = ++idActividad;
            sumidero.fila(Tabla.ACTIVIDAD, id, tipo.id(), fecha, Catalogos.lugar(n, barrio),
                    Catalogos.LOCALIDADES.get(loc), sede.id(), 8 + rnd.nextInt(170), objeto, clave,
                    rnd.nextDouble() < 0.5 ? null : "Actividad de " + tipo.codigo().toLowerCase(Locale.ROOT)
                            .replace('_', ' ') + " en " + barrio,
                    anulada, anulada ? creado.plusDays(1) : null, anulada ? gestor : null,
                    anulada ? "Actividad registrada dos veces" : null, anulada ? 1 : 0, creado, gestor);
            if (rnd.nextDouble() < 0.92) {
                byte[] pdf = pdf("Listado de asistencia — actividad " + id);
                long adj = ++idAdjunto;
                boolean evidenciaAnulada = rnd.nextDouble() < 0.03;
                sumidero.fila(Tabla.ADJUNTO_ACTIVIDAD, adj, id, "asistencia-" + id + ".pdf", "application/pdf",
                        pdf.length, sha256(pdf), "Listado de asistencia firmado", evidenciaAnulada,
                        evidenciaAnulada ? creado.plusDays(2) : null, evidenciaAnulada ? gestor : null,
                        evidenciaAnulada ? "El listado no corresponde a la actividad" : null, creado, gestor);
                sumidero.fila(Tabla.ADJUNTO_CONTENIDO, adj, pdf);
            }
            if (nPersonas > 0 && rnd.nextDouble() < 0.25) {
                int k = 3 + rnd.nextInt(18);
                Set<Long> elegidas = new LinkedHashSet<>();
                for (int j = 0; j < k; j++) {
                    elegidas.add(idDe(rnd.nextInt(nPersonas)));
                }
                for (long persona : elegidas) {
                    sumidero.fila(Tabla.ACTIVIDAD_PERSONA, id, persona);
                }
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ utilidades

    /** Un momento del día hábil en Cartagena (8:00 a 17:00, UTC−5), expresado en UTC como lo guarda la base. */
    private LocalDateTime momento(LocalDate fecha) {
        return fecha.atTime(13, 0).plusMinutes(rnd.nextInt(9 * 60)).plusSeconds(rnd.nextInt(60));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static byte[] pdf(String titulo) {
        String cuerpo = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% " + titulo + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return cuerpo.getBytes(StandardCharsets.UTF_8);
    }

    private static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Desde la línea de comandos, contra una base ya migrada: {@code GeneradorDatos <url-jdbc> <usuario> <clave>
     * [semilla] [casos] [atenciones] [anexar]}.
     */
    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("Uso: GeneradorDatos <url-jdbc> <usuario> <clave> [semilla] [casos] [atenciones]"
                    + " [anexar]");
            System.exit(2);
        }
        long semilla = args.length > 3 ? Long.parseLong(args[3]) : 20_260_101L;
        int casos = args.length > 4 ? Integer.parseInt(args[4]) : 1_000_000;
        long atenciones = args.length > 5 ? Long.parseLong(args[5]) : 3_000_000L;
        Parametros p = Parametros.de(semilla, casos, atenciones);
        if (args.length > 6 && Boolean.parseBoolean(args[6])) {
            p = p.anexando();
        }
        try (Connection c = java.sql.DriverManager.getConnection(urlDeCarga(args[0]), args[1], args[2])) {
            Resultado r = cargar(c, p);
            System.out.println(informe(r));
        }
    }

    /** La URL JDBC con las opciones de carga masiva del conector de MariaDB. */
    public static String urlDeCarga(String url) {
        return url + (url.contains("?") ? "&" : "?") + "useBulkStmts=true&useBulkStmtsForInserts=true"
                + "&cachePrepStmts=true&useServerPrepStmts=true";
    }

    public static String informe(Resultado r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Generados %,d registros en %.1f s (%,.0f filas/s)%n", r.totalFilas(),
                r.nanos() / 1e9, r.filasPorSegundo()));
        r.filas().forEach((t, n) -> sb.append(String.format(Locale.ROOT, "  %-18s %,12d%n", t.name(), n)));
        if (!r.rutasOmitidas().isEmpty()) {
            sb.append("  Rutas del contrato que esta versión aún no tiene (omitidas): ").append(r.rutasOmitidas())
                    .append('\n');
        }
        return sb.toString();
    }
}
