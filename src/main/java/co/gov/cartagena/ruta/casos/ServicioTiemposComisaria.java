package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.comun.Hoy;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.sedes.TipoSede;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * El reporte del tiempo de cada paso en la Comisaría de Familia (ruta {@link Ruta#VIOLENCIA_INTRAFAMILIAR}), a
 * partir de la historia de los casos ({@code caso_evento}). El coordinador lo ve de sus sedes; el supervisor, de
 * todas. Solo cifras agregadas por sede, periodo y estado: ni radicados, ni personas, ni gestores. Cada consulta
 * queda en la auditoría. Los criterios de cálculo están en {@link TiemposPorEstado}.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class ServicioTiemposComisaria {


    /** Rango máximo de una consulta: cinco años. */
    static final int MAXIMO_DIAS = 5 * 366;

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    RepositorioSedes sedes;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;

    /** Lo que se pidió y lo que se responde. */
    public record Reporte(LocalDate desde, LocalDate hasta, Periodicidad agrupar, String sede,
            List<TiemposPorEstado.Fila> filas) {
    }

    /**
     * Estancias cuyo ingreso al estado cae entre {@code desde} y {@code hasta} (inclusive, días de Colombia), de
     * la sede pedida o, si {@code sede} es vacía, de todas las que el usuario puede consultar.
     */
    public Reporte reporte(LocalDate desde, LocalDate hasta, Periodicidad agrupar, String sede) {
        Usuario u = usuarioActual.requerido();
        ReglaIncumplida.exigir(desde != null, "desde", Texto.de("casos.indiqueFechaInicialReporte"));
        ReglaIncumplida.exigir(hasta != null, "hasta", Texto.de("casos.indiqueFechaFinalReporte"));
        ReglaIncumplida.exigir(!hasta.isBefore(desde), "hasta", Texto.de("casos.fechaFinalNoPuede"));
        ReglaIncumplida.exigir(!desde.plusDays(MAXIMO_DIAS).isBefore(hasta), "hasta",
                Texto.de("casos.reporteAbarcaSumoCinco"));
        ReglaIncumplida.exigir(agrupar != null, "agrupar", Texto.de("casos.indiqueComoAgruparMes"));
        Set<String> alcance = sedesConsultables();
        String pedida = sede == null || sede.isBlank() ? null : sede.trim().toUpperCase();
        if (pedida != null && alcance != null && !alcance.contains(pedida)) {
            throw new ReglaIncumplida("sede", Texto.de("casos.soloPuedeConsultarComisarias"));
        }
        StringBuilder sql = new StringBuilder("SELECT s.codigo, s.nombre, t.estado_a, t.momento, t.siguiente FROM ("
                + "SELECT e.caso_id, e.estado_a, e.momento,"
                + " LEAD(e.momento) OVER (PARTITION BY e.caso_id ORDER BY e.momento, e.id) AS siguiente"
                + " FROM caso_evento e JOIN caso c ON c.id = e.caso_id JOIN sede sc ON sc.id = c.sede_id"
                + " WHERE c.ruta = ?1 AND c.anulado = FALSE");
        List<Object> parametros = new ArrayList<>();
        parametros.add(Ruta.VIOLENCIA_INTRAFAMILIAR.name());
        if (pedida != null) {
            parametros.add(pedida);
            sql.append(" AND sc.codigo = ?").append(parametros.size());
        } else if (alcance != null) {
            if (alcance.isEmpty()) {
                return registrar(new Reporte(desde, hasta, agrupar, null, List.of()));
            }
            sql.append(" AND sc.codigo IN (");
            for (String codigo : alcance) {
                parametros.add(codigo);
                sql.append(parametros.size() > 2 ? ", ?" : "?").append(parametros.size());
            }
            sql.append(")");
        }
        parametros.add(Timestamp.from(desde.atStartOfDay(Hoy.COLOMBIA).toInstant()));
        int inicio = parametros.size();
        parametros.add(Timestamp.from(hasta.plusDays(1).atStartOfDay(Hoy.COLOMBIA).toInstant()));
        int fin = parametros.size();
        sql.append(" AND EXISTS (SELECT 1 FROM caso_evento x WHERE x.caso_id = c.id AND x.momento >= ?").append(inicio)
                .append(" AND x.momento < ?").append(fin).append(")) t")
                .append(" JOIN caso c2 ON c2.id = t.caso_id JOIN sede s ON s.id = c2.sede_id")
                .append(" WHERE t.momento >= ?").append(inicio).append(" AND t.momento < ?").append(fin)
                .append(" AND t.estado_a <> '").append(DefinicionRuta.CERRADO).append("'");
        Query q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parametros.size(); i++) {
            q.setParameter(i + 1, parametros.get(i));
        }
        List<TiemposPorEstado.Estancia> estancias = new ArrayList<>();
        for (Object fila : q.getResultList()) {
            Object[] f = (Object[]) fila;
            estancias.add(new TiemposPorEstado.Estancia((String) f[0], (String) f[1], (String) f[2], instante(f[3]),
                    instante(f[4])));
        }
        List<String> orden = new ArrayList<>(Ruta.VIOLENCIA_INTRAFAMILIAR.definicion().estados());
        return registrar(new Reporte(desde, hasta, agrupar, pedida,
                TiemposPorEstado.agregar(estancias, agrupar, Hoy.COLOMBIA, orden)));
    }

    /** Un TIMESTAMP leído de la base (la sesión de MariaDB y la JVM están en UTC). */
    private static Instant instante(Object valor) {
        if (valor == null) {
            return null;
        }
        if (valor instanceof Timestamp t) {
            return t.toInstant();
        }
        if (valor instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (valor instanceof Instant i) {
            return i;
        }
        throw new IllegalStateException("Tipo de fecha inesperado: " + valor.getClass());
    }

    /** Las sedes que el usuario puede elegir en el reporte (Comisarías de Familia). */
    public List<Sede> sedesDelReporte() {
        Set<String> alcance = sedesConsultables();
        List<Sede> todas = new ArrayList<>(sedes.deTipo(TipoSede.COMISARIA_DE_FAMILIA));
        todas.addAll(sedes.deTipo(TipoSede.COMISARIA_DE_FAMILIA_MOVIL));
        return todas.stream().filter(s -> alcance == null || alcance.contains(s.getCodigo())).toList();
    }

    /** {@code null}: todas (supervisor); si no, las sedes del coordinador. */
    private Set<String> sedesConsultables() {
        Usuario u = acceso.exigir(x -> x.tiene(Rol.SUPERVISOR) || x.tiene(Rol.COORDINADOR), Denegacion.operacion(
                "reporte", "tiempos-comisaria", "reporte de tiempos de la Comisaría de Familia",
                Texto.de("casos.reporteTiemposComisariaFamilia")));
        return u.tiene(Rol.SUPERVISOR) ? null : new TreeSet<>(u.getSedes());
    }

    private Reporte registrar(Reporte r) {
        auditor.registrar(Accion.VER, "reporte", "tiempos-comisaria", "desde " + r.desde() + " hasta " + r.hasta()
                + ", por " + r.agrupar() + (r.sede() == null ? "" : ", sede " + r.sede()) + ": " + r.filas().size()
                + " filas");
        return r;
    }
}
