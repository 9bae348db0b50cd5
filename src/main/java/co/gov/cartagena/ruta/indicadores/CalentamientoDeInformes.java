package co.gov.cartagena.ruta.indicadores;

import co.gov.cartagena.ruta.comun.Hoy;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Al arrancar, en segundo plano, escribe un informe de avance vacío en cada formato (Excel, PDF y CSV) y lo descarta:
 * la primera exportación de verdad ya no paga la carga de las clases de Apache POI (XSSF y sus esquemas XML) ni de
 * OpenPDF y sus fuentes, que era lo que hacía tardar unos 12 s la primera exportación a Excel tras un arranque (issue
 * 12, ítem 8; la cifra medida está en docs/paginas-del-gestor.md). No toca la base de datos ni deja rastro: no hay
 * usuario, no se exporta nada a nadie. Si falla, solo lo registra: la primera exportación será lenta, no errónea.
 */
@Startup
@Singleton
public class CalentamientoDeInformes {

    private static final Logger LOG = Logger.getLogger(CalentamientoDeInformes.class.getName());

    @Resource
    ManagedExecutorService ejecutor;

    @PostConstruct
    void programar() {
        ejecutor.submit(CalentamientoDeInformes::calentar);
    }

    /** Escribe un informe vacío en cada formato; devuelve los milisegundos que tomó. */
    static long calentar() {
        long inicio = System.nanoTime();
        try {
            Informe vacio = new Informe(null, Hoy.enColombia(), null, null, "arranque", ZonedDateTime.now(Hoy.COLOMBIA),
                    List.of());
            for (FormatoInforme f : FormatoInforme.values()) {
                f.escribir(vacio);
            }
            long ms = (System.nanoTime() - inicio) / 1_000_000;
            LOG.info(() -> "Exportaciones del informe de avance calentadas en " + ms + " ms");
            return ms;
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "No se pudieron calentar las exportaciones del informe de avance", e);
            return -1;
        }
    }
}
