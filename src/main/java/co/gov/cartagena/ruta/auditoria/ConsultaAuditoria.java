package co.gov.cartagena.ruta.auditoria;

import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * El visor del rastro, solo para auditores. Consultar el rastro también deja rastro: cada página pedida queda como
 * {@link Accion#VER} sobre {@code auditoria} con los filtros usados; un intento de otro rol, como
 * {@link Accion#ACCESO_DENEGADO}.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class ConsultaAuditoria {

    /** Entidad con que quedan en el rastro las consultas del propio rastro. */
    public static final String ENTIDAD = "auditoria";

    @Inject
    ServicioAuditoria auditoria;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;


    public List<RegistroAuditoria> buscar(FiltroAuditoria filtro, int primero, int cuantos) {
        auditorActual();
        List<RegistroAuditoria> pagina = auditoria.buscar(filtro, primero, cuantos);
        auditor.registrar(Accion.VER, ENTIDAD, null, filtro.describir() + "; filas " + (Math.max(0, primero) + 1)
                + " a " + (Math.max(0, primero) + pagina.size()));
        return pagina;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long contar(FiltroAuditoria filtro) {
        auditorActual();
        return auditoria.contar(filtro);
    }

    /** Quienes aparecen en el rastro: las opciones del filtro por usuario (solo para el auditor). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<String> usuarios() {
        auditorActual();
        return auditoria.usuarios(MAXIMO_USUARIOS);
    }

    static final int MAXIMO_USUARIOS = 2000;

    private Usuario auditorActual() {
        return acceso.exigir(u -> u.tiene(Rol.AUDITOR), Denegacion.operacion(ENTIDAD, null,
                "consulta del rastro de auditoría", Texto.de("auditoria.soloAuditorConsultaRastro")));
    }
}
