package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.casos.Ruta;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Consultas de lotes, de lo que creó cada fila y de las filas con error. */
@ApplicationScoped
public class RepositorioImportaciones {

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    public Optional<LoteImportacion> lote(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(LoteImportacion.class, id));
    }

    /** Un lote del mismo archivo, ruta y sede que quedó a medias (para retomarlo). */
    public Optional<LoteImportacion> enCurso(String huella, Ruta ruta, String sede) {
        var consulta = ruta == null
                ? em.createNamedQuery("LoteImportacion.enCursoDeActividades", LoteImportacion.class)
                : em.createNamedQuery("LoteImportacion.enCurso", LoteImportacion.class).setParameter("ruta", ruta);
        return consulta.setParameter("huella", huella).setParameter("sede", sede).getResultStream().findFirst();
    }

    /** El primer registro vigente (de un lote no anulado) de un grupo de filas: p. ej. la actividad de una clave. */
    public Optional<RegistroImportado> vigentePorGrupo(String grupo) {
        return em.createNamedQuery("RegistroImportado.vigentePorGrupo", RegistroImportado.class)
                .setParameter("grupo", grupo).setMaxResults(1).getResultStream().findFirst();
    }

    public List<LoteImportacion> deSedes(Collection<String> sedes, int cuantos) {
        if (sedes.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("LoteImportacion.deSedes", LoteImportacion.class).setParameter("sedes", sedes)
                .setMaxResults(cuantos).getResultList();
    }

    /** Lo que ya creó una fila con esa clave en un lote que no está anulado. */
    public Optional<RegistroImportado> vigentePorClave(String clave) {
        return em.createNamedQuery("RegistroImportado.vigentePorClave", RegistroImportado.class)
                .setParameter("clave", clave).setMaxResults(1).getResultStream().findFirst();
    }

    public List<RegistroImportado> registros(Long lote) {
        return em.createNamedQuery("RegistroImportado.deLote", RegistroImportado.class).setParameter("lote", lote)
                .getResultList();
    }

    public List<FilaConError> filasConError(Long lote) {
        return em.createNamedQuery("FilaConError.deLote", FilaConError.class).setParameter("lote", lote)
                .getResultList();
    }

    public void guardar(Object entidad) {
        em.persist(entidad);
    }

    public void sincronizar() {
        em.flush();
    }

    /**
     * Vuelca lo pendiente y suelta todo lo que la transacción tiene cargado: cada volcado de EclipseLink recorre todas
     * las entidades cargadas, y en un tramo de cien filas cada fila volcaba las de las filas anteriores. Después de
     * esto, quien siga leerá de la base (sus entidades anteriores quedan separadas).
     */
    void volcarYSoltar() {
        em.flush();
        em.clear();
    }

    /**
     * La transacción solo lee (la revisión): las consultas no vuelcan antes de correr. La revisión arma personas y casos
     * en memoria que nunca se guardan; sin esto, cada consulta recorría todo lo cargado buscando cambios.
     */
    void soloLectura() {
        em.setFlushMode(FlushModeType.COMMIT);
    }
}
