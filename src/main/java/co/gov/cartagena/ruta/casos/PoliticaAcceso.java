package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import java.util.EnumSet;
import java.util.Set;

/**
 * Quién ve y hace qué con los casos (necesidad de saber). Es la única fuente de estas reglas: las consultas
 * filtran con {@link #rutasVisibles} y las sedes del usuario, y los servicios comprueban cada caso con
 * {@link #puedeVer}. El README la resume en una tabla.
 *
 * <ul>
 * <li>gestor: casos de sus sedes; de una ruta sensible solo si pertenece a su equipo.</li>
 * <li>coordinador: todos los casos de sus sedes; asigna, traslada, fusiona personas, autoriza remisiones sin
 * consentimiento y ve quién consultó cada caso.</li>
 * <li>supervisor, administrador, auditor: ningún contenido de casos.</li>
 * </ul>
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
}
