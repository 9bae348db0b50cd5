package co.gov.cartagena.ruta.persistencia;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.ThreadLocalRandom;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Repite entera la unidad de trabajo que chocó con otra transacción. Va por fuera del interceptor de
 * {@code @Transactional} (prioridad menor), así que cada intento es una transacción nueva: la fallida se revirtió
 * completa y la siguiente vuelve a leer todo. Los servicios reciben identificadores y valores, no entidades, y las
 * claves de envío hacen que repetir sea seguro.
 *
 * <p>Si la llamada ya está dentro de una transacción (un servicio que llama a otro), no repite: la repetición le toca
 * a la unidad de trabajo de afuera.
 */
@UnidadDeTrabajo
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class ReintentoDeUnidadDeTrabajo {

    private static final Logger LOG = Logger.getLogger(ReintentoDeUnidadDeTrabajo.class.getName());

    /** Intentos en total antes de responder «no disponible». */
    static final int INTENTOS = 5;

    @Resource
    TransactionSynchronizationRegistry transacciones;

    @AroundInvoke
    Object repetirSiChoca(InvocationContext llamada) throws Exception {
        if (transacciones.getTransactionKey() != null) {
            return llamada.proceed();
        }
        for (int intento = 1;; intento++) {
            try {
                return llamada.proceed();
            } catch (Exception e) {
                boolean larga = FallaTransitoria.esSentenciaLarga(e);
                if (larga) {
                    LOG.log(Level.WARNING, "Sentencia detenida por el tope de tiempo en " + llamada.getMethod(), e);
                }
                if (larga || FallaTransitoria.esBaseCaida(e)) {
                    throw FallaTransitoria.comoNoDisponible(e);
                }
                if (!FallaTransitoria.esChoque(e)) {
                    throw e;
                }
                if (intento == INTENTOS) {
                    LOG.log(Level.WARNING, "Choque de transacciones sin resolver tras " + INTENTOS + " intentos en "
                            + llamada.getMethod(), e);
                    throw FallaTransitoria.comoNoDisponible(e);
                }
                int n = intento;
                LOG.fine(() -> "Choque de transacciones en " + llamada.getMethod().getName() + "; intento " + (n + 1));
                esperar(intento);
            }
        }
    }

    /** Espera creciente con variación al azar, para que las transacciones que chocaron no vuelvan a la par. */
    private static void esperar(int intento) throws InterruptedException {
        int base = 10 << Math.min(intento, 5);
        Thread.sleep(base + ThreadLocalRandom.current().nextInt(base));
    }
}
