package co.gov.cartagena.ruta.persistencia;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Al terminar bien la {@link UnidadDeTrabajo} de más afuera de una transacción, todavía dentro de ella (prioridad mayor
 * que la de {@code @Transactional}): vuelca los cambios pendientes, toma las entidades {@link ConAviso} que cambiaron
 * ({@link AvisoDeCambios}) y entrega sus eventos, una vez cada uno (p. ej. {@code CambioEnCaso}, que mantiene el
 * almacén de los indicadores en la misma transacción), y al final de cada ronda {@link AvisosEntregados}. Es el único
 * lugar que los entrega: ningún servicio tiene que acordarse. Si el método falla no entrega nada: la transacción se
 * revierte.
 *
 * <p>Un servicio que llama a otro en la misma transacción (la importación escribe un tramo de filas llamando a
 * {@code ServicioPersonas} y {@code ServicioCasos} por cada paso) no entrega nada al terminar la llamada de adentro:
 * los avisos se juntan y se entregan una sola vez al terminar la de afuera. Así un caso que cambió cuatro veces en la
 * transacción avisa una vez, y el almacén recalcula juntos todos los casos del tramo. El resultado es el mismo que
 * entregar tras cada llamada (el almacén se recalcula desde los registros guardados, no suma diferencias), con menos
 * trabajo, y el turno del almacén se toma al final de la transacción y no desde la primera llamada.
 */
@Interceptor
@UnidadDeTrabajo
@Priority(Interceptor.Priority.APPLICATION)
public class EntregaDeAvisos {

    /** Un observador que cambia otra entidad con aviso provoca otra ronda; más que esto sería un ciclo. */
    private static final int RONDAS = 5;

    private static final String ANIDADAS = EntregaDeAvisos.class.getName() + ".anidadas";

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    BeanManager beanManager;

    @Resource
    TransactionSynchronizationRegistry transacciones;

    @AroundInvoke
    public Object entregar(InvocationContext llamada) throws Exception {
        if (transacciones.getTransactionKey() == null) {
            return llamada.proceed();
        }
        // Cuántas unidades de trabajo anidadas de esta transacción están en curso: entrega solo la de más afuera.
        int[] anidadas = (int[]) transacciones.getResource(ANIDADAS);
        if (anidadas == null) {
            anidadas = new int[1];
            transacciones.putResource(ANIDADAS, anidadas);
        }
        anidadas[0]++;
        try {
            Object resultado = llamada.proceed();
            if (anidadas[0] == 1 && AvisoDeCambios.hayTransaccion()) {
                entregarPendientes();
            }
            return resultado;
        } finally {
            anidadas[0]--;
        }
    }

    private void entregarPendientes() {
        for (int ronda = 0; ronda < RONDAS; ronda++) {
            em.flush();
            List<ConAviso> cambiadas = AvisoDeCambios.tomar();
            if (cambiadas.isEmpty()) {
                return;
            }
            Set<Object> avisos = new LinkedHashSet<>();
            cambiadas.forEach(e -> e.aviso().ifPresent(avisos::add));
            avisos.forEach(a -> beanManager.getEvent().fire(a));
            beanManager.getEvent().fire(new AvisosEntregados());
        }
        throw new IllegalStateException("Los avisos de cambios no terminan: un observador cambia lo que observa");
    }
}
