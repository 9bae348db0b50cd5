package co.gov.cartagena.ruta.auditoria;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Filtros del visor de auditoría. Todos opcionales: usuario (exacto), acción, tipo de registro (entidad) y su id
 * (exactos), rango de fechas en hora de Colombia (inclusive) y dirección (prefijo, p. ej. {@code 10.2.}).
 */
public record FiltroAuditoria(String usuario, Accion accion, String entidad, String entidadId, LocalDate desde,
        LocalDate hasta, String direccion) implements Serializable {

    public static final FiltroAuditoria TODO = new FiltroAuditoria(null, null, null, null, null, null, null);

    public FiltroAuditoria {
        usuario = limpio(usuario, 100, "usuario");
        entidad = limpio(entidad, 60, "entidad");
        entidadId = limpio(entidadId, 60, "entidadId");
        direccion = limpio(direccion, 45, "direccion");
        ReglaIncumplida.exigir(desde == null || hasta == null || !hasta.isBefore(desde), "hasta",
                Texto.de("auditoria.fechaHastaNoPuede"));
    }

    public static FiltroAuditoria deCaso(Long casoId) {
        return new FiltroAuditoria(null, null, "caso", String.valueOf(casoId), null, null, null);
    }

    /** Cómo queda la consulta en el propio rastro (ver el rastro también se audita). */
    public String describir() {
        List<String> partes = new ArrayList<>();
        agregar(partes, "usuario", usuario);
        agregar(partes, "accion", accion == null ? null : accion.name());
        agregar(partes, "entidad", entidad);
        agregar(partes, "entidadId", entidadId);
        agregar(partes, "desde", desde == null ? null : desde.toString());
        agregar(partes, "hasta", hasta == null ? null : hasta.toString());
        agregar(partes, "direccion", direccion);
        return partes.isEmpty() ? "sin filtros" : String.join("; ", partes);
    }

    private static void agregar(List<String> partes, String nombre, String valor) {
        if (valor != null) {
            partes.add(nombre + "=" + valor);
        }
    }

    private static String limpio(String valor, int maximo, String campo) {
        if (valor == null || valor.isBlank()) {
            return null;
        }
        String v = valor.trim();
        ReglaIncumplida.exigir(v.length() <= maximo, campo,
                Texto.de("auditoria.filtroAdmiteHastaCaracteres", campo, maximo));
        return v;
    }
}
