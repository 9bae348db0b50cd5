package co.gov.cartagena.ruta.indicadores.publicacion;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.avance.Programacion;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import co.gov.cartagena.ruta.indicadores.catalogo.TipoMeta;
import co.gov.cartagena.ruta.indicadores.calculo.Regla;
import co.gov.cartagena.ruta.indicadores.calculo.ReglasDelPlan;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publicar y retirar cortes, y leer lo publicado. Publicar congela en {@code corte_publicado} el documento público del
 * corte ({@link DocumentoPublico}), armado con lo que el corte congeló: sus cifras ({@code corte_valor}), sus metas
 * ({@code corte_meta}, {@code corte_meta_anual}), las claves de sus cifras ({@code corte_clave}, para las
 * desagregaciones), y para la serie anual las cifras de los cortes publicados de años anteriores. Leer lo publicado consulta solo {@code corte_publicado}, por su llave, y guarda el
 * documento leído en memoria por su huella.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class Publicaciones {

    static final String ENTIDAD = "corte_publicado";

    /** Un corte publicado (o retirado): lo que hace falta para listarlo y servirlo con caché HTTP. */
    public record Publicacion(long corteId, LocalDate fecha, boolean publicado, Instant publicadoEn,
            String publicadoPor, Instant retiradoEn, String retiradoPor, String huella)
            implements Serializable {
        /** La última vez que cambió lo que se sirve de este corte. */
        public Instant modificadoEn() {
            return retiradoEn != null && retiradoEn.isAfter(publicadoEn) ? retiradoEn : publicadoEn;
        }
    }

    /** Un corte publicado con su documento. */
    public record Publicado(Publicacion publicacion, String contenido, JsonObject documento) {
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

    /** Documentos ya leídos, por huella (lo que cambia al publicar de nuevo). */
    private final Map<String, Publicado> leidos = new ConcurrentHashMap<>();

    /** Publica un corte cerrado: congela su documento público. Solo un supervisor; queda en la auditoría. */
    public Publicacion publicar(long corteId) {
        Usuario u = supervisor("publicar el corte", corteId);
        List<?> filas = em.createNativeQuery("SELECT id, fecha_corte, cerrado_en FROM corte WHERE id = ? FOR UPDATE")
                .setParameter(1, corteId).getResultList();
        if (filas.isEmpty()) {
            throw new NoEncontrado(Texto.de("indicadores.que.corte", corteId));
        }
        Object[] c = (Object[]) filas.get(0);
        LocalDate fecha = fecha(c[1]);
        Instant aprobado = instante(c[2]);
        Optional<Publicacion> antes = buscar(corteId);
        ReglaIncumplida.exigir(antes.isEmpty() || !antes.get().publicado(), "corte",
                Texto.de("indicadores.corteYaPublicado", fecha));
        Map<String, Map<Integer, Object[]>> valores = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT indicador, anio, valor, numerador, denominador, avance, esperado, "
                + "semaforo FROM corte_valor WHERE corte_id = ?").setParameter(1, corteId).getResultList()) {
            Object[] f = (Object[]) o;
            valores.computeIfAbsent((String) f[0], k -> new HashMap<>()).put(((Number) f[1]).intValue(), f);
        }
        ReglaIncumplida.exigir(!valores.isEmpty(), "corte",
                Texto.de("indicadores.corteNoTieneCifras", fecha));
        Instant ahora = Instant.now(reloj).truncatedTo(ChronoUnit.MILLIS);
        String contenido = DocumentoPublico.armar(fecha, aprobado, ahora, linea(), armarIndicadores(corteId, fecha,
                valores));
        String huella = DocumentoPublico.huella(contenido);
        if (antes.isEmpty()) {
            em.createNativeQuery("INSERT INTO corte_publicado (corte_id, fecha_corte, publicado, publicado_en, "
                    + "publicado_por, contenido, huella) VALUES (?, ?, TRUE, ?, ?, ?, ?)").setParameter(1, corteId)
                    .setParameter(2, Date.valueOf(fecha)).setParameter(3, Timestamp.from(ahora))
                    .setParameter(4, u.getUsuario()).setParameter(5, contenido).setParameter(6, huella)
                    .executeUpdate();
        } else {
            em.createNativeQuery("UPDATE corte_publicado SET publicado = TRUE, publicado_en = ?, publicado_por = ?, "
                    + "retirado_en = NULL, retirado_por = NULL, contenido = ?, huella = ? WHERE corte_id = ?")
                    .setParameter(1, Timestamp.from(ahora)).setParameter(2, u.getUsuario())
                    .setParameter(3, contenido).setParameter(4, huella).setParameter(5, corteId).executeUpdate();
        }
        auditor.registrar(Accion.CREAR, ENTIDAD, corteId, "corte al " + fecha + " publicado (página pública y datos "
                + "abiertos); documento " + huella.substring(0, 16) + ", " + contenido.length() + " caracteres");
        return new Publicacion(corteId, fecha, true, ahora, u.getUsuario(), null, null, huella);
    }

    /** Retira un corte publicado: deja de verse en la página pública y en los datos abiertos (404). */
    public Publicacion retirar(long corteId) {
        Usuario u = supervisor("retirar el corte", corteId);
        Publicacion p = buscar(corteId)
                .orElseThrow(() -> new NoEncontrado(Texto.de("indicadores.que.publicacionCorte", corteId)));
        ReglaIncumplida.exigir(p.publicado(), "corte", Texto.de("indicadores.corteNoPublicado", p.fecha()));
        Instant ahora = Instant.now(reloj).truncatedTo(ChronoUnit.MILLIS);
        em.createNativeQuery("UPDATE corte_publicado SET publicado = FALSE, retirado_en = ?, retirado_por = ? "
                + "WHERE corte_id = ?").setParameter(1, Timestamp.from(ahora)).setParameter(2, u.getUsuario())
                .setParameter(3, corteId).executeUpdate();
        leidos.remove(p.huella());
        auditor.registrar(Accion.ANULAR, ENTIDAD, corteId, "corte al " + p.fecha() + " retirado de la publicación");
        return new Publicacion(corteId, p.fecha(), false, p.publicadoEn(), p.publicadoPor(), ahora, u.getUsuario(),
                p.huella());
    }

    /** El estado de publicación de cada corte que alguna vez se publicó, por id del corte (roles del tablero). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<Long, Publicacion> estados() {
        acceso.exigir(u -> u.tieneAlguno(ServicioIndicadores.VEN_TABLERO), Denegacion.operacion(ENTIDAD, null,
                "consultar las publicaciones de los cortes", Texto.de("indicadores.rolNoDaAcceso")));
        Map<Long, Publicacion> r = new LinkedHashMap<>();
        for (Publicacion p : consultar("", null)) {
            r.put(p.corteId(), p);
        }
        return r;
    }

    /** Los cortes publicados, del más reciente al más antiguo. Público: sin usuario. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Publicacion> publicadas() {
        return consultar(" WHERE publicado = TRUE", null);
    }

    /** El corte publicado a esa fecha con su documento, o vacío si no está publicado. Público: sin usuario. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Publicado> publicado(LocalDate fecha) {
        List<Publicacion> p = consultar(" WHERE publicado = TRUE AND fecha_corte = ?", fecha);
        if (p.isEmpty()) {
            return Optional.empty();
        }
        Publicacion pub = p.get(0);
        Publicado leido = leidos.get(pub.huella());
        if (leido == null) {
            String contenido = (String) em.createNativeQuery("SELECT contenido FROM corte_publicado WHERE corte_id = ?")
                    .setParameter(1, pub.corteId()).getSingleResult();
            leido = new Publicado(pub, contenido, DocumentoPublico.leer(contenido));
            if (leidos.size() > 200) {
                leidos.clear();
            }
            leidos.put(pub.huella(), leido);
        }
        return Optional.of(new Publicado(pub, leido.contenido(), leido.documento()));
    }

    /** La última publicación o retiro (cambia el catálogo de datos abiertos); vacío si nunca se publicó nada. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Instant> ultimoCambio() {
        Object o = em.createNativeQuery("SELECT MAX(GREATEST(publicado_en, COALESCE(retirado_en, publicado_en))) "
                + "FROM corte_publicado").getSingleResult();
        return o == null ? Optional.empty() : Optional.of(instante(o));
    }

    /** El último corte publicado, si hay. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Publicado> ultimo() {
        List<Publicacion> p = publicadas();
        return p.isEmpty() ? Optional.empty() : publicado(p.get(0).fecha());
    }

    // ------------------------------------------------------------------------------------------ armar

    private List<DocumentoPublico.Indicador> armarIndicadores(long corteId, LocalDate fecha,
            Map<String, Map<Integer, Object[]>> valores) {
        int anioCorte = fecha.getYear();
        Map<Integer, Map<String, BigDecimal>> anteriores = new TreeMap<>();
        Map<Integer, LocalDate> cortesAnteriores = new HashMap<>();
        // La serie: cada año anterior sale del último corte publicado de ese año (su cifra congelada del año).
        for (Object o : em.createNativeQuery("SELECT c.id, c.fecha_corte FROM corte_publicado p JOIN corte c "
                + "ON c.id = p.corte_id WHERE p.publicado = TRUE AND c.fecha_corte < ? ORDER BY c.fecha_corte")
                .setParameter(1, Date.valueOf(LocalDate.of(anioCorte, 1, 1))).getResultList()) {
            Object[] f = (Object[]) o;
            LocalDate d = fecha(f[1]);
            cortesAnteriores.put(d.getYear(), d);
            Map<String, BigDecimal> delAnio = new HashMap<>();
            for (Object v : em.createNativeQuery("SELECT indicador, valor FROM corte_valor WHERE corte_id = ? AND anio = ?")
                    .setParameter(1, ((Number) f[0]).longValue()).setParameter(2, d.getYear()).getResultList()) {
                Object[] x = (Object[]) v;
                delAnio.put((String) x[0], numero(x[1]));
            }
            anteriores.put(d.getYear(), delAnio);
        }
        Map<String, Congelada> metas = metasCongeladas(corteId);
        List<DocumentoPublico.Indicador> r = new ArrayList<>();
        for (Indicador i : indicadores.catalogo()) {
            String codigo = i.getCodigoTexto();
            Map<Integer, Object[]> v = valores.getOrDefault(codigo, Map.of());
            Congelada congelada = metas.get(codigo);
            if (congelada == null) {
                throw new IllegalStateException("El corte " + corteId + " no congeló las metas de " + codigo);
            }
            Programacion prog = congelada.programacion();
            List<DocumentoPublico.Punto> serie = new ArrayList<>();
            for (int anio = Cuatrienio.PRIMER_ANIO; anio <= Cuatrienio.ULTIMO_ANIO; anio++) {
                BigDecimal meta = prog.metaAnualDeReferencia(anio).orElse(null);
                if (anio == anioCorte) {
                    serie.add(new DocumentoPublico.Punto(anio, meta, v.containsKey(anio) ? numero(v.get(anio)[2]) : null,
                            fecha));
                } else if (anio < anioCorte && anteriores.containsKey(anio)) {
                    serie.add(new DocumentoPublico.Punto(anio, meta, anteriores.get(anio).get(codigo),
                            cortesAnteriores.get(anio)));
                } else {
                    serie.add(new DocumentoPublico.Punto(anio, meta, null, null));
                }
            }
            List<DocumentoPublico.Desagregacion> desagregaciones = new ArrayList<>();
            List<String> omitidas = new ArrayList<>();
            if (ReglasDelPlan.indicadores().contains(codigo) && ReglasDelPlan.cuentaPersonas(codigo)) {
                desagregar(corteId, fecha, codigo, desagregaciones, omitidas);
            }
            r.add(new DocumentoPublico.Indicador(codigo, i.getNombre(), i.getNivel().codigo(),
                    i.getComponente().getNombre(), i.getPrograma() == null ? null : i.getPrograma().getNombre(),
                    congelada.unidad(), prog.getTipo().codigo(), prog.getLineaBase(), prog.getMeta(), cifra(v.get(0)),
                    cifra(v.get(anioCorte)), prog.metaAnualDeReferencia(anioCorte).orElse(null), serie,
                    desagregaciones, omitidas));
        }
        return r;
    }

    /** La programación de un indicador congelada por el corte (V27), con su unidad. */
    private record Congelada(String unidad, Programacion programacion) {
    }

    /** Lo que el corte congeló de la programación de cada indicador al cerrarse ({@code corte_meta}, V27). */
    private Map<String, Congelada> metasCongeladas(long corteId) {
        Map<String, Map<Integer, BigDecimal>> anuales = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT indicador, anio, valor FROM corte_meta_anual WHERE corte_id = ?")
                .setParameter(1, corteId).getResultList()) {
            Object[] f = (Object[]) o;
            anuales.computeIfAbsent((String) f[0], k -> new HashMap<>()).put(((Number) f[1]).intValue(), numero(f[2]));
        }
        Map<String, Congelada> r = new HashMap<>();
        for (Object o : em.createNativeQuery("SELECT indicador, tipo_meta, unidad, linea_base, meta FROM corte_meta "
                + "WHERE corte_id = ?").setParameter(1, corteId).getResultList()) {
            Object[] f = (Object[]) o;
            r.put((String) f[0], new Congelada((String) f[2], new Programacion(TipoMeta.deCodigo((String) f[1]),
                    numero(f[3]), numero(f[4]), anuales.getOrDefault((String) f[0], Map.of()))));
        }
        return r;
    }

    /**
     * Las desagregaciones por sexo y grupo de edad de las personas que el corte congeló para la cifra del cuatrienio
     * ({@code corte_clave}, ámbito 0), protegidas. La edad es la que tenían a la fecha del corte.
     */
    private void desagregar(long corteId, LocalDate fecha, String codigo, List<DocumentoPublico.Desagregacion> r,
            List<String> omitidas) {
        Map<String, String> expresiones = new LinkedHashMap<>();
        expresiones.put("sexo", "COALESCE(p.sexo, 'SIN_DATO')");
        expresiones.put("grupoEdad", """
                CASE WHEN p.fecha_nacimiento IS NULL THEN 'SIN_DATO'
                     WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?3) < 12 THEN '0-11'
                     WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?3) < 18 THEN '12-17'
                     WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?3) < 29 THEN '18-28'
                     WHEN TIMESTAMPDIFF(YEAR, p.fecha_nacimiento, ?3) < 60 THEN '29-59'
                     ELSE '60+' END""");
        List<String> componentes = ReglasDelPlan.delIndicador(codigo).stream().map(Regla::componente)
                .map(Enum::name).distinct().toList();
        boolean sensible = Proteccion.sensible(codigo);
        for (var d : expresiones.entrySet()) {
            Map<String, Map<String, Long>> crudos = new TreeMap<>();
            // La edad al corte: ?3 es la fecha de corte, un parámetro como los demás.
            String sql = "SELECT x.componente, " + d.getValue() + " AS cat, COUNT(*) "
                    + "FROM corte_clave x LEFT JOIN persona p ON p.id = CAST(SUBSTRING(x.clave, 2) AS UNSIGNED) "
                    + "WHERE x.corte_id = ?1 AND x.indicador = ?2 AND x.ambito = 0 AND x.clave LIKE 'p%' "
                    + "GROUP BY x.componente, cat";
            Query q = em.createNativeQuery(sql).setParameter(1, corteId).setParameter(2, codigo);
            if (sql.contains("?3")) {
                q.setParameter(3, Date.valueOf(fecha));
            }
            for (Object o : q.getResultList()) {
                Object[] f = (Object[]) o;
                crudos.computeIfAbsent(String.valueOf(f[1]), k -> new LinkedHashMap<>())
                        .put(String.valueOf(f[0]).trim(), ((Number) f[2]).longValue());
            }
            if (crudos.isEmpty()) {
                continue;
            }
            Optional<List<Proteccion.Fila>> filas = Proteccion.proteger(crudos, componentes, sensible);
            if (filas.isPresent()) {
                r.add(new DocumentoPublico.Desagregacion(d.getKey(), componentes, filas.get()));
            } else {
                omitidas.add(d.getKey());
            }
        }
    }

    private String linea() {
        List<?> l = em.createNativeQuery("SELECT nombre FROM linea_estrategica ORDER BY id").setMaxResults(1)
                .getResultList();
        return l.isEmpty() ? "Seguridad Humana" : String.valueOf(l.get(0));
    }

    private static DocumentoPublico.Cifra cifra(Object[] f) {
        return f == null ? null : new DocumentoPublico.Cifra(numero(f[2]), numero(f[3]), numero(f[4]), numero(f[5]),
                numero(f[6]), String.valueOf(f[7]));
    }

    // ------------------------------------------------------------------------------------------ leer

    private Optional<Publicacion> buscar(long corteId) {
        List<Publicacion> p = consultar(" WHERE corte_id = ?", corteId);
        return p.isEmpty() ? Optional.empty() : Optional.of(p.get(0));
    }

    private List<Publicacion> consultar(String donde, Object parametro) {
        var q = em.createNativeQuery("SELECT corte_id, fecha_corte, publicado, publicado_en, publicado_por, "
                + "retirado_en, retirado_por, huella FROM corte_publicado" + donde + " ORDER BY fecha_corte DESC");
        if (parametro != null) {
            q.setParameter(1, parametro instanceof LocalDate d ? Date.valueOf(d) : parametro);
        }
        List<Publicacion> r = new ArrayList<>();
        for (Object o : q.getResultList()) {
            Object[] f = (Object[]) o;
            r.add(new Publicacion(((Number) f[0]).longValue(), fecha(f[1]), verdadero(f[2]), instante(f[3]),
                    (String) f[4], f[5] == null ? null : instante(f[5]), (String) f[6], (String) f[7]));
        }
        return r;
    }

    private Usuario supervisor(String que, long corteId) {
        return acceso.exigir(u -> u.tiene(Rol.SUPERVISOR), Denegacion.operacion(ENTIDAD, corteId,
                "Intento de " + que + " sin el rol de supervisor",
                Texto.de("indicadores.soloSupervisorPublicaRetira")));
    }

    private static boolean verdadero(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static BigDecimal numero(Object o) {
        return o == null ? null : o instanceof BigDecimal b ? b : new BigDecimal(String.valueOf(o));
    }

    static LocalDate fecha(Object o) {
        return o instanceof Date d ? d.toLocalDate() : o instanceof LocalDate l ? l : LocalDate.parse(String.valueOf(o));
    }

    static Instant instante(Object o) {
        return o instanceof Timestamp t ? t.toInstant() : o instanceof Instant i ? i
                : ((LocalDateTime) o).atZone(ZoneId.systemDefault()).toInstant();
    }
}
