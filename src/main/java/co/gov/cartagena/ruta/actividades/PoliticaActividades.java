package co.gov.cartagena.ruta.actividades;

import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;

/**
 * Quién ve y hace qué con las actividades colectivas; única fuente de estas reglas (docs/actividades.md las resume).
 *
 * <ul>
 * <li>gestor y coordinador: registran, editan, anulan, agregan asistentes y evidencias, y ven todo (también los
 * nombres de los asistentes y las evidencias) de las actividades de sus sedes.</li>
 * <li>supervisor: ve las actividades de todas las sedes, con cifras (participantes, personas registradas,
 * evidencias), sin nombres de personas ni contenido de las evidencias, que pueden traer datos personales.</li>
 * <li>administrador: administra el catálogo de tipos (agrega, corrige, desactiva); no ve actividades.</li>
 * <li>auditor: nada (el rastro de auditoría tiene cada cambio).</li>
 * </ul>
 */
public final class PoliticaActividades {

    private PoliticaActividades() {
    }

    /** Registra actividades (en sus sedes). */
    public static boolean registra(Usuario u) {
        return u.tiene(Rol.GESTOR) || u.tiene(Rol.COORDINADOR);
    }

    /** Ve la lista de actividades (de sus sedes o, el supervisor, de todas). */
    public static boolean consulta(Usuario u) {
        return registra(u) || u.tiene(Rol.SUPERVISOR);
    }

    /** Ve las actividades de todas las sedes. */
    public static boolean veTodasLasSedes(Usuario u) {
        return u.tiene(Rol.SUPERVISOR);
    }

    public static boolean puedeRegistrarEn(Usuario u, String sede) {
        return registra(u) && sede != null && u.getSedes().contains(sede);
    }

    public static boolean puedeVer(Usuario u, Actividad a) {
        return puedeCambiar(u, a) || veTodasLasSedes(u);
    }

    /** Edita, anula, agrega asistentes y evidencias. */
    public static boolean puedeCambiar(Usuario u, Actividad a) {
        return puedeRegistrarEn(u, a.getSede().getCodigo());
    }

    /** Ve los nombres de quienes asistieron y descarga las evidencias (que pueden traer datos personales). */
    public static boolean puedeVerPersonas(Usuario u, Actividad a) {
        return puedeCambiar(u, a);
    }

    public static boolean administraTipos(Usuario u) {
        return u.tiene(Rol.ADMINISTRADOR);
    }
}
