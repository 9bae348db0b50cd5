package co.gov.cartagena.ruta.indicadores.generador;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;

/**
 * Escribe las filas en la base por lotes: una sentencia preparada por tabla y {@code executeBatch} cada
 * {@value #LOTE} filas, que el conector de MariaDB manda como una sola operación masiva (COM_STMT_BULK_EXECUTE,
 * opción {@code useBulkStmts}). Las llaves foráneas se desactivan en la sesión mientras carga (el generador pone
 * los identificadores y enlaza él mismo) y se vuelven a activar al cerrar. Confirma cada {@value #FILAS_POR_COMMIT}
 * filas para no inflar el registro de deshacer; dentro de una transacción ajena (JTA) no confirma nada: la confirma o
 * la deshace quien la abrió.
 */
public final class SumideroJdbc implements Sumidero {

    static final int LOTE = 2_000;
    static final int FILAS_POR_COMMIT = 200_000;

    private final Connection conexion;
    private final boolean autocommitAntes;
    private final boolean confirmar;
    private final Map<Tabla, PreparedStatement> sentencias = new EnumMap<>(Tabla.class);
    private final Map<Tabla, Integer> pendientes = new EnumMap<>(Tabla.class);
    private final Map<Tabla, Long> escritas = new EnumMap<>(Tabla.class);
    private long sinConfirmar;

    public SumideroJdbc(Connection conexion) throws SQLException {
        this(conexion, true);
    }

    public SumideroJdbc(Connection conexion, boolean confirmar) throws SQLException {
        this.conexion = conexion;
        this.confirmar = confirmar;
        this.autocommitAntes = confirmar && conexion.getAutoCommit();
        try (var st = conexion.createStatement()) {
            st.execute("SET SESSION foreign_key_checks = 0");
        }
        if (confirmar) {
            conexion.setAutoCommit(false);
        }
    }

    @Override
    public void fila(Tabla tabla, Object... valores) {
        try {
            PreparedStatement ps = sentencias.get(tabla);
            if (ps == null) {
                ps = conexion.prepareStatement(tabla.insert());
                sentencias.put(tabla, ps);
            }
            for (int i = 0; i < valores.length; i++) {
                ps.setObject(i + 1, valores[i]);
            }
            ps.addBatch();
            int n = pendientes.merge(tabla, 1, Integer::sum);
            escritas.merge(tabla, 1L, Long::sum);
            if (n >= LOTE) {
                ps.executeBatch();
                pendientes.put(tabla, 0);
            }
            if (++sinConfirmar >= FILAS_POR_COMMIT && confirmar) {
                vaciar();
                conexion.commit();
                sinConfirmar = 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo escribir en " + tabla.nombre() + ": " + e.getMessage(), e);
        }
    }

    private void vaciar() throws SQLException {
        for (Map.Entry<Tabla, PreparedStatement> e : sentencias.entrySet()) {
            if (pendientes.getOrDefault(e.getKey(), 0) > 0) {
                e.getValue().executeBatch();
                pendientes.put(e.getKey(), 0);
            }
        }
    }

    public Map<Tabla, Long> escritas() {
        return escritas;
    }

    @Override
    public void close() {
        try {
            vaciar();
            if (confirmar) {
                conexion.commit();
            }
            for (PreparedStatement ps : sentencias.values()) {
                ps.close();
            }
            try (var st = conexion.createStatement()) {
                st.execute("SET SESSION foreign_key_checks = 1");
            }
            if (confirmar) {
                conexion.setAutoCommit(autocommitAntes);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo terminar la carga: " + e.getMessage(), e);
        }
    }
}
