package co.gov.cartagena.ruta.indicadores.calculo;

import co.gov.cartagena.ruta.indicadores.avance.Valor;
import co.gov.cartagena.ruta.indicadores.reportes.EstadoReporte;
import co.gov.cartagena.ruta.indicadores.calculo.Almacen;
import co.gov.cartagena.ruta.indicadores.calculo.Conteo;
import co.gov.cartagena.ruta.indicadores.calculo.SumasAlCorte;
import co.gov.cartagena.ruta.persistencia.FuenteDeDatos;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Lo leído del almacén en esta petición: el tablero mide 63 indicadores, y todos los calculados salen de una sola
 * consulta por fecha de corte y sede ({@link Almacen#sumas}), que sirve también a los años del cuatrienio (el
 * avance del mantenimiento).
 */
@RequestScoped
public class LecturasDelAlmacen {

    @Resource(lookup = FuenteDeDatos.JNDI)
    DataSource datos;

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    private final List<SumasAlCorte> sumas = new ArrayList<>();
    private final Map<String, Map<String, Conteo>> conteos = new HashMap<>();

    public Conteo conteo(String indicador, Integer anio, LocalDate corte, Long sede) {
        long s = sede == null ? 0 : sede;
        return conteos.computeIfAbsent(anio + "/" + corte + "/" + s, k -> sumas(anio, corte, s).conteos(anio, corte))
                .get(indicador);
    }

    private SumasAlCorte sumas(Integer anio, LocalDate corte, long sede) {
        for (SumasAlCorte leidas : sumas) {
            if (leidas.sede() == sede && leidas.responde(anio, corte)) {
                return leidas;
            }
        }
        try (Connection c = datos.getConnection()) {
            SumasAlCorte leidas = Almacen.sumas(c, anio, corte, sede);
            sumas.add(leidas);
            return leidas;
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo leer el almacén de indicadores", e);
        }
    }

    private Map<Long, List<Valor>> aprobados;

    /**
     * Las cifras de los reportes aprobados por indicador (id), leídas una vez por petición: del corte más nuevo al
     * más viejo y, en el mismo corte, del aprobado más recientemente.
     */
    public Map<Long, List<Valor>> reportesAprobados() {
        if (aprobados == null) {
            aprobados = new HashMap<>();
            for (Object[] r : em.createNamedQuery("ReporteIndicador.valoresAprobados", Object[].class)
                    .setParameter("estado", EstadoReporte.APROBADO).getResultList()) {
                aprobados.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(new Valor((BigDecimal) r[1],
                        (BigDecimal) r[2], (BigDecimal) r[3], (LocalDate) r[4], (String) r[5]));
            }
        }
        return aprobados;
    }

    /** Olvida lo leído (tras un cambio en la misma petición). */
    public void olvidar() {
        sumas.clear();
        conteos.clear();
        aprobados = null;
    }
}
