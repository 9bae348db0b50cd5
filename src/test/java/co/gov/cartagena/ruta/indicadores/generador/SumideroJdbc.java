package co.gov.cartagena.ruta.indicadores.generador;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Escribe las filas en la base por lotes. Por defecto junta {@value #FILAS_POR_SENTENCIA} filas en un solo
 * {@code INSERT … VALUES (…), (…), …} (una ida y vuelta por lote, sea cual sea el protocolo); con
 * {@code -Dgenerador.bulk=true} usa en cambio {@code addBatch}/{@code executeBatch} con el envío masivo del conector
 * (COM_STMT_BULK_EXECUTE, opción {@code useBulkStmts}). Las llaves foráneas se desactivan en la sesión mientras carga
 * (el generador pone los identificadores y enlaza él mismo) y se vuelven a activar al cerrar. Confirma cada
 * {@value #FILAS_POR_COMMIT} filas para no inflar el registro de deshacer; dentro de una transacción ajena (JTA) no
 * confirma nada: la confirma o la deshace quien la abrió.
 */
public final class SumideroJdbc implements Sumidero {

    static final int FILAS_POR_SENTENCIA = 500;
    static final int FILAS_POR_COMMIT = 200_000;

    private final Connection conexion;
    private final boolean autocommitAntes;
    private final boolean confirmar;
    private final boolean bulk = Boolean.getBoolean("generador.bulk");
    private final Map<Tabla, List<Object[]>> pendientes = new EnumMap<>(Tabla.class);
    private final Map<Tabla, PreparedStatement> lotes = new EnumMap<>(Tabla.class);
    private final Map<String, PreparedStatement> sentencias = new HashMap<>();
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
            escritas.merge(tabla, 1L, Long::sum);
            if (bulk) {
                PreparedStatement ps = lotes.get(tabla);
                if (ps == null) {
                    ps = conexion.prepareStatement(tabla.insert());
                    lotes.put(tabla, ps);
                }
                for (int i = 0; i < valores.length; i++) {
                    ps.setObject(i + 1, valores[i]);
                }
                ps.addBatch();
                List<Object[]> cuenta = pendientes.computeIfAbsent(tabla, t -> new ArrayList<>());
                cuenta.add(null);
                if (cuenta.size() >= FILAS_POR_SENTENCIA) {
                    ps.executeBatch();
                    cuenta.clear();
                }
            } else {
                List<Object[]> filas = pendientes.computeIfAbsent(tabla, t -> new ArrayList<>());
                filas.add(valores);
                if (filas.size() >= FILAS_POR_SENTENCIA) {
                    escribir(tabla, filas);
                }
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

    private void escribir(Tabla tabla, List<Object[]> filas) throws SQLException {
        String clave = tabla.name() + ":" + filas.size();
        PreparedStatement ps = sentencias.get(clave);
        if (ps == null) {
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(tabla.nombre()).append(" (")
                    .append(String.join(", ", tabla.columnas())).append(") VALUES ");
            String fila = "(" + String.join(", ", tabla.columnas().stream().map(c -> "?").toList()) + ")";
            for (int i = 0; i < filas.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(fila);
            }
            ps = conexion.prepareStatement(sql.toString());
            sentencias.put(clave, ps);
        }
        int n = 1;
        for (Object[] f : filas) {
            for (Object v : f) {
                ps.setObject(n++, v);
            }
        }
        ps.executeUpdate();
        filas.clear();
    }

    private void vaciar() throws SQLException {
        for (Map.Entry<Tabla, List<Object[]>> e : pendientes.entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            if (bulk) {
                lotes.get(e.getKey()).executeBatch();
                e.getValue().clear();
            } else {
                escribir(e.getKey(), e.getValue());
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
            for (PreparedStatement ps : lotes.values()) {
                ps.close();
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
