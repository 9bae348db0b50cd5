package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.sedes.TipoSede;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Lo que distingue a una ruta: sus campos, sus estados y transiciones (con los campos que cada transición exige),
 * las atenciones que se prestan en ella y en qué estados, los papeles de las personas y las sedes donde se lleva.
 * Cerrar (con motivo) y reabrir (con motivo, al estado anterior) valen para toda ruta.
 */
public final class DefinicionRuta {

    public static final String CERRADO = "CERRADO";

    private final String estadoInicial;
    private final Map<String, Set<String>> transiciones = new LinkedHashMap<>();
    private final Map<String, List<String>> requisitosDeEstado = new LinkedHashMap<>();
    private final Map<String, Campo> campos = new LinkedHashMap<>();
    private final Map<String, Set<String>> atenciones = new LinkedHashMap<>();
    /** En el orden declarado: el primero es el papel de la persona para quien se abre el caso. */
    private final Set<RolParticipante> roles = new LinkedHashSet<>();
    private final Set<TipoSede> tiposSede = EnumSet.noneOf(TipoSede.class);
    private final List<Consumer<Map<String, String>>> reglas = new ArrayList<>();
    private Integer edadMinima;
    private Integer edadMaxima;
    private boolean titularVictima;
    private Sexo sexoDelTitular;

    DefinicionRuta(String estadoInicial) {
        this.estadoInicial = estadoInicial;
        transiciones.put(estadoInicial, new LinkedHashSet<>());
    }

    DefinicionRuta campo(Campo c) {
        campos.put(c.nombre(), c);
        return this;
    }

    DefinicionRuta transicion(String de, String a, String... camposRequeridos) {
        transiciones.computeIfAbsent(de, k -> new LinkedHashSet<>()).add(a);
        transiciones.computeIfAbsent(a, k -> new LinkedHashSet<>());
        requisitosDeEstado.put(a, List.of(camposRequeridos));
        return this;
    }

    DefinicionRuta atencion(String tipo, String... enEstados) {
        atenciones.put(tipo, Set.of(enEstados));
        return this;
    }

    /**
     * Los papeles de la ruta: {@code principal} es el de la persona para quien se abre el caso (la víctima en la
     * Comisaría, el titular del hogar en la ayuda humanitaria…); {@code otros}, los que se pueden agregar después.
     */
    DefinicionRuta roles(RolParticipante principal, RolParticipante... otros) {
        roles.add(principal);
        roles.addAll(List.of(otros));
        return this;
    }

    DefinicionRuta soloEnSedes(TipoSede... t) {
        tiposSede.addAll(List.of(t));
        return this;
    }

    DefinicionRuta edadDelTitular(int minima, int maxima) {
        this.edadMinima = minima;
        this.edadMaxima = maxima;
        return this;
    }

    /** Solo para personas de {@code minima} años o más al vincularse. */
    DefinicionRuta edadMinimaDelTitular(int minima) {
        this.edadMinima = minima;
        return this;
    }

    /** El titular debe estar registrado como víctima del conflicto armado (Ley 1448 de 2011). */
    DefinicionRuta titularVictima() {
        this.titularVictima = true;
        return this;
    }

    DefinicionRuta sexoDelTitular(Sexo sexo) {
        this.sexoDelTitular = sexo;
        return this;
    }

    DefinicionRuta regla(Consumer<Map<String, String>> r) {
        reglas.add(r);
        return this;
    }

    public String estadoInicial() {
        return estadoInicial;
    }

    public Set<String> estados() {
        Set<String> todos = new LinkedHashSet<>(transiciones.keySet());
        todos.add(CERRADO);
        return Collections.unmodifiableSet(todos);
    }

    /** Estados a los que se puede pasar desde {@code estado} por una transición propia de la ruta. */
    public Set<String> siguientes(String estado) {
        return Collections.unmodifiableSet(transiciones.getOrDefault(estado, Set.of()));
    }

    public List<String> requisitosPara(String estado) {
        return requisitosDeEstado.getOrDefault(estado, List.of());
    }

    public List<Campo> campos() {
        return List.copyOf(campos.values());
    }

    public Optional<Campo> campo(String nombre) {
        return Optional.ofNullable(campos.get(nombre));
    }

    public Set<String> tiposAtencion() {
        return Collections.unmodifiableSet(atenciones.keySet());
    }

    public Set<String> estadosParaAtencion(String tipo) {
        return atenciones.getOrDefault(tipo, Set.of());
    }

    /** Todos los papeles de la ruta, el principal primero. */
    public Set<RolParticipante> roles() {
        return Collections.unmodifiableSet(roles);
    }

    /** El papel de la persona para quien se abre el caso. */
    public RolParticipante rolPrincipal() {
        return roles.iterator().next();
    }

    /**
     * Los papeles con que se agregan personas a un caso abierto: todos menos el de titular (un caso tiene uno
     * solo). En la Comisaría, por ejemplo, otra víctima (un hijo), la persona agresora o un miembro del hogar.
     */
    public List<RolParticipante> rolesQueSeAgregan() {
        return roles.stream().filter(r -> r != RolParticipante.TITULAR).toList();
    }

    public Set<TipoSede> tiposSede() {
        return Collections.unmodifiableSet(tiposSede);
    }

    public Optional<Integer> edadMinima() {
        return Optional.ofNullable(edadMinima);
    }

    public Optional<Integer> edadMaxima() {
        return Optional.ofNullable(edadMaxima);
    }

    public boolean exigeTitularVictima() {
        return titularVictima;
    }

    public Optional<Sexo> sexoDelTitular() {
        return Optional.ofNullable(sexoDelTitular);
    }

    /**
     * Valida y normaliza los campos de la ruta: nombres conocidos, tipos, obligatorios y reglas entre campos.
     * Devuelve el mapa normalizado (sin vacíos).
     */
    public Map<String, String> validarCampos(Map<String, String> valores, LocalDate hoy) {
        Map<String, String> limpio = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : valores.entrySet()) {
            Campo c = campos.get(e.getKey());
            ReglaIncumplida.exigir(c != null, e.getKey(), Texto.de("casos.campoNoRuta", e.getKey()));
            String v = c.normalizar(e.getValue(), hoy);
            if (v != null) {
                limpio.put(c.nombre(), v);
            }
        }
        for (Campo c : campos.values()) {
            ReglaIncumplida.exigir(!c.obligatorio() || limpio.containsKey(c.nombre()), c.nombre(),
                    Texto.de("casos.obligatorio", c.etiqueta()));
        }
        reglas.forEach(r -> r.accept(limpio));
        return limpio;
    }
}
