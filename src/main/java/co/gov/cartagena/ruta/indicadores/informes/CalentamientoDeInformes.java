package co.gov.cartagena.ruta.indicadores.informes;

import co.gov.cartagena.ruta.indicadores.seguimiento.SeguimientoIndicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Al arrancar, en segundo plano, prepara lo que hacía lenta la primera exportación tras un arranque (unos 12 s a
 * Excel; issue 12, ítem 8; las cifras medidas están en docs/paginas-del-gestor.md):
 * <ol>
 * <li>escribe un informe de avance vacío en cada formato (Excel, PDF y CSV) y lo descarta: se cargan las clases de
 * Apache POI (XSSF y sus esquemas XML) y de OpenPDF y sus fuentes;</li>
 * <li>mide una vez los 63 indicadores ({@link ServicioIndicadores#medirParaCalentar()}) y lo descarta: las primeras
 * consultas al almacén, su preparación en EclipseLink y las páginas de la base en memoria.</li>
 * </ol>
 * No escribe en la base ni deja rastro: no hay usuario, no se exporta nada a nadie. Mientras corre, Ruta no se da por
 * lista ({@code /health/ready}, ver {@code salud/ExportacionesListas}): el balanceador no le manda usuarios a un nodo
 * frío. Si falla, solo lo registra y se da por terminado: la primera exportación será lenta, no errónea.
 */
@Startup
@Singleton
@DependsOn("ArranqueDelAlmacen")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class CalentamientoDeInformes {

    private static final Logger LOG = Logger.getLogger(CalentamientoDeInformes.class.getName());

    @Resource
    ManagedExecutorService ejecutor;

    @Inject
    Clock reloj;

    @Inject
    ServicioIndicadores indicadores;

    @Inject
    RequestContextController contextoDePeticion;

    private volatile boolean terminado;
    private volatile boolean tableroCalentado;

    @PostConstruct
    void programar() {
        ejecutor.submit(() -> {
            // Fuera de una petición: las fuentes de valores que viven lo que una petición (ValoresDeSedes) lo necesitan.
            contextoDePeticion.activate();
            try {
                escribir(medir(), ZonedDateTime.now(reloj));
            } finally {
                contextoDePeticion.deactivate();
                terminado = true;
            }
        });
    }

    /** Si ya terminó (bien o mal) de calentar. */
    public boolean terminado() {
        return terminado;
    }

    /** Si las consultas del tablero se midieron de verdad al calentar (si falló, la primera consulta será lenta). */
    public boolean tableroCalentado() {
        return tableroCalentado;
    }

    /** Mide los indicadores una vez; devuelve las mediciones del cuatrienio (vacío si falló). */
    List<SeguimientoIndicador> medir() {
        long inicio = System.nanoTime();
        try {
            List<SeguimientoIndicador> medidos = indicadores.medirParaCalentar();
            tableroCalentado = true;
            long ms = (System.nanoTime() - inicio) / 1_000_000;
            LOG.info(() -> "Consultas del tablero calentadas en " + ms + " ms");
            return medidos;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No se pudieron calentar las consultas del tablero", e);
            return List.of();
        }
    }

    /**
     * Escribe en cada formato un informe con esas mediciones (con filas de verdad se cargan también las clases de
     * estilos, números y celdas que un informe vacío no toca) y lo descarta; devuelve los milisegundos que tomó.
     */
    static long escribir(List<SeguimientoIndicador> medidos, ZonedDateTime ahora) {
        long inicio = System.nanoTime();
        try {
            Informe informe = new Informe(null, ahora.toLocalDate(), null, null, "arranque", ahora, medidos.stream().map(Informe.Fila::de).toList());
            for (FormatoInforme f : FormatoInforme.values()) {
                f.escribir(informe);
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
