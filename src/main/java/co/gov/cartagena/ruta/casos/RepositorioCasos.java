package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.personas.BusquedaPorNombre;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Consultas de casos, siempre acotadas por lo que el usuario puede ver ({@link PoliticaAcceso}): sus sedes y las
 * rutas visibles para su rol y equipos. La paginación ocurre en la base de datos.
 */
@ApplicationScoped
public class RepositorioCasos {

    /** Casos de un mismo documento que se consideran como mucho (un documento es de una persona, o de pocas). */
    private static final int TOPE_POR_DOCUMENTO = 1000;

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    Clock reloj;

    public Optional<Caso> porId(Long id) {
        return Optional.ofNullable(id == null ? null : em.find(Caso.class, id));
    }

    public Optional<Caso> porRadicado(String radicado) {
        return em.createQuery("SELECT c FROM Caso c WHERE c.radicado = :r", Caso.class)
                .setParameter("r", radicado == null ? "" : radicado.trim().toUpperCase()).getResultStream().findFirst();
    }

    public Optional<Caso> porClaveEnvio(String clave) {
        if (clave == null) {
            return Optional.empty();
        }
        return em.createNamedQuery("Caso.porClaveEnvio", Caso.class).setParameter("clave", clave).getResultStream()
                .findFirst();
    }

    public List<Caso> dePersona(Persona persona) {
        return em.createQuery("SELECT DISTINCT p.caso FROM Participante p WHERE p.persona = :persona", Caso.class)
                .setParameter("persona", persona).getResultList();
    }

    public List<Caso> buscar(FiltroCasos filtro, Usuario usuario, int primero, int cuantos) {
        Map<String, Object> parametros = new HashMap<>();
        String donde = condiciones(filtro, usuario, parametros);
        if (donde == null) {
            return List.of();
        }
        TypedQuery<Caso> q = em.createQuery("SELECT c FROM Caso c WHERE " + donde
                + " ORDER BY c.fechaApertura DESC, c.id DESC", Caso.class);
        parametros.forEach(q::setParameter);
        return q.setFirstResult(Math.max(primero, 0)).setMaxResults(Math.min(Math.max(cuantos, 1), 200))
                .getResultList();
    }

    /**
     * Una página de casos y el total del filtro. Con texto, una sola consulta trae los identificadores de todos los
     * casos que coinciden, en orden (el índice ya los redujo a pocos): de ahí salen el total y la página, sin buscar
     * dos veces por el índice. Sin texto, la página y un COUNT, que van por los índices de la sede.
     */
    public PaginaDeCasos pagina(FiltroCasos filtro, Usuario usuario, int primero, int cuantos) {
        if (filtro.textoBuscado() == null) {
            return new PaginaDeCasos(buscar(filtro, usuario, primero, cuantos), contar(filtro, usuario));
        }
        Map<String, Object> parametros = new HashMap<>();
        String donde = condiciones(filtro, usuario, parametros);
        if (donde == null) {
            return new PaginaDeCasos(List.of(), 0);
        }
        TypedQuery<Long> q = em.createQuery("SELECT c.id FROM Caso c WHERE " + donde
                + " ORDER BY c.fechaApertura DESC, c.id DESC", Long.class);
        parametros.forEach(q::setParameter);
        List<Long> ids = q.getResultList();
        int desde = Math.min(Math.max(primero, 0), ids.size());
        List<Long> dePagina = ids.subList(desde, Math.min(ids.size(), desde + Math.min(Math.max(cuantos, 1), 200)));
        if (dePagina.isEmpty()) {
            return new PaginaDeCasos(List.of(), ids.size());
        }
        Map<Long, Caso> porId = new HashMap<>();
        em.createQuery("SELECT c FROM Caso c WHERE c.id IN :ids", Caso.class).setParameter("ids", dePagina)
                .getResultList().forEach(c -> porId.put(c.getId(), c));
        return new PaginaDeCasos(dePagina.stream().map(porId::get).filter(java.util.Objects::nonNull).toList(),
                ids.size());
    }

    public long contar(FiltroCasos filtro, Usuario usuario) {
        Map<String, Object> parametros = new HashMap<>();
        String donde = condiciones(filtro, usuario, parametros);
        if (donde == null) {
            return 0;
        }
        TypedQuery<Long> q = em.createQuery("SELECT COUNT(c) FROM Caso c WHERE " + donde, Long.class);
        parametros.forEach(q::setParameter);
        return q.getSingleResult();
    }

    /**
     * Casos abiertos (ni cerrados ni anulados) de las sedes y rutas que el usuario ve: los que lleva {@code gestor}
     * si se da, o todos; los más antiguos primero (son los que más esperan). Como mucho 200.
     */
    public List<Caso> abiertos(Usuario usuario, String gestor, int cuantos) {
        Set<Ruta> rutas = PoliticaAcceso.rutasVisibles(usuario);
        if (rutas.isEmpty() || usuario.getSedes().isEmpty()) {
            return List.of();
        }
        TypedQuery<Caso> q = em.createQuery("SELECT c FROM Caso c WHERE c.anulacion.anulado = FALSE AND c.estado <> 'CERRADO'"
                + " AND c.sede.codigo IN :sedes AND c.ruta IN :rutas"
                + (gestor != null ? " AND c.gestor = :gestor" : "")
                + " ORDER BY c.fechaApertura, c.id", Caso.class)
                .setParameter("sedes", usuario.getSedes()).setParameter("rutas", rutas);
        if (gestor != null) {
            q.setParameter("gestor", gestor);
        }
        return q.setMaxResults(Math.min(Math.max(cuantos, 1), 200)).getResultList();
    }

    /**
     * Seguimientos sin cumplir de los casos abiertos visibles (del gestor si {@code soloMios}) que vencen desde
     * {@code desde} (sin límite si es null) hasta antes de {@code antesDe}; por fecha de vencimiento.
     */
    public List<Seguimiento> seguimientosPendientes(Usuario usuario, boolean soloMios, LocalDate desde,
            LocalDate antesDe, int cuantos) {
        Set<Ruta> rutas = PoliticaAcceso.rutasVisibles(usuario);
        if (rutas.isEmpty() || usuario.getSedes().isEmpty()) {
            return List.of();
        }
        TypedQuery<Seguimiento> q = em.createQuery("SELECT s FROM Seguimiento s JOIN s.caso c"
                + " WHERE s.cumplidoEn IS NULL AND s.fechaVencimiento < :antesDe"
                + (desde != null ? " AND s.fechaVencimiento >= :desde" : "")
                + " AND c.anulacion.anulado = FALSE AND c.estado <> 'CERRADO' AND c.sede.codigo IN :sedes AND c.ruta IN :rutas"
                + (soloMios ? " AND c.gestor = :gestor" : "") + " ORDER BY s.fechaVencimiento, s.id", Seguimiento.class)
                .setParameter("antesDe", antesDe).setParameter("sedes", usuario.getSedes())
                .setParameter("rutas", rutas);
        if (desde != null) {
            q.setParameter("desde", desde);
        }
        if (soloMios) {
            q.setParameter("gestor", usuario.getUsuario());
        }
        return q.setMaxResults(Math.min(Math.max(cuantos, 1), MAXIMO_SEGUIMIENTOS)).getResultList();
    }

    /** Seguimientos que una consulta devuelve como mucho (la lista de vencidos de la página de casos). */
    public static final int MAXIMO_SEGUIMIENTOS = 500;

    /**
     * Casos de violencia en el contexto familiar de las sedes del usuario en que corre un término de ley (ver
     * {@link TerminosDeComisaria}): todos los que siguen en solicitud y los de medida provisional abiertos hasta
     * {@code aperturaHasta}; los más viejos primero. Usa el índice {@code ix_caso_sede_ruta}.
     */
    public List<Caso> conTerminoDeComisaria(Usuario usuario, LocalDate aperturaHasta, int cuantos) {
        if (!PoliticaAcceso.rutasVisibles(usuario).contains(Ruta.VIOLENCIA_INTRAFAMILIAR)
                || usuario.getSedes().isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT c FROM Caso c WHERE c.ruta = :ruta AND c.anulacion.anulado = FALSE"
                + " AND c.sede.codigo IN :sedes AND (c.estado = :solicitud"
                + " OR (c.estado = :medida AND c.fechaApertura <= :hasta)) ORDER BY c.fechaApertura, c.id", Caso.class)
                .setParameter("ruta", Ruta.VIOLENCIA_INTRAFAMILIAR).setParameter("sedes", usuario.getSedes())
                .setParameter("solicitud", TerminosDeComisaria.SOLICITUD)
                .setParameter("medida", TerminosDeComisaria.MEDIDA_PROVISIONAL).setParameter("hasta", aperturaHasta)
                .setMaxResults(Math.min(Math.max(cuantos, 1), 200)).getResultList();
    }

    /** Remisiones enviadas y aún sin respuesta de los casos visibles (del gestor si {@code soloMios}), las más viejas primero. */
    public List<Remision> remisionesSinRespuesta(Usuario usuario, boolean soloMios, int cuantos) {
        Set<Ruta> rutas = PoliticaAcceso.rutasVisibles(usuario);
        if (rutas.isEmpty() || usuario.getSedes().isEmpty()) {
            return List.of();
        }
        TypedQuery<Remision> q = em.createQuery("SELECT r FROM Remision r JOIN r.caso c"
                + " WHERE r.estado = :enviada AND c.anulacion.anulado = FALSE AND c.sede.codigo IN :sedes AND c.ruta IN :rutas"
                + (soloMios ? " AND c.gestor = :gestor" : "") + " ORDER BY r.fecha, r.id", Remision.class)
                .setParameter("enviada", Remision.Estado.ENVIADA).setParameter("sedes", usuario.getSedes())
                .setParameter("rutas", rutas);
        if (soloMios) {
            q.setParameter("gestor", usuario.getUsuario());
        }
        return q.setMaxResults(Math.min(Math.max(cuantos, 1), 200)).getResultList();
    }

    /**
     * El siguiente consecutivo de radicado del año. El UPDATE toma de una vez el bloqueo exclusivo de la fila del año
     * y lo conserva hasta el fin de la transacción: dos aperturas del mismo año van en fila, sin bloqueo mutuo, y si
     * la transacción se revierte el número vuelve con ella (no quedan huecos). La fila de cada año del plan ya existe
     * (migración V12); la de un año nuevo se crea con INSERT … ON DUPLICATE KEY UPDATE, que también bloquea en
     * exclusivo la fila que encuentra.
     */
    public long siguienteConsecutivo(int anio) {
        int filas = em.createNativeQuery("UPDATE consecutivo_radicado SET ultimo = ultimo + 1 WHERE anio = ?1")
                .setParameter(1, anio).executeUpdate();
        if (filas == 0) {
            em.createNativeQuery("INSERT INTO consecutivo_radicado (anio, ultimo) VALUES (?1, 1) "
                    + "ON DUPLICATE KEY UPDATE ultimo = ultimo + 1").setParameter(1, anio).executeUpdate();
        }
        Number ultimo = (Number) em.createNativeQuery("SELECT ultimo FROM consecutivo_radicado WHERE anio = ?1")
                .setParameter(1, anio).getSingleResult();
        return ultimo.longValue();
    }

    public void guardar(Caso caso) {
        em.persist(caso);
    }

    public void bloquear(Caso caso) {
        em.lock(caso, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    public void sincronizar() {
        em.flush();
    }

    /**
     * Los casos con ese radicado o en los que participa una persona con ese número de documento (de cualquier tipo):
     * dos búsquedas por índice que devuelven pocos casos.
     */
    private List<Long> porDocumentoORadicado(String texto) {
        Set<Long> ids = new LinkedHashSet<>(em.createQuery("SELECT c.id FROM Caso c WHERE c.radicado = :radicado",
                Long.class).setParameter("radicado", texto.toUpperCase(Locale.ROOT)).getResultList());
        ids.addAll(em.createQuery("SELECT pd.caso.id FROM Participante pd WHERE pd.persona.numeroDocumento = :numero",
                Long.class).setParameter("numero", texto.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT))
                .setMaxResults(TOPE_POR_DOCUMENTO).getResultList());
        return List.copyOf(ids);
    }

    /**
     * Las condiciones JPQL del filtro más el alcance del usuario; null si no puede haber ningún caso (el usuario no
     * ve ninguno, o el texto no encuentra nada).
     */
    private String condiciones(FiltroCasos f, Usuario u, Map<String, Object> p) {
        Set<Ruta> rutas = PoliticaAcceso.rutasVisibles(u);
        if (rutas.isEmpty() || u.getSedes().isEmpty()) {
            return null;
        }
        StringBuilder w = new StringBuilder("c.sede.codigo IN :sedes AND c.ruta IN :rutas");
        p.put("sedes", u.getSedes());
        p.put("rutas", rutas);
        if (!f.incluirAnulados()) {
            w.append(" AND c.anulacion.anulado = FALSE");
        }
        if (f.soloMios()) {
            w.append(" AND c.gestor = :yo");
            p.put("yo", u.getUsuario());
        }
        if (f.sede() != null && !f.sede().isBlank()) {
            w.append(" AND c.sede.codigo = :sede");
            p.put("sede", f.sede());
        }
        if (f.ruta() != null) {
            w.append(" AND c.ruta = :ruta");
            p.put("ruta", f.ruta());
        }
        if (f.estado() != null && !f.estado().isBlank()) {
            w.append(" AND c.estado = :estado");
            p.put("estado", f.estado());
        }
        if (f.gestor() != null && !f.gestor().isBlank()) {
            w.append(" AND c.gestor = :gestor");
            p.put("gestor", f.gestor().trim());
        }
        if (f.desde() != null) {
            w.append(" AND c.fechaApertura >= :desde");
            p.put("desde", f.desde());
        }
        if (f.hasta() != null) {
            w.append(" AND c.fechaApertura <= :hasta");
            p.put("hasta", f.hasta());
        }
        if (f.soloConSeguimientoVencido()) {
            w.append(" AND EXISTS (SELECT s FROM Seguimiento s WHERE s.caso = c AND s.cumplidoEn IS NULL"
                    + " AND s.fechaVencimiento < :hoy)");
            p.put("hoy", LocalDate.now(reloj));
        }
        if (f.textoBuscado() != null) {
            // Primero las personas o el radicado, por índices; luego sus casos (ver docs/concurrencia.md).
            if (f.textoEsDocumentoORadicado()) {
                List<Long> ids = porDocumentoORadicado(f.textoBuscado());
                if (ids.isEmpty()) {
                    return null;
                }
                w.append(" AND c.id IN :porTexto");
                p.put("porTexto", ids);
            } else {
                BusquedaPorNombre nombre = f.textoComoNombre();
                if (!nombre.posible()) {
                    return null;
                }
                w.append(" AND c.id IN (SELECT pp.caso.id FROM Participante pp WHERE ")
                        .append(nombre.condicion("pp.persona.nombreBusqueda", "nombre", p)).append(")");
            }
        }
        return w.toString();
    }
}
