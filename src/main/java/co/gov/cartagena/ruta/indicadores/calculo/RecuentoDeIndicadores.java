package co.gov.cartagena.ruta.indicadores.calculo;

import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.indicadores.calculo.Almacen;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * El recuento de operaciones: compara, para el cuatrienio y cada año del plan hasta hoy, las cifras del almacén
 * incremental con las calculadas en vivo desde los registros crudos, y opcionalmente rehace el almacén entero
 * antes. Debe dar siempre «sin diferencias»; si no, es un defecto, y el resultado dice en qué indicador.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class RecuentoDeIndicadores {

    /** Lo que encontró un recuento. */
    public record Resultado(boolean reconstruido, LocalDate corte, Map<String, String> diferencias,
            long milisegundos) {
        public boolean coincide() {
            return diferencias.isEmpty();
        }
    }

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    Clock reloj;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;

    @Inject
    LecturasDelAlmacen lecturas;

    public Resultado recontar(boolean reconstruir) {
        acceso.exigir(u -> u.tiene(Rol.ADMINISTRADOR), Denegacion.operacion("almacen_indicadores", null,
                "recuento de los indicadores", Texto.de("indicadores.soloAdministradorEjecutaRecuento")));
        long inicio = System.nanoTime();
        LocalDate hoy = LocalDate.now(reloj);
        LocalDate corte = hoy.isAfter(Cuatrienio.FIN) ? Cuatrienio.FIN : hoy;
        Map<String, String> diferencias = new LinkedHashMap<>();
        Connection c = em.unwrap(Connection.class);
        try {
            Almacen.tomarTurno(c);
            if (reconstruir) {
                Almacen.reconstruir(c);
                lecturas.olvidar();
            }
            Almacen.diferencias(c, null, corte, 0).forEach((k, v) -> diferencias.put("cuatrienio " + k, v));
            for (int anio = Cuatrienio.PRIMER_ANIO; anio <= Math.min(corte.getYear(), Cuatrienio.ULTIMO_ANIO); anio++) {
                LocalDate fin = Cuatrienio.finDe(anio);
                int a = anio;
                Almacen.diferencias(c, anio, corte.isBefore(fin) ? corte : fin, 0)
                        .forEach((k, v) -> diferencias.put(a + " " + k, v));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("No se pudo recontar los indicadores", e);
        }
        Resultado r = new Resultado(reconstruir, corte, diferencias, (System.nanoTime() - inicio) / 1_000_000);
        auditor.registrar(Accion.CAMBIAR, "almacen_indicadores", null, (reconstruir ? "reconstruido y " : "")
                + "recontado al " + corte + ": " + (r.coincide() ? "sin diferencias" : diferencias.size()
                + " diferencias " + diferencias.keySet()));
        return r;
    }
}
