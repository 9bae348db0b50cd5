package co.gov.cartagena.ruta.indicadores;

import co.gov.cartagena.ruta.indicadores.calculo.Almacen;
import co.gov.cartagena.ruta.indicadores.calculo.Conteo;
import co.gov.cartagena.ruta.persistencia.FuenteDeDatos;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Lo leído del almacén en esta petición: el tablero mide 63 indicadores, y todos los calculados salen de una sola
 * consulta por periodo y fecha de corte.
 */
@RequestScoped
public class LecturasDelAlmacen {

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource datos;

    @jakarta.persistence.PersistenceContext(unitName = "ruta")
    jakarta.persistence.EntityManager em;

    private final Map<String, Map<String, Conteo>> leidos = new HashMap<>();

    public Conteo conteo(String indicador, Integer anio, LocalDate corte, Long sede) {
        return leidos.computeIfAbsent(anio + "/" + corte + "/" + sede, k -> leer(anio, corte, sede)).get(indicador);
    }

    private Map<Long, java.util.List<ReporteIndicador>> aprobados;

    /**
     * Los reportes aprobados por indicador (id), leídos una vez por petición: del corte más nuevo al más viejo y, en
     * el mismo corte, del aprobado más recientemente.
     */
    public Map<Long, java.util.List<ReporteIndicador>> reportesAprobados() {
        if (aprobados == null) {
            aprobados = new HashMap<>();
            for (ReporteIndicador r : em.createNamedQuery("ReporteIndicador.aprobados", ReporteIndicador.class)
                    .setParameter("estado", EstadoReporte.APROBADO).getResultList()) {
                aprobados.computeIfAbsent(r.getIndicador().getId(), k -> new java.util.ArrayList<>()).add(r);
            }
        }
        return aprobados;
    }

    /** Olvida lo leído (tras un cambio en la misma petición). */
    public void olvidar() {
        leidos.clear();
        aprobados = null;
    }

    private Map<String, Conteo> leer(Integer anio, LocalDate corte, Long sede) {
        try (Connection c = datos.getConnection()) {
            return Almacen.leer(c, anio, corte, sede == null ? 0 : sede);
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo leer el almacén de indicadores", e);
        }
    }
}
