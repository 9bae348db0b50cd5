package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.seguridad.Permiso;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import java.util.EnumSet;
import java.util.Set;

/**
 * Quién ve y hace qué con los casos (necesidad de saber). Es la única fuente de estas reglas: las consultas
 * filtran con {@link #rutasVisibles} y las sedes del usuario, y los servicios comprueban cada caso con
 * {@link #puedeVer}. docs/acceso-y-auditoria.md la resume en una tabla.
 *
 * <ul>
 * <li>gestor: casos de sus sedes; de una ruta sensible solo si pertenece a su equipo.</li>
 * <li>coordinador: todos los casos de sus sedes; asigna, traslada, fusiona personas, autoriza remisiones sin
 * consentimiento y ve quién consultó cada caso.</li>
 * <li>supervisor, administrador, auditor: ningún contenido de casos.</li>
 * </ul>
 *
 * <p>Datos personales (nombres, documentos, contacto, relatos) fuera de la página de un caso —detalle de
 * indicadores, exportaciones—: {@link #puedeVerDatosPersonales} y {@link #puedeExportarDatosPersonales}. Campos
 * sensibles dentro de un caso visible: {@link #puedeVerSensibles}.
 */
public final class PoliticaAcceso {

    private PoliticaAcceso() {
    }

    /** Rutas cuyos casos puede ver el usuario dentro de sus sedes. */
    public static Set<Ruta> rutasVisibles(Usuario u) {
        Set<Ruta> rutas = EnumSet.noneOf(Ruta.class);
        if (u.tiene(Rol.COORDINADOR)) {
            rutas.addAll(EnumSet.allOf(Ruta.class));
        }
        if (u.tiene(Rol.GESTOR)) {
            for (Ruta r : Ruta.values()) {
                if (r.equipo().map(u.getEquipos()::contains).orElse(true)) {
                    rutas.add(r);
                }
            }
        }
        return rutas;
    }

    public static boolean trabajaCasos(Usuario u) {
        return u.tiene(Rol.GESTOR) || u.tiene(Rol.COORDINADOR);
    }

    public static boolean puedeVer(Usuario u, Caso c) {
        return u.getSedes().contains(c.getSede().getCodigo()) && rutasVisibles(u).contains(c.getRuta());
    }

    /** Abrir un caso de esa ruta en esa sede. */
    public static boolean puedeAbrir(Usuario u, Ruta ruta, String sede) {
        return u.getSedes().contains(sede) && rutasVisibles(u).contains(ruta);
    }

    public static boolean coordina(Usuario u, Caso c) {
        return u.tiene(Rol.COORDINADOR) && u.getSedes().contains(c.getSede().getCodigo());
    }

    public static boolean puedeRemitirSinConsentimiento(Usuario u) {
        return u.tiene(Rol.COORDINADOR);
    }

    public static boolean puedeFusionarPersonas(Usuario u) {
        return u.tiene(Rol.COORDINADOR);
    }

    /**
     * Ver datos personales (nombres, documentos, contacto, relatos) donde se muestran fuera de un caso: detalle de
     * indicadores, listados, exportaciones. Gestores y coordinadores (siempre dentro de lo que {@link #puedeVer});
     * un supervisor solo con el permiso {@code datos-personales}. Administradores y auditores, nunca.
     */
    public static boolean puedeVerDatosPersonales(Usuario u) {
        return trabajaCasos(u) || (u.tiene(Rol.SUPERVISOR) && u.tiene(Permiso.DATOS_PERSONALES));
    }

    /**
     * Generar una exportación que lleve datos personales: quien puede verlos y además tiene el permiso
     * {@code exportar-datos-personales}. La exportación se audita y lleva quién la generó y cuándo.
     */
    public static boolean puedeExportarDatosPersonales(Usuario u) {
        return puedeVerDatosPersonales(u) && u.tiene(Permiso.EXPORTAR_DATOS_PERSONALES);
    }

    /**
     * Ver los datos sensibles de un caso que ya {@link #puedeVer}: la narrativa, los campos de la ruta marcados
     * {@link Campo#sensible()} y los datos sensibles de sus personas. Los necesitan el gestor asignado, los
     * coordinadores de la sede y, en una ruta reservada, su equipo (solo él ve esos casos). Otro gestor de la sede
     * ve el caso con esos datos ocultos.
     */
    public static boolean puedeVerSensibles(Usuario u, Caso c) {
        return puedeVer(u, c) && (c.getRuta().sensible() || coordina(u, c) || c.getGestor().equals(u.getUsuario()));
    }
}
