package co.gov.cartagena.ruta.actividades;

import co.gov.cartagena.ruta.personas.Persona;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Consultas de actividades y tipos. Las listas filtran y paginan en la base de datos. */
@ApplicationScoped
public class RepositorioActividades {

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    public Optional<Actividad> porId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Actividad.class, id));
    }

    /** Las actividades (también anuladas) en cuya asistencia está la persona. */
    public List<Actividad> conAsistente(Persona persona) {
        return em.createQuery("SELECT a FROM Actividad a JOIN a.personas p WHERE p.id = :persona ORDER BY a.id",
                Actividad.class).setParameter("persona", persona.getId()).getResultList();
    }

    public Optional<Actividad> porClaveEnvio(String clave) {
        if (clave == null || clave.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Actividad.porClaveEnvio", Actividad.class).setParameter("clave", clave)
                .getResultStream().findFirst();
    }

    public Optional<TipoActividad> tipoPorCodigo(String codigo) {
        if (codigo == null || codigo.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("TipoActividad.porCodigo", TipoActividad.class)
                .setParameter("codigo", codigo.trim().toUpperCase()).getResultStream().findFirst();
    }

    public List<TipoActividad> tipos(boolean soloActivos) {
        return em.createNamedQuery(soloActivos ? "TipoActividad.activos" : "TipoActividad.todos", TipoActividad.class)
                .getResultList();
    }

    /**
     * Las actividades del filtro en las sedes dadas ({@code null} = todas), de la más reciente a la más antigua.
     */
    public List<Actividad> buscar(FiltroActividades filtro, Collection<String> sedes, int primero, int cuantos) {
        TypedQuery<Actividad> q = consulta("SELECT a", filtro, sedes, " ORDER BY a.fecha DESC, a.id DESC",
                Actividad.class);
        return q.setFirstResult(Math.max(0, primero)).setMaxResults(Math.max(1, Math.min(cuantos, 500)))
                .getResultList();
    }

    public long contar(FiltroActividades filtro, Collection<String> sedes) {
        return consulta("SELECT COUNT(a)", filtro, sedes, "", Long.class).getSingleResult();
    }

    /** Evidencias vigentes (no anuladas) por actividad. */
    public Map<Long, Long> evidenciasVigentes(Collection<Long> ids) {
        return conteo("SELECT x.actividadId, COUNT(x) FROM Adjunto x WHERE x.actividadId IN :ids AND x.anulacion.anulado = FALSE"
                + " GROUP BY x.actividadId", ids);
    }

    /** Personas del registro en la asistencia, por actividad. */
    public Map<Long, Long> personasRegistradas(Collection<Long> ids) {
        return conteo("SELECT a.id, COUNT(p) FROM Actividad a JOIN a.personas p WHERE a.id IN :ids GROUP BY a.id", ids);
    }

    public void guardar(Object entidad) {
        em.persist(entidad);
    }

    public void sincronizar() {
        em.flush();
    }

    private Map<Long, Long> conteo(String jpql, Collection<Long> ids) {
        Map<Long, Long> m = new HashMap<>();
        if (ids.isEmpty()) {
            return m;
        }
        for (Object[] fila : em.createQuery(jpql, Object[].class).setParameter("ids", ids).getResultList()) {
            m.put((Long) fila[0], ((Number) fila[1]).longValue());
        }
        return m;
    }

    private <T> TypedQuery<T> consulta(String select, FiltroActividades f, Collection<String> sedes, String orden,
            Class<T> clase) {
        StringBuilder jpql = new StringBuilder(select).append(" FROM Actividad a WHERE 1 = 1");
        List<Object[]> parametros = new ArrayList<>();
        if (sedes != null) {
            jpql.append(" AND a.sede.codigo IN :sedes");
            parametros.add(new Object[] {"sedes", sedes.isEmpty() ? List.of("-") : sedes});
        }
        if (f.tipo() != null && !f.tipo().isBlank()) {
            jpql.append(" AND a.tipo.codigo = :tipo");
            parametros.add(new Object[] {"tipo", f.tipo().trim().toUpperCase()});
        }
        if (f.sede() != null && !f.sede().isBlank()) {
            jpql.append(" AND a.sede.codigo = :sede");
            parametros.add(new Object[] {"sede", f.sede().trim().toUpperCase()});
        }
        if (f.desde() != null) {
            jpql.append(" AND a.fecha >= :desde");
            parametros.add(new Object[] {"desde", f.desde()});
        }
        if (f.hasta() != null) {
            jpql.append(" AND a.fecha <= :hasta");
            parametros.add(new Object[] {"hasta", f.hasta()});
        }
        if (!f.incluirAnuladas()) {
            jpql.append(" AND a.anulacion.anulado = FALSE");
        }
        if (f.sinSoporte()) {
            jpql.append(" AND NOT EXISTS (SELECT x FROM Adjunto x WHERE x.actividadId = a.id AND x.anulacion.anulado = FALSE)");
        }
        jpql.append(orden);
        TypedQuery<T> q = em.createQuery(jpql.toString(), clase);
        for (Object[] p : parametros) {
            q.setParameter((String) p[0], p[1]);
        }
        return q;
    }
}
