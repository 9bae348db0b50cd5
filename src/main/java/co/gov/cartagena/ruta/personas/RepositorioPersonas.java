package co.gov.cartagena.ruta.personas;

import co.gov.cartagena.ruta.comun.Textos;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
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

    /** Personas cuyo nombre contiene todas las palabras (sin tildes, mayúsculas ni orden). */
    public List<Persona> porNombre(String texto, int maximo) {
        String[] palabras = Textos.palabras(texto);
        if (palabras.length == 0) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("SELECT p FROM Persona p WHERE p.fusionadaEn IS NULL");
        for (int i = 0; i < palabras.length; i++) {
            jpql.append(" AND p.nombreBusqueda LIKE :p").append(i);
        }
        jpql.append(" ORDER BY p.apellidos, p.nombres");
        TypedQuery<Persona> q = em.createQuery(jpql.toString(), Persona.class);
        for (int i = 0; i < palabras.length; i++) {
            q.setParameter("p" + i, "%" + palabras[i].replace("%", "").replace("_", "") + "%");
        }
        return q.setMaxResults(maximo).getResultList();
    }

    public void guardar(Persona p) {
        em.persist(p);
    }

    public void sincronizar() {
        em.flush();
    }
}
