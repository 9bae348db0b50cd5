package co.gov.cartagena.ruta.persistencia;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Al terminar bien cada método de una {@link UnidadDeTrabajo}, todavía dentro de su transacción (prioridad mayor que
 * la de {@code @Transactional}): vuelca los cambios pendientes, toma las entidades {@link ConAviso} que cambiaron
 * ({@link AvisoDeCambios}) y entrega sus eventos, una vez cada uno (p. ej. {@code CambioEnCaso}, que mantiene el
 * almacén de los indicadores en la misma transacción). Es el único lugar que los entrega: ningún servicio tiene que
 * acordarse. Si el método falla no entrega nada: la transacción se revierte.
 */
@Interceptor
@UnidadDeTrabajo
@Priority(Interceptor.Priority.APPLICATION)
public class EntregaDeAvisos {

    /** Un observador que cambia otra entidad con aviso provoca otra ronda; más que esto sería un ciclo. */
    private static final int RONDAS = 5;

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    BeanManager beanManager;

    @AroundInvoke
    public Object entregar(InvocationContext llamada) throws Exception {
        Object resultado = llamada.proceed();
        if (!AvisoDeCambios.hayTransaccion()) {
            return resultado;
        }
        for (int ronda = 0; ronda < RONDAS; ronda++) {
            em.flush();
            List<ConAviso> cambiadas = AvisoDeCambios.tomar();
            if (cambiadas.isEmpty()) {
                return resultado;
            }
            Set<Object> avisos = new LinkedHashSet<>();
            cambiadas.forEach(e -> e.aviso().ifPresent(avisos::add));
            avisos.forEach(a -> beanManager.getEvent().fire(a));
        }
        throw new IllegalStateException("Los avisos de cambios no terminan: un observador cambia lo que observa");
    }
}
