package co.gov.cartagena.ruta.sedes;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.seguridad.GruposKeycloak;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * El registro de sedes es la única fuente de los grupos {@code /sedes/<codigo>} de Keycloak, a los que pertenecen
 * los usuarios. Al confirmarse la creación de una sede, Ruta crea su grupo con la API de administración de
 * Keycloak. Si Keycloak no responde (o falta el secreto de la cuenta de servicio) la sede queda creada igual, con
 * el grupo «pendiente» (columna {@code sede.grupo_sincronizado_en} nula, visible en la lista de sedes y en la API),
 * y se reintenta cada 5 minutos ({@link ReintentoGruposDeSedes}) o cuando un administrador lo pide. Cada grupo
 * creado queda en la auditoría.
 */
@ApplicationScoped
public class GruposDeSedes {

    private static final Logger LOG = Logger.getLogger(GruposDeSedes.class.getName());
    static final String PADRE = "sedes";
    /** Entidad de sus entradas en el rastro de auditoría (aparte de las de la sede, que son sus datos). */
    public static final String ENTIDAD = "sede_grupo";

    @Inject
    GruposKeycloak keycloak;

    @Inject
    RepositorioSedes repositorio;

    @Inject
    ServicioAuditoria auditoria;

    @Inject
    UsuarioActual usuarioActual;

    /** Tras confirmarse la creación de la sede (si se deshace, no se crea grupo). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void alCrearSede(@Observes(during = TransactionPhase.AFTER_SUCCESS) SedeCreada sede) {
        sincronizar(sede.codigo(), sede.nombre(), usuarioActual.nombreParaAuditoria());
    }

    /** Reintenta las sedes pendientes; devuelve cuántas quedaron sincronizadas. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int sincronizarPendientes(String quien) {
        if (!keycloak.configurado()) {
            return 0;
        }
        int hechas = 0;
        List<Sede> pendientes = repositorio.sinGrupo(100);
        for (Sede s : pendientes) {
            if (!sincronizar(s.getCodigo(), s.getNombre(), quien)) {
                break;
            }
            hechas++;
        }
        return hechas;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long pendientes() {
        return repositorio.contarSinGrupo();
    }

    private boolean sincronizar(String codigo, String nombre, String quien) {
        if (!keycloak.configurado()) {
            LOG.warning("Sin secreto de la cuenta de servicio de Keycloak: el grupo /" + PADRE + "/" + codigo
                    + " queda pendiente");
            return false;
        }
        try {
            keycloak.asegurarSubgrupo(PADRE, codigo, nombre);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "No se pudo crear el grupo /" + PADRE + "/" + codigo + " en Keycloak; se reintentará: "
                    + e.getMessage());
            return false;
        }
        repositorio.marcarGrupoSincronizado(codigo);
        auditoria.registrar(quien, null, Accion.CREAR, ENTIDAD, codigo, Json.createObjectBuilder()
                .add("grupoKeycloak", "/" + PADRE + "/" + codigo).build().toString());
        return true;
    }
}
