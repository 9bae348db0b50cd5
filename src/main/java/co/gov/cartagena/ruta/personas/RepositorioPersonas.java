package co.gov.cartagena.ruta.personas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Consultas de personas. Solo personas vigentes (no fusionadas en otra). */
@ApplicationScoped
public class RepositorioPersonas {

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    public Optional<Persona> porId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Persona.class, id));
    }

    public Optional<Persona> porDocumento(TipoDocumento tipo, String numero) {
        if (tipo == null || numero == null || !tipo.llevaNumero()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Persona.porDocumento", Persona.class).setParameter("tipo", tipo)
                .setParameter("numero", numero.replaceAll("[\\s.]", "").toUpperCase()).getResultStream().findFirst();
    }

    public Optional<Persona> porClaveEnvio(String clave) {
        if (clave == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Persona.porClaveEnvio", Persona.class).setParameter("clave", clave)
                .getResultStream().findFirst();
    }

    /**
     * Personas cuyo nombre tiene todas las palabras, cada una como comienzo de palabra (sin tildes, mayúsculas ni
     * orden), por el índice FULLTEXT: ver {@link BusquedaPorNombre}. Sin una palabra de tres letras o más, ninguna.
     */
    public List<Persona> porNombre(String texto, int maximo) {
        BusquedaPorNombre busqueda = BusquedaPorNombre.de(texto);
        if (!busqueda.posible()) {
            return List.of();
        }
        Map<String, Object> parametros = new HashMap<>();
        TypedQuery<Persona> q = em.createQuery("SELECT p FROM Persona p WHERE p.fusionadaEn IS NULL AND "
                + busqueda.condicion("p.nombreBusqueda", "nombre", parametros) + " ORDER BY p.apellidos, p.nombres",
                Persona.class);
        parametros.forEach(q::setParameter);
        return q.setMaxResults(maximo).getResultList();
    }

    public void guardar(Persona p) {
        em.persist(p);
    }

    public void sincronizar() {
        em.flush();
    }
}
