package co.gov.cartagena.ruta.indicadores.calculo;

import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.ParteDeLaCifra;
import co.gov.cartagena.ruta.indicadores.calculo.Regla.Origen;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * El almacén incremental de los indicadores de fuente casos y actividades, en JDBC puro (lo usan el servidor, el
 * recuento de operaciones y el benchmark).
 *
 * <ol>
 * <li>{@code indicador_hecho}: lo que cada {@link Regla} selecciona de los registros crudos, con su origen.</li>
 * <li>{@code indicador_clave}: por clave, su primera fecha en el cuatrienio (ámbito 0) y en cada año.</li>
 * <li>{@code indicador_conteo}: cuántas claves aparecen por primera vez cada día, por ámbito.</li>
 * </ol>
 * Cuando un caso o una actividad cambia, se rehacen solo sus hechos y se recalculan las claves que tocaban; los
 * conteos se ajustan con +1/−1. El tablero suma conteos diarios hasta la fecha de corte ({@link #leer}).
 */
public final class Almacen {

    private static final Date INICIO = Date.valueOf(Cuatrienio.INICIO);
    private static final Date FIN = Date.valueOf(Cuatrienio.FIN);
    /** Cuántos registros de origen se recalculan por sentencia. */
    private static final int LOTE = 500;

    private Almacen() {
    }

    // ---------------------------------------------------------------- turno

    /**
     * Toma el turno del almacén: la única fila de {@code almacen_turno}, bloqueada hasta que la transacción confirme o
     * se revierta. Quien escribe en el almacén, o lo compara con el cálculo en vivo, lo hace con el turno: los ajustes
     * van uno a la vez y, con la lectura confirmada (READ COMMITTED) de la fuente de datos, cada uno ve todo lo que
     * confirmaron los anteriores. Así dos transacciones nunca toman claves ni conteos en distinto orden (no hay bloqueo
     * mutuo dentro del almacén) y el almacén queda igual al recuento. Tomarlo dos veces en la misma transacción no
     * cuesta nada. Ver docs/concurrencia.md.
     */
    public static void tomarTurno(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.executeQuery("SELECT turno FROM almacen_turno WHERE id = 1 FOR UPDATE").close();
        }
    }

    // ---------------------------------------------------------------- recuento completo

    /** Vacía el almacén y lo rehace entero desde los registros crudos (recuento de operaciones, datos iniciales). */
    public static void reconstruir(Connection c) throws SQLException {
        tomarTurno(c);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM indicador_conteo_mes");
            s.executeUpdate("DELETE FROM indicador_conteo");
            s.executeUpdate("DELETE FROM indicador_clave");
            s.executeUpdate("DELETE FROM indicador_hecho");
        }
        for (Regla r : ReglasDelPlan.todas()) {
            insertarHechos(c, r, "TRUE", List.of());
        }
        try (Statement s = c.createStatement()) {
            for (String sede : List.of("0", "sede_id")) {
                for (String ambito : List.of("0", "YEAR(fecha)")) {
                    s.executeUpdate("INSERT INTO indicador_clave (sede_id, indicador, componente, ambito, clave, "
                            + "primera_fecha) SELECT " + sede + ", indicador, componente, " + ambito + ", clave, "
                            + "MIN(fecha) FROM indicador_hecho" + ("0".equals(sede) ? "" : " WHERE sede_id IS NOT NULL")
                            + " GROUP BY " + ("0".equals(sede) ? "" : "sede_id, ") + "indicador, componente, "
                            + ("0".equals(ambito) ? "" : ambito + ", ") + "clave");
                }
            }
            s.executeUpdate("""
                    INSERT INTO indicador_conteo (sede_id, ambito, fecha, indicador, componente, cantidad)
                    SELECT sede_id, ambito, primera_fecha, indicador, componente, COUNT(*) FROM indicador_clave
                    GROUP BY sede_id, ambito, primera_fecha, indicador, componente""");
            s.executeUpdate("""
                    INSERT INTO indicador_conteo_mes (sede_id, ambito, mes, indicador, componente, cantidad)
                    SELECT sede_id, ambito, DATE_SUB(fecha, INTERVAL DAYOFMONTH(fecha) - 1 DAY), indicador,
                           componente, SUM(cantidad)
                    FROM indicador_conteo
                    GROUP BY sede_id, ambito, DATE_SUB(fecha, INTERVAL DAYOFMONTH(fecha) - 1 DAY), indicador,
                             componente""");
        }
    }

    // ---------------------------------------------------------------- mantenimiento incremental

    /** Rehace los hechos de esos casos y ajusta claves y conteos. Llamar en la transacción que cambió los casos. */
    public static void actualizarCasos(Connection c, Collection<Long> casos) throws SQLException {
        actualizar(c, Origen.CASO, casos);
    }

    /** Igual que {@link #actualizarCasos}, para actividades. */
    public static void actualizarActividades(Connection c, Collection<Long> actividades) throws SQLException {
        actualizar(c, Origen.ACTIVIDAD, actividades);
    }

    private static void actualizar(Connection c, Origen origen, Collection<Long> ids) throws SQLException {
        tomarTurno(c);
        List<Long> todos = new ArrayList<>(new LinkedHashSet<>(ids));
        for (int i = 0; i < todos.size(); i += LOTE) {
            List<Long> lote = todos.subList(i, Math.min(todos.size(), i + LOTE));
            Set<ClaveHecho> afectadas = new LinkedHashSet<>(clavesDe(c, origen, lote));
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM indicador_hecho WHERE "
                    + origen.columnaHecho() + " IN (" + marcadores(lote.size()) + ")")) {
                fijar(ps, 1, lote);
                ps.executeUpdate();
            }
            String filtro = origen.columnaFiltro() + " IN (" + marcadores(lote.size()) + ")";
            for (Regla r : ReglasDelPlan.de(origen)) {
                insertarHechos(c, r, filtro, lote);
            }
            afectadas.addAll(clavesDe(c, origen, lote));
            for (ClaveHecho k : afectadas) {
                recalcular(c, k);
            }
        }
    }

    private record ClaveHecho(String indicador, String componente, String clave) {
    }

    private static List<ClaveHecho> clavesDe(Connection c, Origen origen, List<Long> ids) throws SQLException {
        List<ClaveHecho> claves = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT indicador, componente, clave "
                + "FROM indicador_hecho WHERE " + origen.columnaHecho() + " IN (" + marcadores(ids.size()) + ")")) {
            fijar(ps, 1, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    claves.add(new ClaveHecho(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return claves;
    }

    /** Un ámbito de conteo: todas las sedes (0) o una, y el cuatrienio (0) o un año. */
    private record Ambito(long sede, int ambito) {
    }

    /**
     * La primera fecha de la clave en cada ámbito (sede × periodo), según los hechos vigentes; ajusta los conteos
     * diarios con +1/−1 donde cambió.
     */
    private static void recalcular(Connection c, ClaveHecho k) throws SQLException {
        Map<Ambito, LocalDate> nuevas = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sede_id, YEAR(fecha), MIN(fecha) FROM indicador_hecho "
                + "WHERE indicador = ? AND componente = ? AND clave = ? GROUP BY sede_id, YEAR(fecha)")) {
            clave(ps, k);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long sede = rs.getLong(1);
                    boolean conSede = !rs.wasNull();
                    int anio = rs.getInt(2);
                    LocalDate f = rs.getDate(3).toLocalDate();
                    List<Ambito> ambitos = new ArrayList<>(List.of(new Ambito(0, 0), new Ambito(0, anio)));
                    if (conSede) {
                        ambitos.add(new Ambito(sede, 0));
                        ambitos.add(new Ambito(sede, anio));
                    }
                    for (Ambito a : ambitos) {
                        nuevas.merge(a, f, (x, y) -> x.isBefore(y) ? x : y);
                    }
                }
            }
        }
        Map<Ambito, LocalDate> viejas = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sede_id, ambito, primera_fecha FROM indicador_clave "
                + "WHERE indicador = ? AND componente = ? AND clave = ? FOR UPDATE")) {
            clave(ps, k);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    viejas.put(new Ambito(rs.getLong(1), rs.getInt(2)), rs.getDate(3).toLocalDate());
                }
            }
        }
        Set<Ambito> ambitos = new HashSet<>(nuevas.keySet());
        ambitos.addAll(viejas.keySet());
        for (Ambito ambito : ambitos) {
            LocalDate antes = viejas.get(ambito);
            LocalDate ahora = nuevas.get(ambito);
            if (antes != null && antes.equals(ahora)) {
                continue;
            }
            if (antes != null) {
                contar(c, ambito, antes, k, -1);
            }
            if (ahora != null) {
                contar(c, ambito, ahora, k, 1);
            }
            // Clave nueva en el ámbito, que ya no cuenta o que cuenta desde otra fecha: una sentencia para cada caso.
            String donde = " indicador = ? AND componente = ? AND clave = ? AND sede_id = ? AND ambito = ?";
            String sql = antes == null
                    ? "INSERT INTO indicador_clave (primera_fecha, indicador, componente, clave, sede_id, ambito) "
                            + "VALUES (?, ?, ?, ?, ?, ?)"
                    : ahora == null ? "DELETE FROM indicador_clave WHERE" + donde
                            : "UPDATE indicador_clave SET primera_fecha = ? WHERE" + donde;
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int n = 1;
                if (ahora != null) {
                    ps.setDate(n++, Date.valueOf(ahora));
                }
                ps.setString(n++, k.indicador());
                ps.setString(n++, k.componente());
                ps.setString(n++, k.clave());
                ps.setLong(n++, ambito.sede());
                ps.setInt(n, ambito.ambito());
                ps.executeUpdate();
            }
        }
    }

    /** Ajusta en {@code delta} el conteo del día y el de su mes (las dos tablas van siempre juntas). */
    private static void contar(Connection c, Ambito ambito, LocalDate fecha, ClaveHecho k, int delta)
            throws SQLException {
        contar(c, "indicador_conteo", "fecha", ambito, fecha, k, delta);
        contar(c, "indicador_conteo_mes", "mes", ambito, fecha.withDayOfMonth(1), k, delta);
    }

    private static void contar(Connection c, String tabla, String columnaFecha, Ambito ambito, LocalDate fecha,
            ClaveHecho k, int delta) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + tabla + " (sede_id, ambito, " + columnaFecha
                + ", indicador, componente, cantidad) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON DUPLICATE KEY UPDATE cantidad = cantidad + VALUES(cantidad)")) {
            ps.setLong(1, ambito.sede());
            ps.setInt(2, ambito.ambito());
            ps.setDate(3, Date.valueOf(fecha));
            ps.setString(4, k.indicador());
            ps.setString(5, k.componente());
            ps.setInt(6, delta);
            ps.executeUpdate();
        }
        if (delta < 0) {
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + tabla + " WHERE sede_id = ? "
                    + "AND ambito = ? AND " + columnaFecha + " = ? AND indicador = ? AND componente = ? "
                    + "AND cantidad = 0")) {
                ps.setLong(1, ambito.sede());
                ps.setInt(2, ambito.ambito());
                ps.setDate(3, Date.valueOf(fecha));
                ps.setString(4, k.indicador());
                ps.setString(5, k.componente());
                ps.executeUpdate();
            }
        }
    }

    private static void clave(PreparedStatement ps, ClaveHecho k) throws SQLException {
        ps.setString(1, k.indicador());
        ps.setString(2, k.componente());
        ps.setString(3, k.clave());
    }

    private static void insertarHechos(Connection c, Regla r, String filtro, List<Long> ids) throws SQLException {
        String sql = "INSERT INTO indicador_hecho (indicador, componente, clave, fecha, sede_id, caso_id, "
                + "actividad_id, detalle) SELECT ?, ?, h.* FROM (" + r.con(filtro) + ") h "
                + "WHERE h.fecha BETWEEN ? AND ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, r.indicador());
            ps.setString(2, r.componente().name());
            int n = fijar(ps, 3, ids);
            ps.setDate(n, INICIO);
            ps.setDate(n + 1, FIN);
            ps.executeUpdate();
        }
    }

    // ---------------------------------------------------------------- lectura

    /**
     * Lo que lee el tablero: para cada indicador calculado, las claves del periodo hasta el corte. No toca las tablas
     * de casos: es {@link #sumas} y {@link SumasAlCorte#conteos}.
     *
     * @param anio  {@code null}: el cuatrienio
     * @param corte la fecha de corte (ya limitada al periodo)
     */
    public static Map<String, Conteo> leer(Connection c, Integer anio, LocalDate corte) throws SQLException {
        return leer(c, anio, corte, 0);
    }

    /** Como {@link #leer(Connection, Integer, LocalDate)}, solo con lo registrado en una sede ({@code 0}: todas). */
    public static Map<String, Conteo> leer(Connection c, Integer anio, LocalDate corte, long sede)
            throws SQLException {
        return sumas(c, anio, corte, sede).conteos(anio, corte);
    }

    /**
     * Los conteos sumados hasta el final del periodo pedido ({@code anio} nulo: el cuatrienio), en una consulta:
     * los meses completos de {@code indicador_conteo_mes} anteriores al mes del corte y, de ese mes, los días de
     * {@code indicador_conteo} hasta el corte. Agrupados por año, responden también a cada año hasta esa fecha
     * (el avance del mantenimiento en el cuatrienio): ver {@link SumasAlCorte#responde}.
     */
    public static SumasAlCorte sumas(Connection c, Integer anio, LocalDate corte, long sede) throws SQLException {
        LocalDate hasta = Periodo.de(anio, corte).hasta();
        SumasAlCorte sumas = new SumasAlCorte(sede, hasta);
        if (hasta.isBefore(Cuatrienio.INICIO)) {
            return sumas;
        }
        LocalDate mes = hasta.withDayOfMonth(1);
        List<Integer> ambitos = new ArrayList<>(List.of(0));
        Cuatrienio.anios().forEach(ambitos::add);
        try (PreparedStatement ps = c.prepareStatement("SELECT indicador, componente, ambito, YEAR(f), SUM(cantidad) "
                + "FROM (SELECT indicador, componente, ambito, mes AS f, cantidad FROM indicador_conteo_mes "
                + "WHERE sede_id = ? AND ambito IN (" + marcadores(ambitos.size()) + ") AND mes >= ? AND mes < ? "
                + "UNION ALL SELECT indicador, componente, ambito, fecha AS f, cantidad FROM indicador_conteo "
                + "WHERE sede_id = ? AND ambito IN (0, ?) AND fecha BETWEEN ? AND ?) t "
                + "GROUP BY indicador, componente, ambito, YEAR(f)")) {
            int n = 1;
            ps.setLong(n++, sede);
            for (int ambito : ambitos) {
                ps.setInt(n++, ambito);
            }
            ps.setDate(n++, INICIO);
            ps.setDate(n++, Date.valueOf(mes));
            ps.setLong(n++, sede);
            ps.setInt(n++, hasta.getYear());
            ps.setDate(n++, Date.valueOf(mes));
            ps.setDate(n, Date.valueOf(hasta));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    sumas.sumar(rs.getString(1), ParteDeLaCifra.valueOf(rs.getString(2)), rs.getInt(3), rs.getInt(4),
                            rs.getLong(5));
                }
            }
        }
        return sumas;
    }

    /**
     * Las mismas cifras de {@link #leer}, calculadas en vivo con GROUP BY sobre las tablas crudas (la referencia del
     * benchmark y del recuento).
     */
    public static Map<String, Conteo> enVivo(Connection c, Integer anio, LocalDate corte) throws SQLException {
        return enVivo(c, anio, corte, 0);
    }

    /** Como {@link #enVivo(Connection, Integer, LocalDate)}, solo con lo registrado en una sede ({@code 0}: todas). */
    public static Map<String, Conteo> enVivo(Connection c, Integer anio, LocalDate corte, long sede)
            throws SQLException {
        Periodo p = Periodo.de(anio, corte);
        Map<String, Conteo> r = vacios();
        if (p.vacio()) {
            return r;
        }
        for (Regla regla : ReglasDelPlan.todas()) {
            Conteo conteo = r.get(regla.indicador());
            String hechos = "SELECT * FROM (" + regla.con("TRUE") + ") h0 WHERE h0.fecha BETWEEN ? AND ?"
                    + (sede == 0 ? "" : " AND h0.sede_id = " + sede);
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(DISTINCT h.clave) FROM (" + hechos
                    + ") h WHERE h.fecha BETWEEN ? AND ?")) {
                ps.setDate(1, INICIO);
                ps.setDate(2, FIN);
                ps.setDate(3, Date.valueOf(p.desde()));
                ps.setDate(4, Date.valueOf(p.hasta()));
                conteo.sumarEnPeriodo(regla.componente(), unico(ps));
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM (SELECT h.clave, MIN(h.fecha) f "
                    + "FROM (" + hechos + ") h GROUP BY h.clave) m WHERE m.f BETWEEN ? AND ?")) {
                ps.setDate(1, INICIO);
                ps.setDate(2, FIN);
                ps.setDate(3, Date.valueOf(p.desde()));
                ps.setDate(4, Date.valueOf(p.hasta()));
                conteo.sumarNuevas(regla.componente(), unico(ps));
            }
        }
        return r;
    }

    /** Las diferencias entre el almacén y el cálculo en vivo, por indicador; vacío si coinciden. */
    public static Map<String, String> diferencias(Connection c, Integer anio, LocalDate corte, long sede)
            throws SQLException {
        Map<String, Conteo> almacen = leer(c, anio, corte, sede);
        Map<String, Conteo> vivo = enVivo(c, anio, corte, sede);
        Map<String, String> difs = new TreeMap<>();
        for (String codigo : ReglasDelPlan.indicadores()) {
            if (!almacen.get(codigo).equals(vivo.get(codigo))) {
                difs.put(codigo, "almacén {" + almacen.get(codigo) + "} ≠ en vivo {" + vivo.get(codigo) + "}");
            }
        }
        return difs;
    }

    private static Map<String, Conteo> vacios() {
        Map<String, Conteo> r = new HashMap<>();
        ReglasDelPlan.indicadores().forEach(i -> r.put(i, new Conteo()));
        return r;
    }

    private static long unico(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String marcadores(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    private static int fijar(PreparedStatement ps, int desde, List<Long> ids) throws SQLException {
        int i = desde;
        for (Long id : ids) {
            ps.setLong(i++, id);
        }
        return i;
    }

    /** El periodo pedido: un año o el cuatrienio, desde su inicio hasta el corte. */
    record Periodo(int ambito, LocalDate desde, LocalDate hasta) {

        static Periodo de(Integer anio, LocalDate corte) {
            LocalDate desde = anio == null ? Cuatrienio.INICIO : Cuatrienio.inicioDe(anio);
            LocalDate fin = anio == null ? Cuatrienio.FIN : Cuatrienio.finDe(anio);
            return new Periodo(anio == null ? 0 : anio, desde, corte.isAfter(fin) ? fin : corte);
        }

        boolean vacio() {
            return hasta.isBefore(desde);
        }
    }
}
