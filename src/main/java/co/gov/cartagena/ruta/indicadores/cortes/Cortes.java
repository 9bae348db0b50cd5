package co.gov.cartagena.ruta.indicadores.cortes;

import co.gov.cartagena.ruta.indicadores.avance.Medicion;
import co.gov.cartagena.ruta.indicadores.avance.Valor;
import co.gov.cartagena.ruta.indicadores.calculo.LecturasDelAlmacen;
import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.seguimiento.SeguimientoIndicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.indicadores.calculo.Almacen;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.indicadores.calculo.ReglasDelPlan;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cortes: un supervisor cierra una fecha de corte y las cifras de los 63 indicadores (cuatrienio y año del corte)
 * quedan congeladas como informe aprobado, junto con las claves que sostenían cada cifra calculada y la programación
 * con que se midieron (línea base, meta, unidad, tipo de meta y metas anuales: {@code corte_meta},
 * {@code corte_meta_anual}). Lo congelado
 * no cambia nunca (disparadores en la base). Al ver un corte otra vez se recalcula a esa misma fecha; si un registro
 * cambió después (una anulación, una atención con fecha pasada, un reporte aprobado tarde), la diferencia se
 * muestra al lado, con los registros que entraron o salieron.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class Cortes {

    /** Cuántas claves de una diferencia se listan por indicador (el total siempre se dice). */
    static final int CLAVES_LISTADAS = 50;

    /** Un corte cerrado. */
    public record Corte(long id, LocalDate fecha, String observacion, Instant cerradoEn, String cerradoPor)
            implements Serializable {
    }

    /** La cifra congelada de un indicador y la de hoy a la misma fecha. */
    public record Cifra(String codigo, String nombre, int anio, BigDecimal congelado, BigDecimal numeradorCongelado,
            BigDecimal denominadorCongelado, String semaforoCongelado, BigDecimal actual, BigDecimal numeradorActual,
            BigDecimal denominadorActual, String semaforoActual)
            implements Serializable {
        public boolean difiere() {
            return !iguales(congelado, actual) || !iguales(numeradorCongelado, numeradorActual)
                    || !iguales(denominadorCongelado, denominadorActual);
        }

        private static boolean iguales(BigDecimal a, BigDecimal b) {
            return a == null ? b == null : b != null && a.compareTo(b) == 0;
        }
    }

    /** Una clave que entró o salió de una cifra después del cierre, con el registro que la sostiene. */
    public record ClaveCambiada(String codigo, String componente, int anio, String clave, boolean entro, Long casoId,
            Long actividadId)
            implements Serializable {
    }

    /** Un corte visto de nuevo: sus cifras, las diferencias y su explicación. */
    public record Revision(Corte corte, List<Cifra> cifras, List<ClaveCambiada> claves, Map<String, Long> totales)
            implements Serializable {
        public long diferencias() {
            return cifras.stream().filter(Cifra::difiere).count();
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
    ServicioIndicadores indicadores;

    @Inject
    LecturasDelAlmacen lecturas;

    public Corte cerrar(LocalDate fecha, String observacion) {
        Usuario u = acceso.exigir(x -> x.tiene(Rol.SUPERVISOR), Denegacion.operacion("corte", null,
                "cerrar un corte sin el rol de supervisor", Texto.de("indicadores.soloSupervisorCierraCorte")));
        ReglaIncumplida.exigir(fecha != null, "fecha", Texto.de("indicadores.indiqueFechaCorte"));
        ReglaIncumplida.exigir(!fecha.isBefore(Cuatrienio.INICIO) && !fecha.isAfter(Cuatrienio.FIN), "fecha",
                Texto.de("indicadores.fechaCorteDebeEstar"));
        ReglaIncumplida.exigir(!fecha.isAfter(LocalDate.now(reloj)), "fecha",
                Texto.de("indicadores.noPuedeCerrarCorte"));
        ReglaIncumplida.exigir(observacion == null || observacion.length() <= 1000, "observacion",
                Texto.de("indicadores.observacionAdmiteHasta1000"));
        // Con el turno del almacén, lo congelado es un solo punto confirmado (READ COMMITTED ve lo confirmado en cada
        // sentencia) y dos supervisores que cierran el mismo corte a la vez van en fila: el segundo ve el primero.
        try {
            Almacen.tomarTurno(em.unwrap(java.sql.Connection.class));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("No se pudo tomar el turno del almacén para cerrar el corte", e);
        }
        boolean existe = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM corte WHERE fecha_corte = ?")
                .setParameter(1, Date.valueOf(fecha)).getSingleResult()).longValue() > 0;
        ReglaIncumplida.exigir(!existe, "fecha", Texto.de("indicadores.yaHayCorteCerrado",
                co.gov.cartagena.ruta.comun.FormatoFecha.FECHA.format(fecha)));
        Instant ahora = Instant.now(reloj);
        em.createNativeQuery("INSERT INTO corte (fecha_corte, observacion, cerrado_en, cerrado_por) VALUES (?, ?, ?, ?)")
                .setParameter(1, Date.valueOf(fecha)).setParameter(2, blanco(observacion))
                .setParameter(3, Timestamp.from(ahora)).setParameter(4, u.getUsuario()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT id FROM corte WHERE fecha_corte = ?")
                .setParameter(1, Date.valueOf(fecha)).getSingleResult()).longValue();
        lecturas.olvidar();
        for (Integer anio : new Integer[] {null, fecha.getYear()}) {
            for (SeguimientoIndicador s : indicadores.tablero(anio, fecha)) {
                Medicion m = s.medicion();
                Valor v = m.valor();
                em.createNativeQuery("INSERT INTO corte_valor (corte_id, indicador, anio, valor, numerador, "
                        + "denominador, avance, esperado, semaforo) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                        .setParameter(1, id).setParameter(2, s.indicador().getCodigoTexto())
                        .setParameter(3, anio == null ? 0 : anio)
                        .setParameter(4, v == null ? null : v.valor())
                        .setParameter(5, v == null ? null : v.numerador())
                        .setParameter(6, v == null ? null : v.denominador())
                        .setParameter(7, m.avance().getRazon()).setParameter(8, m.esperado())
                        .setParameter(9, m.semaforo().name()).executeUpdate();
            }
        }
        // La programación con que se midió (V27): lo que publica el corte no depende de metas cambiadas después.
        // Fila por fila: un INSERT … SELECT con el id del corte como parámetro en la selección lo inserta nulo.
        for (Object o : em.createNativeQuery("SELECT codigo, tipo_meta, unidad, linea_base, meta FROM indicador")
                .getResultList()) {
            Object[] f = (Object[]) o;
            em.createNativeQuery("INSERT INTO corte_meta (corte_id, indicador, tipo_meta, unidad, linea_base, meta) "
                    + "VALUES (?, ?, ?, ?, ?, ?)").setParameter(1, id).setParameter(2, f[0]).setParameter(3, f[1])
                    .setParameter(4, f[2]).setParameter(5, f[3]).setParameter(6, f[4]).executeUpdate();
        }
        for (Object o : em.createNativeQuery("SELECT i.codigo, m.anio, m.valor FROM meta_anual m JOIN indicador i "
                + "ON i.id = m.indicador_id").getResultList()) {
            Object[] f = (Object[]) o;
            em.createNativeQuery("INSERT INTO corte_meta_anual (corte_id, indicador, anio, valor) VALUES (?, ?, ?, ?)")
                    .setParameter(1, id).setParameter(2, f[0]).setParameter(3, f[1]).setParameter(4, f[2])
                    .executeUpdate();
        }
        em.createNativeQuery("""
                INSERT INTO corte_clave (corte_id, indicador, componente, ambito, clave, caso_id, actividad_id)
                SELECT ?, k.indicador, k.componente, k.ambito, k.clave, MIN(h.caso_id), MIN(h.actividad_id)
                FROM indicador_clave k
                JOIN indicador_hecho h ON h.indicador = k.indicador AND h.componente = k.componente
                 AND h.clave = k.clave AND h.fecha = k.primera_fecha
                WHERE k.sede_id = 0 AND (k.ambito = 0 OR k.ambito = ?) AND k.primera_fecha <= ?
                GROUP BY k.indicador, k.componente, k.ambito, k.clave""")
                .setParameter(1, id).setParameter(2, fecha.getYear()).setParameter(3, Date.valueOf(fecha))
                .executeUpdate();
        auditor.registrar(Accion.CREAR, "corte", id, "corte al " + fecha + " cerrado");
        return new Corte(id, fecha, blanco(observacion), ahora, u.getUsuario());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Corte> listar() {
        exigirVer();
        List<Corte> r = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT id, fecha_corte, observacion, cerrado_en, cerrado_por FROM corte "
                + "ORDER BY fecha_corte DESC").getResultList()) {
            r.add(corte((Object[]) o));
        }
        return r;
    }

    /** El corte con sus cifras congeladas, las de hoy a la misma fecha y las claves que cambiaron. */
    public Revision revisar(long id) {
        exigirVer();
        List<?> filas = em.createNativeQuery("SELECT id, fecha_corte, observacion, cerrado_en, cerrado_por FROM corte "
                + "WHERE id = ?").setParameter(1, id).getResultList();
        if (filas.isEmpty()) {
            throw new NoEncontrado(Texto.de("indicadores.que.corte", id));
        }
        Corte corte = corte((Object[]) filas.get(0));
        Map<String, Object[]> congeladas = new LinkedHashMap<>();
        for (Object o : em.createNativeQuery("SELECT indicador, anio, valor, numerador, denominador, semaforo "
                + "FROM corte_valor WHERE corte_id = ?").setParameter(1, id).getResultList()) {
            Object[] f = (Object[]) o;
            congeladas.put(f[0] + "/" + f[1], f);
        }
        List<Cifra> cifras = new ArrayList<>();
        Map<String, Long> totales = new LinkedHashMap<>();
        List<ClaveCambiada> claves = new ArrayList<>();
        for (Integer anio : new Integer[] {null, corte.fecha().getYear()}) {
            int a = anio == null ? 0 : anio;
            for (SeguimientoIndicador s : indicadores.tablero(anio, corte.fecha())) {
                String codigo = s.indicador().getCodigoTexto();
                Object[] f = congeladas.get(codigo + "/" + a);
                Valor v = s.medicion().valor();
                Cifra cifra = new Cifra(codigo, s.indicador().getNombre(), a, f == null ? null : numero(f[2]),
                        f == null ? null : numero(f[3]), f == null ? null : numero(f[4]),
                        f == null ? null : String.valueOf(f[5]), v == null ? null : v.valor(),
                        v == null ? null : v.numerador(), v == null ? null : v.denominador(),
                        s.medicion().semaforo().name());
                cifras.add(cifra);
                if (cifra.difiere() && ReglasDelPlan.indicadores().contains(codigo)) {
                    explicar(corte, codigo, a, claves, totales);
                }
            }
        }
        auditor.registrar(Accion.VER, "corte", id, "revisión del corte al " + corte.fecha() + ": "
                + cifras.stream().filter(Cifra::difiere).count() + " cifras con diferencias");
        return new Revision(corte, cifras, claves, totales);
    }

    /** Las claves que entraron (están hoy y no al cierre) o salieron (al revés) de la cifra de ese ámbito. */
    private void explicar(Corte corte, String codigo, int ambito, List<ClaveCambiada> claves, Map<String, Long> totales) {
        String hoy = "SELECT k.componente, k.clave, MIN(h.caso_id), MIN(h.actividad_id) FROM indicador_clave k "
                + "JOIN indicador_hecho h ON h.indicador = k.indicador AND h.componente = k.componente "
                + "AND h.clave = k.clave AND h.fecha = k.primera_fecha "
                + "WHERE k.indicador = ? AND k.sede_id = 0 AND k.ambito = ? AND k.primera_fecha <= ? "
                + "AND NOT EXISTS (SELECT 1 FROM corte_clave x WHERE x.corte_id = ? AND x.indicador = k.indicador "
                + "AND x.componente = k.componente AND x.ambito = k.ambito AND x.clave = k.clave) "
                + "GROUP BY k.componente, k.clave ORDER BY k.clave";
        String antes = "SELECT x.componente, x.clave, x.caso_id, x.actividad_id FROM corte_clave x "
                + "WHERE x.indicador = ? AND x.ambito = ? AND x.corte_id = ? AND NOT EXISTS (SELECT 1 FROM "
                + "indicador_clave k WHERE k.indicador = x.indicador AND k.componente = x.componente AND k.sede_id = 0 "
                + "AND k.ambito = x.ambito AND k.clave = x.clave AND k.primera_fecha <= ?) ORDER BY x.clave";
        Query entraron = em.createNativeQuery(hoy).setParameter(1, codigo).setParameter(2, ambito)
                .setParameter(3, Date.valueOf(corte.fecha())).setParameter(4, corte.id());
        Query salieron = em.createNativeQuery(antes).setParameter(1, codigo).setParameter(2, ambito)
                .setParameter(3, corte.id()).setParameter(4, Date.valueOf(corte.fecha()));
        for (Object[] par : new Object[][] {{entraron, true}, {salieron, false}}) {
            List<?> filas = ((Query) par[0]).getResultList();
            boolean entro = (Boolean) par[1];
            totales.put(codigo + "/" + ambito + (entro ? "/entraron" : "/salieron"), (long) filas.size());
            for (Object o : filas.subList(0, Math.min(filas.size(), CLAVES_LISTADAS))) {
                Object[] f = (Object[]) o;
                claves.add(new ClaveCambiada(codigo, String.valueOf(f[0]).trim(), ambito, (String) f[1], entro,
                        f[2] == null ? null : ((Number) f[2]).longValue(),
                        f[3] == null ? null : ((Number) f[3]).longValue()));
            }
        }
    }

    private void exigirVer() {
        acceso.exigir(u -> u.tieneAlguno(ServicioIndicadores.VEN_TABLERO), Denegacion.operacion("corte", null,
                "consultar los cortes", Texto.de("indicadores.rolNoDaAcceso")));
    }

    private static Corte corte(Object[] f) {
        Instant cerrado = f[3] instanceof Timestamp t ? t.toInstant() : f[3] instanceof Instant i ? i
                : ((java.time.LocalDateTime) f[3]).atZone(java.time.ZoneId.systemDefault()).toInstant();
        LocalDate fecha = f[1] instanceof Date d ? d.toLocalDate() : (LocalDate) f[1];
        return new Corte(((Number) f[0]).longValue(), fecha, (String) f[2], cerrado, (String) f[4]);
    }

    private static BigDecimal numero(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(o));
    }

    private static String blanco(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

}
