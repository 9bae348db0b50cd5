package co.gov.cartagena.ruta.auditoria;

import co.gov.cartagena.ruta.seguridad.RastroDeDenegaciones;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

/** Registra en el rastro lo que hace quien llama, con su usuario y dirección, dentro de la transacción en curso. */
@ApplicationScoped
public class Auditor implements RastroDeDenegaciones {

    @Inject
    ServicioAuditoria auditoria;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Instance<HttpServletRequest> peticion;

    public void registrar(Accion accion, String entidad, Object id, String detalle) {
        auditoria.registrar(usuarioActual.nombreParaAuditoria(), direccion(), accion, entidad,
                id == null ? null : id.toString(), detalle);
    }

    /**
     * Un acceso denegado, en su propia transacción: queda en el rastro aunque la operación que lo provocó termine
     * en excepción y se deshaga. Solo lo llama {@code seguridad/Acceso}, la única manera de negar un acceso.
     */
    @Override
    public void registrarDenegado(String entidad, Object id, String detalle) {
        auditoria.registrarAparte(usuarioActual.nombreParaAuditoria(), direccion(), Accion.ACCESO_DENEGADO, entidad,
                id == null ? null : id.toString(), detalle);
    }

    private String direccion() {
        try {
            return peticion.isResolvable() ? peticion.get().getRemoteAddr() : null;
        } catch (RuntimeException sinPeticion) {
            return null;
        }
    }
}
