package co.gov.cartagena.ruta.carga;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Casos de la base generada que cada perfil puede ver, tomados al azar antes de la carga: de ellos salen las
 * búsquedas (apellido o documento del titular, radicado), las páginas de caso, los titulares que vuelven por otro
 * caso y los casos abiertos en los que se registra una atención. Se guarda en un archivo separado por tabuladores
 * para que la simulación, que Gatling instancia por su cuenta, lo lea.
 */
record Muestra(Map<Perfil, List<CasoDeMuestra>> casos) {

    /** Un caso de la muestra con su titular; {@code atendible} si su estado admite la atención del perfil. */
    record CasoDeMuestra(long id, String radicado, long personaId, String documento, String apellido,
            boolean atendible) {
    }

    List<CasoDeMuestra> de(Perfil p) {
        return casos.getOrDefault(p, List.of());
    }

    List<CasoDeMuestra> atendibles(Perfil p) {
        return de(p).stream().filter(CasoDeMuestra::atendible).toList();
    }

    /** Lee de la base hasta {@code porPerfil} casos no anulados de la sede y la ruta de cada perfil, al azar. */
    static Muestra tomar(Connection c, int porPerfil) throws SQLException {
        Map<Perfil, List<CasoDeMuestra>> casos = new EnumMap<>(Perfil.class);
        String sql = "SELECT c.id, c.radicado, c.estado, p.id, p.numero_documento, p.apellidos FROM caso c"
                + " JOIN sede s ON s.id = c.sede_id JOIN caso_persona cp ON cp.caso_id = c.id AND cp.rol = ?"
                + " JOIN persona p ON p.id = cp.persona_id"
                + " WHERE s.codigo = ? AND c.ruta = ? AND c.anulado = FALSE AND p.fusionada_en IS NULL"
                + " ORDER BY RAND(20260101) LIMIT ?";
        for (Perfil perfil : Perfil.values()) {
            List<CasoDeMuestra> lista = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, perfil.rolTitular());
                ps.setString(2, perfil.sede);
                ps.setString(3, perfil.ruta.name());
                ps.setInt(4, porPerfil);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String documento = rs.getString(5);
                        String apellidos = rs.getString(6).trim();
                        lista.add(new CasoDeMuestra(rs.getLong(1), rs.getString(2), rs.getLong(4),
                                documento == null ? "" : documento, primerApellido(apellidos),
                                perfil.estadosParaAtender().contains(rs.getString(3))));
                    }
                }
            }
            casos.put(perfil, List.copyOf(lista));
        }
        return new Muestra(casos);
    }

    void escribir(Path archivo) throws IOException {
        List<String> lineas = new ArrayList<>();
        casos.forEach((perfil, lista) -> lista.forEach(k -> lineas.add(String.join("\t", perfil.name(),
                String.valueOf(k.id()), k.radicado(), String.valueOf(k.personaId()), k.documento(), k.apellido(),
                String.valueOf(k.atendible())))));
        Files.write(archivo, lineas);
    }

    static Muestra leer(Path archivo) throws IOException {
        Map<Perfil, List<CasoDeMuestra>> casos = new EnumMap<>(Perfil.class);
        for (String linea : Files.readAllLines(archivo)) {
            String[] c = linea.split("\t", -1);
            casos.computeIfAbsent(Perfil.valueOf(c[0]), p -> new ArrayList<>()).add(new CasoDeMuestra(
                    Long.parseLong(c[1]), c[2], Long.parseLong(c[3]), c[4], c[5], Boolean.parseBoolean(c[6])));
        }
        return new Muestra(casos);
    }

    /** Cuántos casos, y cuántos de ellos admiten la atención, por perfil: para el informe. */
    String resumen() {
        StringBuilder b = new StringBuilder();
        for (Perfil p : Perfil.values()) {
            b.append(b.isEmpty() ? "" : "; ").append(p.usuario).append(' ').append(p.sede).append(": ")
                    .append(de(p).size()).append(" casos (").append(atendibles(p).size()).append(" admiten ")
                    .append(p.tipoAtencion).append(')');
        }
        return b.toString();
    }

    /**
     * Lo que un gestor escribe para buscar por apellido: el primer apellido, con la partícula si la tiene («De Ávila
     * Pérez» → «De Ávila»); una partícula sola no se puede buscar (el índice guarda palabras de tres letras o más).
     */
    static String primerApellido(String apellidos) {
        String[] palabras = apellidos.split("\\s+");
        StringBuilder a = new StringBuilder();
        for (String p : palabras) {
            a.append(a.length() == 0 ? "" : " ").append(p);
            if (p.length() >= 3) {
                break;
            }
        }
        return a.toString();
    }
}
