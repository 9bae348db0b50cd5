package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.actividades.Actividad;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.indicadores.catalogo.CodigoIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.catalogo.MetaAnual;
import co.gov.cartagena.ruta.indicadores.reportes.EstadoReporte;
import co.gov.cartagena.ruta.indicadores.reportes.ReporteIndicador;
import co.gov.cartagena.ruta.personas.Persona;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Las lecturas y escrituras de los indicadores en la base: el catálogo, las metas anuales, los reportes, las cifras
 * externas y las claves del almacén detrás de cada cifra. Los servicios piden lo que necesitan por su nombre y no
 * arman consultas; cada valor va en un parámetro, nunca escrito en el SQL. Corre en la transacción de quien lo llama.
 */
@ApplicationScoped
public class RepositorioIndicadores {

    /** Filas de una desagregación: componente, categoría y cuántas claves. Los {@code ?c} son la fecha de corte. */
    private static final String DESDE_PERSONAS = " AS cat, COUNT(*) FROM indicador_clave k JOIN persona p "
            + "ON p.id = CAST(SUBSTRING(k.clave, 2) AS UNSIGNED) WHERE k.indicador = ? AND k.sede_id = 0 "
            + "AND k.ambito = ? AND k.primera_fecha BETWEEN ? AND ? AND k.clave LIKE 'p%' "
            + "GROUP BY k.componente, cat ORDER BY cat";

    /** Las desagregaciones por datos de la persona contada, en el orden en que se muestran. */
    private static final Map<String, String> POR_PERSONA = porPersona();

    private static final String POR_SEDE = "SELECT k.componente, s.nombre AS cat, COUNT(*) "
            + "FROM indicador_clave k JOIN sede s ON s.id = k.sede_id WHERE k.indicador = ? AND k.sede_id <> 0 "
            + "AND k.ambito = ? AND k.primera_fecha BETWEEN ? AND ? GROUP BY k.componente, cat ORDER BY cat";

    private static final String POR_DETALLE = "SELECT h.componente, h.detalle AS cat, COUNT(DISTINCT h.clave) "
            + "FROM indicador_hecho h WHERE h.indicador = ? AND h.detalle IS NOT NULL "
            + "AND h.fecha BETWEEN ? AND ? GROUP BY h.componente, cat ORDER BY cat";

    private static final String CLAVES_DE_COMPONENTE = " FROM indicador_clave k JOIN indicador_hecho h "
            + "ON h.indicador = k.indicador AND h.componente = k.componente AND h.clave = k.clave "
            + "AND h.fecha = k.primera_fecha "
            + "WHERE k.indicador = ? AND k.sede_id = 0 AND k.ambito = ? AND k.primera_fecha BETWEEN ? AND ? "
            + "AND k.componente = ?";

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    /**
     * Qué claves cuentan para la cifra de un indicador en un periodo: las del ámbito (0, el cuatrienio o un
     * acumulado; si no, el año) cuya primera vez cae entre {@code desde} y {@code hasta}.
     */
    public record Ventana(String indicador, int ambito, LocalDate desde, LocalDate hasta) {

        /** Los parámetros, en el orden de sus {@code ?}: indicador, ámbito, desde y hasta. */
        List<Object> parametros() {
            return List.of(indicador, ambito, Date.valueOf(desde), Date.valueOf(hasta));
        }
    }

    // ---------------------------------------------------------------- catálogo y metas

    /** Los indicadores del plan, en su orden. */
    public List<Indicador> indicadores() {
        return em.createNamedQuery("Indicador.todos", Indicador.class).getResultList();
    }

    public Optional<Indicador> indicador(CodigoIndicador codigo) {
        return em.createNamedQuery("Indicador.porCodigo", Indicador.class).setParameter("codigo", codigo.valor())
                .getResultStream().findFirst();
    }

    public List<MetaAnual> metasDe(Indicador indicador) {
        return em.createNamedQuery("MetaAnual.deIndicador", MetaAnual.class).setParameter("indicador", indicador)
                .getResultList();
    }

    /** Las metas anuales de todos los indicadores: id del indicador → año → meta. */
    public Map<Long, SortedMap<Integer, BigDecimal>> metasAnuales() {
        Map<Long, SortedMap<Integer, BigDecimal>> metas = new HashMap<>();
        for (Object[] m : em.createNamedQuery("MetaAnual.valores", Object[].class).getResultList()) {
            metas.computeIfAbsent((Long) m[0], k -> new TreeMap<>()).put((Integer) m[1], (BigDecimal) m[2]);
        }
        return metas;
    }

    public void guardar(MetaAnual meta) {
        em.persist(meta);
        em.flush();
    }

    // ---------------------------------------------------------------- reportes

    public Optional<ReporteIndicador> reporte(long id) {
        return Optional.ofNullable(em.find(ReporteIndicador.class, id));
    }

    /** Los reportes en ese estado, del más viejo al más nuevo. */
    public List<ReporteIndicador> reportes(EstadoReporte estado) {
        return em.createNamedQuery("ReporteIndicador.porEstado", ReporteIndicador.class)
                .setParameter("estado", estado).getResultList();
    }

    /** Los {@code cuantos} reportes más recientes, en cualquier estado. */
    public List<ReporteIndicador> recientes(int cuantos) {
        return em.createNamedQuery("ReporteIndicador.recientes", ReporteIndicador.class).setMaxResults(cuantos)
                .getResultList();
    }

    /** Los reportes de un indicador, del corte más nuevo al más viejo. */
    public List<ReporteIndicador> reportesDe(Indicador indicador) {
        return em.createNamedQuery("ReporteIndicador.deIndicador", ReporteIndicador.class)
                .setParameter("indicador", indicador).getResultList();
    }

    /** Si el indicador ya tiene un reporte pendiente con esa fecha de corte. */
    public boolean hayPendiente(Indicador indicador, LocalDate fecha) {
        return em.createNamedQuery("ReporteIndicador.pendientesEnFecha", Long.class)
                .setParameter("indicador", indicador).setParameter("fecha", fecha)
                .setParameter("estado", EstadoReporte.PENDIENTE).getSingleResult() > 0;
    }

    /** Guarda los reportes nuevos juntos (les da su id). */
    public void guardar(List<ReporteIndicador> reportes) {
        reportes.forEach(em::persist);
        em.flush();
    }

    /** Escribe ya los cambios de las entidades leídas (para que la base los valide antes de auditarlos). */
    public void escribirCambios() {
        em.flush();
    }

    // ---------------------------------------------------------------- cifras externas

    /** Las cifras externas de un indicador, por año y de la más reciente a la más vieja. */
    public List<DatoExternoAnual> datosExternos(String indicador) {
        return em.createNamedQuery("DatoExternoAnual.deIndicador", DatoExternoAnual.class)
                .setParameter("indicador", indicador).getResultList();
    }

    public void guardar(DatoExternoAnual dato) {
        em.persist(dato);
        em.flush();
    }

    // ---------------------------------------------------------------- claves del almacén

    /** Los nombres de las desagregaciones por datos de la persona, en orden. */
    public List<String> desagregacionesPorPersona() {
        return List.copyOf(POR_PERSONA.keySet());
    }

    /** Filas (componente, categoría, cuántas) de una desagregación por datos de la persona, con la edad al corte. */
    public List<Object[]> porPersona(String desagregacion, Ventana v) {
        String sql = POR_PERSONA.get(desagregacion);
        List<Object> parametros = new ArrayList<>(Collections.nCopies(
                (int) sql.chars().filter(ch -> ch == '?').count() - 4, Date.valueOf(v.hasta())));
        parametros.addAll(v.parametros());
        return filas(em.createNativeQuery(sql), parametros);
    }

    /** Filas (componente, sede, cuántas) por sede. */
    public List<Object[]> porSede(Ventana v) {
        return filas(em.createNativeQuery(POR_SEDE), v.parametros());
    }

    /** Filas (componente, detalle, cuántas) por el detalle de la ruta, con las fechas de la ventana. */
    public List<Object[]> porDetalle(Ventana v) {
        return filas(em.createNativeQuery(POR_DETALLE),
                List.of(v.indicador(), Date.valueOf(v.desde()), Date.valueOf(v.hasta())));
    }

    /** Cuántas claves cuentan para ese componente ({@code VAL}, {@code NUM} o {@code DEN}) en la ventana. */
    public long cuantasClaves(Ventana v, String componente) {
        Query q = em.createNativeQuery("SELECT COUNT(DISTINCT k.clave)" + CLAVES_DE_COMPONENTE);
        fijar(q, conComponente(v, componente));
        return ((Number) q.getSingleResult()).longValue();
    }

    /**
     * Una página de las claves de ese componente, en orden de fecha: clave, primera fecha y el caso o la actividad
     * que la hizo contar.
     */
    public List<Object[]> claves(Ventana v, String componente, int primera, int cuantas) {
        Query q = em.createNativeQuery("SELECT k.clave, k.primera_fecha, MIN(h.caso_id), MIN(h.actividad_id)"
                + CLAVES_DE_COMPONENTE + " GROUP BY k.clave, k.primera_fecha ORDER BY k.primera_fecha, k.clave");
        fijar(q, conComponente(v, componente));
        q.setFirstResult(primera).setMaxResults(cuantas);
        return filas(q);
    }

    public Optional<Caso> caso(long id) {
        return Optional.ofNullable(em.find(Caso.class, id));
    }

    public Optional<Persona> persona(long id) {
        return Optional.ofNullable(em.find(Persona.class, id));
    }

    public Optional<Actividad> actividad(long id) {
        return Optional.ofNullable(em.find(Actividad.class, id));
    }

    // ---------------------------------------------------------------- apoyo

    private static Map<String, String> porPersona() {
        Map<String, String> expresiones = new LinkedHashMap<>();
        expresiones.put("sexo", "COALESCE(p.sexo, 'SIN_DATO')");
        expresiones.put("grupoEdad", """
                CASE WHEN p.fecha_nacimiento IS NULL THEN 'SIN_DATO'
                     WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?) < 12 THEN '0-11'
                     WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?) < 18 THEN '12-17'
                     WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?) < 29 THEN '18-28'
                     WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?) < 60 THEN '29-59'
                     ELSE '60+' END""");
        expresiones.put("etnia", "COALESCE(p.etnia, 'SIN_DATO')");
        expresiones.put("discapacidad",
                "CASE WHEN p.discapacidad IS NULL OR TRIM(p.discapacidad) = '' THEN 'NO' ELSE 'SI' END");
        expresiones.put("victima", "CASE WHEN p.victima_conflicto THEN 'SI' ELSE 'NO' END");
        expresiones.put("localidad", "COALESCE(p.localidad, 'SIN_DATO')");
        Map<String, String> consultas = new LinkedHashMap<>();
        expresiones.forEach((nombre, expresion) ->
                consultas.put(nombre, "SELECT k.componente, " + expresion + DESDE_PERSONAS));
        return Collections.unmodifiableMap(consultas);
    }

    private static List<Object> conComponente(Ventana v, String componente) {
        List<Object> parametros = new ArrayList<>(v.parametros());
        parametros.add(componente);
        return parametros;
    }

    private static List<Object[]> filas(Query q, List<?> parametros) {
        fijar(q, parametros);
        return filas(q);
    }

    private static List<Object[]> filas(Query q) {
        List<Object[]> r = new ArrayList<>();
        for (Object o : q.getResultList()) {
            r.add((Object[]) o);
        }
        return r;
    }

    /** Cada valor en su {@code ?}, en orden: el SQL nunca lleva valores escritos. */
    private static void fijar(Query q, List<?> valores) {
        for (int n = 0; n < valores.size(); n++) {
            q.setParameter(n + 1, valores.get(n));
        }
    }
}
