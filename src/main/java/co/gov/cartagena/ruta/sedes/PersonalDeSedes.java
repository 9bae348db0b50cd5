package co.gov.cartagena.ruta.sedes;

import co.gov.cartagena.ruta.seguridad.GruposKeycloak;
import co.gov.cartagena.ruta.seguridad.MiembroKeycloak;
import co.gov.cartagena.ruta.seguridad.Rol;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.text.Collator;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * El personal real de cada sede: los usuarios del grupo {@code /sedes/<codigo>} de Keycloak, leídos con la cuenta
 * de servicio y guardados {@link #VIGENCIA} en memoria. Es la lista de la que se elige a quién asignar un caso: solo
 * gestores y coordinadores, y en una ruta reservada solo los de su equipo. Si Keycloak no responde se usa la última
 * lista leída; si nunca se leyó, no hay lista (y asignar se rechaza diciendo por qué).
 */
@ApplicationScoped
public class PersonalDeSedes {

    static final Duration VIGENCIA = Duration.ofMinutes(5);
    private static final Logger LOG = Logger.getLogger(PersonalDeSedes.class.getName());

    @Inject
    GruposKeycloak keycloak;

    private record Lectura(List<MiembroKeycloak> miembros, Instant leida) {
    }

    private final Map<String, Lectura> leidas = new ConcurrentHashMap<>();

    /** Para pruebas sin contenedor. */
    public static PersonalDeSedes con(GruposKeycloak keycloak) {
        PersonalDeSedes p = new PersonalDeSedes();
        p.keycloak = keycloak;
        return p;
    }

    /**
     * Quienes pueden llevar un caso en la sede: gestores y coordinadores del grupo de la sede y, si la ruta es
     * reservada ({@code equipo}), solo los de ese equipo; ordenados por nombre. Vacío si Keycloak nunca respondió.
     */
    public Optional<List<MiembroKeycloak>> puedenLlevar(String sede, Optional<String> equipo) {
        return miembros(sede, false).map(l -> filtrar(l, equipo));
    }

    /** Como {@link #puedenLlevar}, pero vuelve a leer Keycloak ya (p. ej. si alguien no aparece en la copia). */
    public Optional<List<MiembroKeycloak>> puedenLlevarRecienLeido(String sede, Optional<String> equipo) {
        return miembros(sede, true).map(l -> filtrar(l, equipo));
    }

    /** El nombre completo de un usuario de la sede, si está en la lista (sin esperar a Keycloak si no la hay). */
    public Optional<String> nombreDe(String sede, String usuario) {
        if (usuario == null) {
            return Optional.empty();
        }
        return miembros(sede, false).flatMap(l -> l.stream().filter(m -> m.usuario().equals(usuario)).findFirst())
                .map(MiembroKeycloak::nombre);
    }

    private record Nombre(Optional<String> nombre, Instant leido) {
    }

    private final Map<String, Nombre> nombres = new ConcurrentHashMap<>();

    /**
     * El nombre completo de cualquier usuario del reino (también de quien no está en una sede: supervisión,
     * auditoría, administración), para mostrarlo en vez de su usuario. Se guarda {@link #VIGENCIA}, también cuando
     * no existe (p. ej. «migracion» o un usuario borrado), para no preguntar a Keycloak en cada fila; si Keycloak no
     * responde, vale la última lectura o nada.
     */
    public Optional<String> nombreDeUsuario(String usuario) {
        if (usuario == null || usuario.isBlank()) {
            return Optional.empty();
        }
        Nombre n = nombres.get(usuario);
        if (n != null && n.leido().plus(VIGENCIA).isAfter(Instant.now())) {
            return n.nombre();
        }
        Optional<String> enSede = leidas.values().stream().flatMap(l -> l.miembros().stream())
                .filter(m -> m.usuario().equals(usuario)).map(MiembroKeycloak::nombre).findFirst();
        if (enSede.isPresent() || !keycloak.configurado()) {
            return enSede.or(() -> n == null ? Optional.empty() : n.nombre());
        }
        try {
            Optional<String> leido = keycloak.nombreDe(usuario);
            nombres.put(usuario, new Nombre(leido, Instant.now()));
            return leido;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "No se pudo leer el nombre del usuario {0} en Keycloak: {1}",
                    new Object[] {usuario, e.getMessage()});
            nombres.put(usuario, new Nombre(n == null ? Optional.empty() : n.nombre(), Instant.now()));
            return n == null ? Optional.empty() : n.nombre();
        }
    }

    private static List<MiembroKeycloak> filtrar(List<MiembroKeycloak> miembros, Optional<String> equipo) {
        Collator orden = Collator.getInstance(Locale.forLanguageTag("es-CO"));
        return miembros.stream()
                .filter(m -> m.tieneRol(Rol.Nombre.GESTOR) || m.tieneRol(Rol.Nombre.COORDINADOR))
                .filter(m -> equipo.map(m::enEquipo).orElse(true))
                .sorted(Comparator.comparing(MiembroKeycloak::nombre, orden))
                .toList();
    }

    private Optional<List<MiembroKeycloak>> miembros(String sede, boolean forzar) {
        if (sede == null) {
            return Optional.empty();
        }
        Lectura l = leidas.get(sede);
        boolean vigente = l != null && l.leida().plus(VIGENCIA).isAfter(Instant.now());
        if (vigente && !forzar) {
            return Optional.of(l.miembros());
        }
        if (!keycloak.configurado()) {
            return Optional.ofNullable(l).map(Lectura::miembros);
        }
        try {
            List<MiembroKeycloak> nuevos = keycloak.miembros("/sedes/" + sede);
            leidas.put(sede, new Lectura(nuevos, Instant.now()));
            return Optional.of(nuevos);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "No se pudo leer el personal de la sede {0} en Keycloak: {1}",
                    new Object[] {sede, e.getMessage()});
            return Optional.ofNullable(l).map(Lectura::miembros);
        }
    }
}
