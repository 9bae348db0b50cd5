package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import co.gov.cartagena.ruta.actividades.Actividad;
import co.gov.cartagena.ruta.actividades.PoliticaActividades;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.PoliticaAcceso;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.indicadores.calculo.Regla.Componente;
import co.gov.cartagena.ruta.indicadores.calculo.ReglasDelPlan;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lo que hay detrás de la cifra de un indicador calculado: sus desagregaciones (sexo, grupo de edad, pertenencia
 * étnica, discapacidad, condición de víctima, localidad, sede y, donde la regla lo pide, el detalle de la ruta) y los
 * registros que la sostienen.
 *
 * <p>Protección: quien no tiene acceso a datos personales ve las celdas de 1 a 4 personas suprimidas («menos de
 * 5»), para que nadie pueda ser reidentificado; y del detalle de registros solo ve los que su rol le deja ver
 * (un supervisor sin ese permiso, solo conteos). Todo se lee del almacén, sin recorrer las tablas de casos.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DesgloseIndicadores {

    /** Umbral de supresión: celdas con menos personas se ocultan a quien no ve datos personales. */
    public static final int MINIMO_PUBLICABLE = 5;
    /** Registros por página del detalle. */
    public static final int POR_PAGINA = 200;

    /** Una celda de una desagregación: la categoría y cuántas claves hay por componente (nulo si suprimida). */
    public record Celda(String categoria, Map<Componente, Long> cantidades, boolean suprimida) {
    }

    /** Un registro detrás de la cifra, con lo que el usuario puede ver de él. */
    public record Registro(String clave, LocalDate fecha, String tipo, Long id, String referencia, String sede,
            String descripcion, String persona)
            implements Serializable {
    }

    /** Una página del detalle: los registros visibles y cuántos hay en total y ocultos al usuario. */
    public record Detalle(List<Registro> registros, long total, long ocultos, int pagina)
            implements Serializable {
    }

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Auditor auditor;

    @Inject
    ServicioIndicadores indicadores;

    /** Las desagregaciones de un indicador calculado, en el periodo hasta el corte (vacías para los demás). */
    public Map<String, List<Celda>> desagregaciones(String codigo, Integer anio, LocalDate corte) {
        Usuario u = usuarioActual.requerido();
        SeguimientoIndicador s = indicadores.seguimiento(codigo, anio, corte);
        Indicador i = s.indicador();
        Map<String, List<Celda>> r = new LinkedHashMap<>();
        if (!ReglasDelPlan.indicadores().contains(i.getCodigoTexto())) {
            return r;
        }
        Ventana v = ventana(i, anio, s.medicion().corte());
        boolean suprimir = !PoliticaAcceso.puedeVerDatosPersonales(u);
        if (ReglasDelPlan.cuentaPersonas(i.getCodigoTexto())) {
            Map<String, String> dimensiones = new LinkedHashMap<>();
            dimensiones.put("sexo", "COALESCE(p.sexo, 'SIN_DATO')");
            dimensiones.put("grupoEdad", """
                    CASE WHEN p.fecha_nacimiento IS NULL THEN 'SIN_DATO'
                         WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?c) < 12 THEN '0-11'
                         WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?c) < 18 THEN '12-17'
                         WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?c) < 29 THEN '18-28'
                         WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?c) < 60 THEN '29-59'
                         ELSE '60+' END""");
            dimensiones.put("etnia", "COALESCE(p.etnia, 'SIN_DATO')");
            dimensiones.put("discapacidad",
                    "CASE WHEN p.discapacidad IS NULL OR TRIM(p.discapacidad) = '' THEN 'NO' ELSE 'SI' END");
            dimensiones.put("victima", "CASE WHEN p.victima_conflicto THEN 'SI' ELSE 'NO' END");
            dimensiones.put("localidad", "COALESCE(p.localidad, 'SIN_DATO')");
            for (var d : dimensiones.entrySet()) {
                // La edad se mide al corte: cada ?c de la expresión es un parámetro más, antes de los de la ventana.
                String expresion = d.getValue().replace("?c", "?");
                List<Object> parametros = new ArrayList<>(Collections.nCopies(
                        (int) expresion.chars().filter(ch -> ch == '?').count(), Date.valueOf(v.hasta())));
                parametros.addAll(parametros(v));
                r.put(d.getKey(), celdas(em.createNativeQuery("SELECT k.componente, " + expresion + " AS cat, "
                        + "COUNT(*) FROM indicador_clave k JOIN persona p ON p.id = CAST(SUBSTRING(k.clave, 2) AS "
                        + "UNSIGNED) WHERE k.indicador = ? AND k.sede_id = 0 AND k.ambito = ? AND k.primera_fecha "
                        + "BETWEEN ? AND ? AND k.clave LIKE 'p%' GROUP BY k.componente, cat ORDER BY cat"),
                        parametros, suprimir));
            }
        }
        r.put("sede", celdas(em.createNativeQuery("SELECT k.componente, s.nombre AS cat, COUNT(*) "
                + "FROM indicador_clave k JOIN sede s ON s.id = k.sede_id WHERE k.indicador = ? AND k.sede_id <> 0 "
                + "AND k.ambito = ? AND k.primera_fecha BETWEEN ? AND ? GROUP BY k.componente, cat ORDER BY cat"),
                parametros(v), suprimir && ReglasDelPlan.cuentaPersonas(i.getCodigoTexto())));
        Query detalle = em.createNativeQuery("SELECT h.componente, h.detalle AS cat, COUNT(DISTINCT h.clave) "
                + "FROM indicador_hecho h WHERE h.indicador = ? AND h.detalle IS NOT NULL "
                + "AND h.fecha BETWEEN ? AND ? GROUP BY h.componente, cat ORDER BY cat");
        List<Celda> porDetalle = celdas(detalle, List.of(v.indicador(), Date.valueOf(v.desde()),
                Date.valueOf(v.hasta())), suprimir && ReglasDelPlan.cuentaPersonas(i.getCodigoTexto()));
        if (!porDetalle.isEmpty()) {
            r.put("detalle", porDetalle);
        }
        return r;
    }

    /**
     * Los registros detrás de la cifra de un componente ({@code VAL}, {@code NUM} o {@code DEN}): por cada clave
     * contada, el registro que la hizo contar en el periodo. Solo se muestran los que el usuario puede ver; de los
     * demás, solo cuántos son. Consultar el detalle queda en la auditoría.
     */
    @Transactional
    public Detalle registros(String codigo, Integer anio, LocalDate corte, String componente, int pagina) {
        Usuario u = usuarioActual.requerido();
        SeguimientoIndicador s = indicadores.seguimiento(codigo, anio, corte);
        Indicador i = s.indicador();
        if (!ReglasDelPlan.indicadores().contains(i.getCodigoTexto())) {
            throw new NoEncontrado(Texto.de("indicadores.que.detalleRegistrosValorNo", codigo));
        }
        Componente comp;
        try {
            comp = componente == null || componente.isBlank() ? Componente.VAL : Componente.valueOf(componente);
        } catch (IllegalArgumentException e) {
            throw new ReglaIncumplida("componente", Texto.de("indicadores.componenteDebeSerVal"));
        }
        ReglaIncumplida.exigir(pagina >= 0 && pagina < 100_000, "pagina", Texto.de("indicadores.paginaNoValida"));
        Ventana v = ventana(i, anio, s.medicion().corte());
        String desde = " FROM indicador_clave k JOIN indicador_hecho h ON h.indicador = k.indicador "
                + "AND h.componente = k.componente AND h.clave = k.clave AND h.fecha = k.primera_fecha "
                + "WHERE k.indicador = ? AND k.sede_id = 0 AND k.ambito = ? AND k.primera_fecha BETWEEN ? AND ? "
                + "AND k.componente = ?";
        Query total = em.createNativeQuery("SELECT COUNT(DISTINCT k.clave)" + desde);
        List<Object> parametros = new ArrayList<>(parametros(v));
        parametros.add(comp.name());
        fijar(total, parametros);
        long cuantos = ((Number) total.getSingleResult()).longValue();
        Query q = em.createNativeQuery("SELECT k.clave, k.primera_fecha, MIN(h.caso_id), MIN(h.actividad_id)" + desde
                + " GROUP BY k.clave, k.primera_fecha ORDER BY k.primera_fecha, k.clave");
        fijar(q, parametros);
        q.setFirstResult(pagina * POR_PAGINA).setMaxResults(POR_PAGINA);
        boolean datosPersonales = PoliticaAcceso.puedeVerDatosPersonales(u);
        List<Registro> visibles = new ArrayList<>();
        long ocultos = 0;
        for (Object o : q.getResultList()) {
            Object[] fila = (Object[]) o;
            String clave = (String) fila[0];
            LocalDate fecha = fecha(fila[1]);
            Registro r = fila[2] != null ? deCaso(u, clave, fecha, ((Number) fila[2]).longValue(), datosPersonales)
                    : fila[3] != null ? deActividad(u, clave, fecha, ((Number) fila[3]).longValue()) : null;
            if (r == null) {
                ocultos++;
            } else {
                visibles.add(r);
            }
        }
        auditor.registrar(Accion.VER, "indicador", i.getCodigoTexto(), "detalle de registros " + comp + " "
                + (anio == null ? "cuatrienio" : anio) + " al " + v.hasta() + ", página " + pagina + ": "
                + visibles.size() + " visibles, " + ocultos + " ocultos");
        return new Detalle(visibles, cuantos, ocultos, pagina);
    }

    private Registro deCaso(Usuario u, String clave, LocalDate fecha, long casoId, boolean datosPersonales) {
        Caso c = em.find(Caso.class, casoId);
        if (c == null || !PoliticaAcceso.trabajaCasos(u) || !PoliticaAcceso.puedeVer(u, c)) {
            return null;
        }
        String persona = null;
        if (clave.startsWith("p") && datosPersonales) {
            Persona p = em.find(Persona.class, Long.valueOf(clave.substring(1)));
            persona = p == null ? null : p.nombreCompleto();
        }
        return new Registro(clave, fecha, "caso", c.getId(), c.getRadicado(), c.getSede().getNombre(),
                c.getRuta().nombre() + " · " + c.getEstado(), persona);
    }

    private Registro deActividad(Usuario u, String clave, LocalDate fecha, long actividadId) {
        Actividad a = em.find(Actividad.class, actividadId);
        if (a == null || !PoliticaActividades.puedeVer(u, a)) {
            return null;
        }
        return new Registro(clave, fecha, "actividad", a.getId(), a.getTipo().getNombre(), a.getSede().getNombre(),
                a.getObjeto() == null ? a.getLugar() : a.getObjeto() + " · " + a.getLugar(), null);
    }

    /** Las claves de la cifra: para los acumulados, primera vez en el cuatrienio dentro del periodo. */
    private record Ventana(String indicador, int ambito, LocalDate desde, LocalDate hasta) {
    }

    private static Ventana ventana(Indicador i, Integer anio, LocalDate corte) {
        LocalDate desde = anio == null ? Cuatrienio.INICIO : Cuatrienio.inicioDe(anio);
        int ambito = anio == null || i.getTipoMeta() == TipoMeta.ACUMULADO ? 0 : anio;
        return new Ventana(i.getCodigoTexto(), ambito, desde, corte);
    }

    /** Los parámetros de una ventana, en el orden de sus {@code ?}: indicador, ámbito, desde y hasta. */
    private static List<Object> parametros(Ventana v) {
        return List.of(v.indicador(), v.ambito(), Date.valueOf(v.desde()), Date.valueOf(v.hasta()));
    }

    /** Cada valor en su {@code ?}, en orden: el SQL nunca lleva valores escritos. */
    private static Query fijar(Query q, List<?> valores) {
        for (int n = 0; n < valores.size(); n++) {
            q.setParameter(n + 1, valores.get(n));
        }
        return q;
    }

    private static List<Celda> celdas(Query q, List<?> parametros, boolean suprimir) {
        Map<String, Map<Componente, Long>> porCategoria = new LinkedHashMap<>();
        for (Object o : fijar(q, parametros).getResultList()) {
            Object[] f = (Object[]) o;
            porCategoria.computeIfAbsent(String.valueOf(f[1]), k -> new EnumMap<>(Componente.class))
                    .put(Componente.valueOf(String.valueOf(f[0]).trim()), ((Number) f[2]).longValue());
        }
        List<Celda> r = new ArrayList<>();
        porCategoria.forEach((cat, cantidades) -> {
            boolean pequena = cantidades.values().stream().anyMatch(n -> n > 0 && n < MINIMO_PUBLICABLE);
            r.add(suprimir && pequena ? new Celda(cat, Map.of(), true) : new Celda(cat, cantidades, false));
        });
        return r;
    }

    private static LocalDate fecha(Object o) {
        return o instanceof LocalDate d ? d : o instanceof java.sql.Date d ? d.toLocalDate()
                : LocalDate.parse(String.valueOf(o));
    }
}
