package co.gov.cartagena.ruta.auditoria;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

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

    @Transactional(Transactional.TxType.SUPPORTS)
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
