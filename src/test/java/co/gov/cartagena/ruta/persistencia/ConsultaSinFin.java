package co.gov.cartagena.ruta.persistencia;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Un servicio de prueba, marcado como los de la aplicación, con una lectura que tardaría horas: recorre diez mil
 * millones de pares de la secuencia virtual de MariaDB (motor SEQUENCE), sin tocar ninguna tabla.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class ConsultaSinFin {

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    public Number recorrer() {
        return (Number) em.createNativeQuery("SELECT MAX(a.seq * b.seq) FROM seq_1_to_100000 a JOIN seq_1_to_100000 b").getSingleResult();
    }
}
