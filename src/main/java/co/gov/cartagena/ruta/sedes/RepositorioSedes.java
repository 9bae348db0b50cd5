package co.gov.cartagena.ruta.sedes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Consultas sobre el registro de sedes, incluidas las consultas «a la fecha de corte» que usan los indicadores de
 * fuente {@code sedes} del plan ({@code ../shared/plan/indicadores.csv}). Cada una lee la historia de solo inserción:
 * su resultado para una fecha pasada no cambia cuando la sede cambia después. No piden usuario: las cifras no
 * muestran datos de personas.
 *
 * <table>
 * <caption>Qué consulta sirve a qué indicador</caption>
 * <tr><th>Indicador</th><th>Regla</th><th>Consulta</th></tr>
 * <tr><td>PZ.JUS.1</td><td>Comisarías de Familia (fijas) en operación</td>
 * <td>{@code contarEnOperacion(COMISARIA_DE_FAMILIA, corte)}</td></tr>
 * <tr><td>PZ.JUS.2</td><td>Comisarías de Familia móviles en operación</td>
 * <td>{@code contarEnOperacion(COMISARIA_DE_FAMILIA_MOVIL, corte)}</td></tr>
 * <tr><td>PZ.JUS.5</td><td>Casas de Justicia en operación</td>
 * <td>{@code contarEnOperacion(CASA_DE_JUSTICIA, corte)}</td></tr>
 * <tr><td>PZ.JUS.6</td><td>Centros de Conciliación adscritos a una Casa de Justicia en operación</td>
 * <td>{@link #contarCentrosDeConciliacionEnOperacion}</td></tr>
 * <tr><td>PZ.JUS.7</td><td>Inspecciones de Policía con dotación completa</td>
 * <td>{@link #contarInspeccionesDotadas}</td></tr>
 * <tr><td>PZ.CON.1</td><td>Centro de Traslado por Protección en funcionamiento</td>
 * <td>{@code contarEnOperacion(CENTRO_DE_TRASLADO_POR_PROTECCION, corte)}</td></tr>
 * <tr><td>PZ.DDH.4</td><td>Casa de acogida en funcionamiento</td>
 * <td>{@code contarEnOperacion(CASA_DE_ACOGIDA, corte)}</td></tr>
 * </table>
 *
 * Cada {@code contar…} tiene su {@code …} que devuelve las sedes que la regla selecciona, para el soporte de la cifra.
 */
@ApplicationScoped
public class RepositorioSedes {

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    public List<Sede> porCodigos(Collection<String> codigos) {
        if (codigos.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery("Sede.porCodigos", Sede.class).setParameter("codigos", codigos).getResultList();
    }

    public List<Sede> todas() {
        return em.createNamedQuery("Sede.todas", Sede.class).getResultList();
    }

    public Optional<Sede> porCodigo(String codigo) {
        if (codigo == null || codigo.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Sede.porCodigo", Sede.class)
                .setParameter("codigo", codigo.trim().toUpperCase()).getResultStream().findFirst();
    }

    public List<Sede> deTipo(TipoSede tipo) {
        return em.createNamedQuery("Sede.deTipo", Sede.class).setParameter("tipo", tipo).getResultList();
    }

    /** El estado de una sede a la fecha de corte; vacío si no tenía estado registrado a esa fecha. */
    public Optional<EstadoSede> estadoA(String codigo, LocalDate corte) {
        return porCodigo(codigo).flatMap(s -> s.estadoA(corte));
    }

    /** Sedes de un tipo que a la fecha de corte estaban en un estado. */
    public List<Sede> enEstado(TipoSede tipo, EstadoSede estado, LocalDate corte) {
        return em.createNamedQuery("Sede.deTipoEnEstadoALaFecha", Sede.class)
                .setParameter("tipo", requerido(tipo)).setParameter("estado", requerido(estado))
                .setParameter("corte", requerido(corte)).getResultList();
    }

    /** Cuántas sedes de un tipo estaban en un estado a la fecha de corte. */
    public long contarEnEstado(TipoSede tipo, EstadoSede estado, LocalDate corte) {
        return em.createNamedQuery("Sede.contarDeTipoEnEstadoALaFecha", Long.class)
                .setParameter("tipo", requerido(tipo)).setParameter("estado", requerido(estado))
                .setParameter("corte", requerido(corte)).getSingleResult();
    }

    /** Sedes de cualquier tipo que a la fecha de corte estaban en un estado. */
    public List<Sede> enEstado(EstadoSede estado, LocalDate corte) {
        return em.createNamedQuery("Sede.enEstadoALaFecha", Sede.class)
                .setParameter("estado", requerido(estado)).setParameter("corte", requerido(corte)).getResultList();
    }

    /** Las sedes (de un tipo, si se da) que a la fecha de corte ya tenían estado: las que existían en el registro. */
    public List<Sede> registradasA(TipoSede tipo, LocalDate corte) {
        if (tipo == null) {
            return em.createNamedQuery("Sede.conEstadoALaFecha", Sede.class)
                    .setParameter("corte", requerido(corte)).getResultList();
        }
        return em.createNamedQuery("Sede.deTipoConEstadoALaFecha", Sede.class).setParameter("tipo", tipo)
                .setParameter("corte", requerido(corte)).getResultList();
    }

    /** PZ.JUS.1, PZ.JUS.2, PZ.JUS.5, PZ.CON.1, PZ.DDH.4: sedes del tipo en operación a la fecha de corte. */
    public List<Sede> enOperacion(TipoSede tipo, LocalDate corte) {
        return enEstado(tipo, EstadoSede.EN_OPERACION, corte);
    }

    /** PZ.JUS.1, PZ.JUS.2, PZ.JUS.5, PZ.CON.1, PZ.DDH.4: cuántas sedes del tipo en operación a la fecha de corte. */
    public long contarEnOperacion(TipoSede tipo, LocalDate corte) {
        return contarEnEstado(tipo, EstadoSede.EN_OPERACION, corte);
    }

    /** Cuántas sedes de cada tipo estaban en operación a la fecha de corte, en una consulta (0 si ninguna). */
    public Map<TipoSede, Long> contarEnOperacionPorTipo(LocalDate corte) {
        Map<TipoSede, Long> porTipo = new EnumMap<>(TipoSede.class);
        for (TipoSede tipo : TipoSede.values()) {
            porTipo.put(tipo, 0L);
        }
        for (Object[] fila : em.createNamedQuery("Sede.contarPorTipoEnEstadoALaFecha", Object[].class)
                .setParameter("estado", EstadoSede.EN_OPERACION).setParameter("corte", requerido(corte))
                .getResultList()) {
            porTipo.put((TipoSede) fila[0], ((Number) fila[1]).longValue());
        }
        return porTipo;
    }

    /** PZ.JUS.6: Centros de Conciliación adscritos a una Casa de Justicia, en operación a la fecha de corte. */
    public List<Sede> centrosDeConciliacionEnOperacion(LocalDate corte) {
        return em.createNamedQuery("Sede.adscritasEnEstadoALaFecha", Sede.class)
                .setParameter("tipo", TipoSede.CENTRO_DE_CONCILIACION)
                .setParameter("tipoPadre", TipoSede.CASA_DE_JUSTICIA)
                .setParameter("estado", EstadoSede.EN_OPERACION)
                .setParameter("corte", requerido(corte)).getResultList();
    }

    /** PZ.JUS.6: cuántos Centros de Conciliación adscritos a una Casa de Justicia, en operación a la fecha de corte. */
    public long contarCentrosDeConciliacionEnOperacion(LocalDate corte) {
        return em.createNamedQuery("Sede.contarAdscritasEnEstadoALaFecha", Long.class)
                .setParameter("tipo", TipoSede.CENTRO_DE_CONCILIACION)
                .setParameter("tipoPadre", TipoSede.CASA_DE_JUSTICIA)
                .setParameter("estado", EstadoSede.EN_OPERACION)
                .setParameter("corte", requerido(corte)).getSingleResult();
    }

    /**
     * PZ.JUS.7: Inspecciones de Policía marcadas con dotación completa a la fecha de corte. Como dice la regla, cuenta
     * la marca de dotación, no el estado de la Inspección.
     */
    public List<Sede> inspeccionesDotadas(LocalDate corte) {
        return inspeccionesConDotacion(true, corte);
    }

    /** PZ.JUS.7: cuántas Inspecciones de Policía tienen dotación completa a la fecha de corte. */
    public long contarInspeccionesDotadas(LocalDate corte) {
        return contarInspeccionesConDotacion(true, corte);
    }

    /** Inspecciones de Policía cuya dotación a la fecha de corte está marcada completa o no (p. ej. la línea base). */
    public List<Sede> inspeccionesConDotacion(boolean completa, LocalDate corte) {
        return em.createNamedQuery("Sede.conDotacionALaFecha", Sede.class)
                .setParameter("tipo", TipoSede.INSPECCION_DE_POLICIA).setParameter("completa", completa)
                .setParameter("corte", requerido(corte)).getResultList();
    }

    public long contarInspeccionesConDotacion(boolean completa, LocalDate corte) {
        return em.createNamedQuery("Sede.contarConDotacionALaFecha", Long.class)
                .setParameter("tipo", TipoSede.INSPECCION_DE_POLICIA).setParameter("completa", completa)
                .setParameter("corte", requerido(corte)).getSingleResult();
    }

    /** El renglón de estado que rige a la fecha de corte para cada sede (por id de sede). */
    public Map<Long, CambioDeEstado> estadosVigentes(LocalDate corte) {
        Map<Long, CambioDeEstado> porSede = new HashMap<>();
        for (CambioDeEstado c : em.createNamedQuery("CambioDeEstado.vigentesALaFecha", CambioDeEstado.class)
                .setParameter("corte", requerido(corte)).getResultList()) {
            porSede.put(c.getSede().getId(), c);
        }
        return porSede;
    }

    /** El registro de dotación que rige a la fecha de corte para cada Inspección (por id de sede). */
    public Map<Long, RegistroDeDotacion> dotacionesVigentes(LocalDate corte) {
        Map<Long, RegistroDeDotacion> porSede = new HashMap<>();
        for (RegistroDeDotacion d : em.createNamedQuery("RegistroDeDotacion.vigentesALaFecha",
                RegistroDeDotacion.class).setParameter("corte", requerido(corte)).getResultList()) {
            porSede.put(d.getSede().getId(), d);
        }
        return porSede;
    }

    public void guardar(Sede sede) {
        em.persist(sede);
    }

    public void sincronizar() {
        em.flush();
    }

    private static <T> T requerido(T valor) {
        return Objects.requireNonNull(valor, "Falta un parámetro de la consulta");
    }

    /** Marca que el grupo de la sede ya existe en Keycloak, sin tocar su versión (no es una edición de la sede). */
    public void marcarGrupoSincronizado(String codigo) {
        em.createNativeQuery("UPDATE sede SET grupo_sincronizado_en = CURRENT_TIMESTAMP(3) WHERE codigo = ?")
                .setParameter(1, codigo).executeUpdate();
    }

    /** Las sedes cuyo grupo en Keycloak falta crear, las más antiguas primero. */
    public List<Sede> sinGrupo(int maximo) {
        return em.createQuery("SELECT s FROM Sede s WHERE s.grupoSincronizadoEn IS NULL ORDER BY s.id", Sede.class)
                .setMaxResults(maximo).getResultList();
    }

    public long contarSinGrupo() {
        return em.createQuery("SELECT COUNT(s) FROM Sede s WHERE s.grupoSincronizadoEn IS NULL", Long.class)
                .getSingleResult();
    }
}
