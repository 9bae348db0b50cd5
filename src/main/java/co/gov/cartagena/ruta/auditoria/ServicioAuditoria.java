package co.gov.cartagena.ruta.auditoria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import co.gov.cartagena.ruta.comun.Hoy;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Escribe y consulta el rastro. {@link #registrar} se une a la transacción de quien lo llama, de modo que
 * el rastro y el cambio que registra se confirman o se deshacen juntos.
 */
@ApplicationScoped
public class ServicioAuditoria {

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRED)
    public RegistroAuditoria registrar(String usuario, String direccionIp, Accion accion, String entidad,
            String entidadId, String detalle) {
        RegistroAuditoria registro = new RegistroAuditoria(usuario, direccionIp, accion, entidad, entidadId, detalle);
        em.persist(registro);
        return registro;
    }

    /**
     * Escribe en una transacción propia, que se confirma aunque la de quien llama se deshaga: para los accesos
     * denegados, cuya operación termina en excepción.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public RegistroAuditoria registrarAparte(String usuario, String direccionIp, Accion accion, String entidad,
            String entidadId, String detalle) {
        return registrar(usuario, direccionIp, accion, entidad, entidadId, detalle);
    }

    /** Una página del rastro filtrado, de la entrada más nueva a la más vieja. No comprueba quién pregunta. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistroAuditoria> buscar(FiltroAuditoria filtro, int primero, int cuantos) {
        return consulta("SELECT r FROM RegistroAuditoria r", filtro, " ORDER BY r.momento DESC, r.id DESC",
                RegistroAuditoria.class)
                .setFirstResult(Math.max(0, primero))
                .setMaxResults(Math.min(Math.max(1, cuantos), 200))
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long contar(FiltroAuditoria filtro) {
        return consulta("SELECT COUNT(r) FROM RegistroAuditoria r", filtro, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> consulta(String inicio, FiltroAuditoria f, String fin, Class<T> tipo) {
        StringBuilder w = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (f.usuario() != null) {
            w.append(" AND r.usuario = :usuario");
            p.put("usuario", f.usuario());
        }
        if (f.accion() != null) {
            w.append(" AND r.accion = :accion");
            p.put("accion", f.accion());
        }
        if (f.entidad() != null) {
            w.append(" AND r.entidad = :entidad");
            p.put("entidad", f.entidad());
        }
        if (f.entidadId() != null) {
            w.append(" AND r.entidadId = :entidadId");
            p.put("entidadId", f.entidadId());
        }
        if (f.desde() != null) {
            w.append(" AND r.momento >= :desde");
            p.put("desde", f.desde().atStartOfDay(Hoy.COLOMBIA).toInstant());
        }
        if (f.hasta() != null) {
            w.append(" AND r.momento < :hasta");
            p.put("hasta", f.hasta().plusDays(1).atStartOfDay(Hoy.COLOMBIA).toInstant());
        }
        if (f.direccion() != null) {
            w.append(" AND r.direccionIp LIKE :direccion ESCAPE '!'");
            p.put("direccion", f.direccion().replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
        TypedQuery<T> q = em.createQuery(inicio + w + fin, tipo);
        p.forEach(q::setParameter);
        return q;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /**
     * Los usuarios que aparecen en el rastro (a lo sumo {@code cuantos}), para elegir por nombre en el filtro. Se lee
     * del índice {@code ix_auditoria_usuario} sin recorrer la tabla.
     */
    public List<String> usuarios(int cuantos) {
        return em.createQuery("SELECT DISTINCT r.usuario FROM RegistroAuditoria r ORDER BY r.usuario", String.class)
                .setMaxResults(cuantos).getResultList();
    }

    public List<RegistroAuditoria> recientes(int primero, int cuantos) {
        return em.createNamedQuery("RegistroAuditoria.recientes", RegistroAuditoria.class)
                .setFirstResult(Math.max(0, primero))
                .setMaxResults(Math.min(Math.max(1, cuantos), 200))
                .getResultList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RegistroAuditoria> deEntidad(String entidad, String entidadId) {
        return em.createNamedQuery("RegistroAuditoria.deEntidad", RegistroAuditoria.class)
                .setParameter("entidad", entidad)
                .setParameter("entidadId", entidadId)
                .getResultList();
    }
}
