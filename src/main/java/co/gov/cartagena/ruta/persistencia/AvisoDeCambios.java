package co.gov.cartagena.ruta.persistencia;

import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Escucha de JPA de las entidades {@link ConAviso}: cada una que se inserta, cambia o borra queda anotada en la
 * transacción en curso (un recurso del {@link TransactionSynchronizationRegistry}, que muere con ella, confirmada o
 * revertida). {@link EntregaDeAvisos} toma las anotadas y entrega sus eventos. La entidad se anota a sí misma, no su
 * id: con ids de autoincremento el id se conoce después del INSERT, y el evento se arma al entregarlo.
 */
public class AvisoDeCambios {

    private static final String RECURSO = AvisoDeCambios.class.getName();
    private static volatile TransactionSynchronizationRegistry registro;

    @PostPersist
    @PostUpdate
    @PostRemove
    void anotar(Object entidad) {
        if (entidad instanceof ConAviso conAviso) {
            pendientes(true).add(conAviso);
        }
    }

    /** Las entidades anotadas en esta transacción desde la última entrega (y las olvida); vacía sin transacción. */
    static List<ConAviso> tomar() {
        Set<ConAviso> p = pendientes(false);
        List<ConAviso> tomadas = new ArrayList<>(p);
        p.clear();
        return tomadas;
    }

    /** Si hay una transacción activa en este hilo. */
    static boolean hayTransaccion() {
        return registro().getTransactionStatus() == Status.STATUS_ACTIVE;
    }

    @SuppressWarnings("unchecked")
    private static Set<ConAviso> pendientes(boolean crear) {
        TransactionSynchronizationRegistry r = registro();
        if (r.getTransactionKey() == null) {
            if (crear) {
                // Sin transacción no hay cambio que guardar: no puede pasar dentro de un servicio.
                throw new IllegalStateException("Una entidad con aviso cambió fuera de una transacción");
            }
            return Collections.newSetFromMap(new IdentityHashMap<>());
        }
        Set<ConAviso> p = (Set<ConAviso>) r.getResource(RECURSO);
        if (p == null) {
            p = Collections.newSetFromMap(new IdentityHashMap<>());
            if (crear) {
                r.putResource(RECURSO, p);
            }
        }
        return p;
    }

    private static TransactionSynchronizationRegistry registro() {
        TransactionSynchronizationRegistry r = registro;
        if (r == null) {
            try {
                r = (TransactionSynchronizationRegistry) new InitialContext()
                        .lookup("java:comp/TransactionSynchronizationRegistry");
            } catch (NamingException e) {
                throw new IllegalStateException("No hay registro de transacciones", e);
            }
            registro = r;
        }
        return r;
    }
}
