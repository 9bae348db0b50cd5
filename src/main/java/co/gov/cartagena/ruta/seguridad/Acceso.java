package co.gov.cartagena.ruta.seguridad;

import co.gov.cartagena.ruta.comun.Texto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * La única manera de negar una operación por acceso. Los servicios deciden con sus reglas (las de
 * {@code casos/PoliticaAcceso}, {@code actividades/PoliticaActividades} o un rol) y, si no se cumplen, le pasan aquí
 * la {@link Denegacion}: queda en el rastro ({@link RastroDeDenegaciones}, en su propia transacción, con quien llama
 * y su dirección) y se lanza la excepción que corresponde, siempre igual. Ningún servicio lanza
 * {@code OperacionNoPermitida} ni escribe un acceso denegado por su cuenta ({@code seguridad/AccesoTest} lo
 * comprueba en las fuentes). docs/acceso-y-auditoria.md lo resume.
 */
@ApplicationScoped
public class Acceso {

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    RastroDeDenegaciones rastro;

    /**
     * Quien llama, si cumple {@code regla}; si no, niega con {@code denegacion}. Si nadie ingresó (no debería
     * llegar a un servicio: la API y las páginas piden ingreso antes), niega con «Debe ingresar.».
     */
    public Usuario exigir(Predicate<Usuario> regla, Denegacion denegacion) {
        Optional<Usuario> u = usuarioActual.get();
        exigir(u.isPresent(), Denegacion.operacion(denegacion.entidad(), denegacion.id(),
                denegacion.detalle() + " (sin ingresar)", Texto.de("seguridad.debeIngresar")));
        exigir(regla.test(u.get()), denegacion);
        return u.get();
    }

    /** Una regla ya evaluada sobre algo cargado (un caso, una sede, un lote): si no se cumple, niega. */
    public void exigir(boolean permitido, Denegacion denegacion) {
        if (!permitido) {
            rastro.registrarDenegado(denegacion.entidad(), denegacion.id(), denegacion.detalle());
            throw denegacion.excepcion();
        }
    }
}
