package co.gov.cartagena.ruta.sedes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;

/** Consultas sobre el registro de sedes. */
@ApplicationScoped
public class RepositorioSedes {

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    public List<Sede> porCodigos(Collection<String> codigos) {
        if (codigos.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Sede.porCodigos", Sede.class).setParameter("codigos", codigos).getResultList();
    }

    public java.util.Optional<Sede> porCodigo(String codigo) {
        return porCodigos(List.of(codigo == null ? "" : codigo)).stream().findFirst();
    }

    public List<Sede> todas() {
        return em.createNamedQuery("Sede.todas", Sede.class).getResultList();
    }
}
