package co.gov.cartagena.ruta.sedes;

import co.gov.cartagena.ruta.comun.FormatoFecha;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.RegistroEditable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Una sede de la Secretaría. Su código es el mismo del grupo {@code /sedes/<codigo>} en Keycloak: ni el código ni
 * el tipo cambian nunca. Lleva la historia fechada de su estado (y, si es Inspección de Policía, de su dotación),
 * de solo inserción: los indicadores la leen «a la fecha de corte», de modo que un cambio posterior no mueve la
 * cifra de una fecha pasada. Los cambios se hacen solo con sus métodos de intención, que rechazan con una
 * {@link ReglaIncumplida} (mensaje con clave y campo) lo que las reglas no permiten.
 */
@Entity
@Table(name = "sede")
@NamedQuery(name = "Sede.porCodigos", query = "SELECT s FROM Sede s WHERE s.codigo IN :codigos ORDER BY s.nombre, s.codigo")
@NamedQuery(name = "Sede.todas", query = "SELECT s FROM Sede s ORDER BY s.tipo, s.nombre, s.codigo")
@NamedQuery(name = "Sede.porCodigo", query = "SELECT s FROM Sede s WHERE s.codigo = :codigo")
@NamedQuery(name = "Sede.deTipo", query = "SELECT s FROM Sede s WHERE s.tipo = :tipo ORDER BY s.nombre, s.codigo")
@NamedQuery(name = "Sede.deTipoEnEstadoALaFecha",
        query = "SELECT s FROM Sede s WHERE s.tipo = :tipo AND " + Sede.EN_ESTADO_A_LA_FECHA + " ORDER BY s.codigo")
@NamedQuery(name = "Sede.contarDeTipoEnEstadoALaFecha",
        query = "SELECT COUNT(s) FROM Sede s WHERE s.tipo = :tipo AND " + Sede.EN_ESTADO_A_LA_FECHA)
@NamedQuery(name = "Sede.contarPorTipoEnEstadoALaFecha",
        query = "SELECT s.tipo, COUNT(s) FROM Sede s WHERE " + Sede.EN_ESTADO_A_LA_FECHA + " GROUP BY s.tipo")
@NamedQuery(name = "Sede.enEstadoALaFecha",
        query = "SELECT s FROM Sede s WHERE " + Sede.EN_ESTADO_A_LA_FECHA + " ORDER BY s.tipo, s.nombre, s.codigo")
@NamedQuery(name = "Sede.conEstadoALaFecha",
        query = "SELECT s FROM Sede s WHERE EXISTS (SELECT e FROM CambioDeEstado e WHERE e.sede = s"
                + " AND e.vigenteDesde <= :corte) ORDER BY s.tipo, s.nombre, s.codigo")
@NamedQuery(name = "Sede.deTipoConEstadoALaFecha",
        query = "SELECT s FROM Sede s WHERE s.tipo = :tipo AND EXISTS (SELECT e FROM CambioDeEstado e WHERE e.sede = s"
                + " AND e.vigenteDesde <= :corte) ORDER BY s.nombre, s.codigo")
@NamedQuery(name = "Sede.adscritasEnEstadoALaFecha",
        query = "SELECT s FROM Sede s WHERE s.tipo = :tipo AND s.padre.tipo = :tipoPadre AND "
                + Sede.EN_ESTADO_A_LA_FECHA + " ORDER BY s.codigo")
@NamedQuery(name = "Sede.contarAdscritasEnEstadoALaFecha",
        query = "SELECT COUNT(s) FROM Sede s WHERE s.tipo = :tipo AND s.padre.tipo = :tipoPadre AND "
                + Sede.EN_ESTADO_A_LA_FECHA)
@NamedQuery(name = "Sede.conDotacionALaFecha",
        query = "SELECT s FROM Sede s WHERE s.tipo = :tipo AND " + Sede.CON_DOTACION_A_LA_FECHA + " ORDER BY s.codigo")
@NamedQuery(name = "Sede.contarConDotacionALaFecha",
        query = "SELECT COUNT(s) FROM Sede s WHERE s.tipo = :tipo AND " + Sede.CON_DOTACION_A_LA_FECHA)
public class Sede extends RegistroEditable {

    /**
     * La sede {@code s} está en {@code :estado} a {@code :corte}: su último cambio de estado con fecha hasta el
     * corte (a igual fecha, el registrado después) es ese estado.
     */
    static final String EN_ESTADO_A_LA_FECHA = "EXISTS (SELECT e FROM CambioDeEstado e WHERE e.sede = s"
            + " AND e.estado = :estado AND e.vigenteDesde <= :corte AND NOT EXISTS (SELECT p FROM CambioDeEstado p"
            + " WHERE p.sede = s AND p.vigenteDesde <= :corte AND (p.vigenteDesde > e.vigenteDesde"
            + " OR (p.vigenteDesde = e.vigenteDesde AND p.id > e.id))))";

    /** La sede {@code s} tiene a {@code :corte} una dotación marcada {@code :completa} (mismo criterio de vigencia). */
    static final String CON_DOTACION_A_LA_FECHA = "EXISTS (SELECT d FROM RegistroDeDotacion d WHERE d.sede = s"
            + " AND d.completa = :completa AND d.vigenteDesde <= :corte AND NOT EXISTS (SELECT p FROM RegistroDeDotacion p"
            + " WHERE p.sede = s AND p.vigenteDesde <= :corte AND (p.vigenteDesde > d.vigenteDesde"
            + " OR (p.vigenteDesde = d.vigenteDesde AND p.id > d.id))))";

    private static final Pattern CODIGO = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false, length = 40)
    private String codigo;

    @Column(nullable = false, length = 200)
    private String nombre;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 40)
    private TipoSede tipo;

    @ManyToOne
    @JoinColumn(name = "sede_padre_id", updatable = false)
    private Sede padre;

    @Column(length = 80)
    private String localidad;

    @Column(length = 200)
    private String direccion;

    @OneToMany(mappedBy = "sede", cascade = CascadeType.PERSIST)
    @OrderBy("vigenteDesde ASC, id ASC")
    private List<CambioDeEstado> estados = new ArrayList<>();

    @OneToMany(mappedBy = "sede", cascade = CascadeType.PERSIST)
    @OrderBy("vigenteDesde ASC, id ASC")
    private List<RegistroDeDotacion> dotaciones = new ArrayList<>();

    /** Cuándo quedó creado su grupo /sedes/&lt;codigo&gt; en Keycloak; null = pendiente. Lo escribe {@link GruposDeSedes}. */
    @Column(name = "grupo_sincronizado_en", insertable = false, updatable = false)
    private Instant grupoSincronizadoEn;

    protected Sede() {
        // para JPA
    }

    /** Una sede sin sede padre y sin dirección; su historia empieza con el primer {@link #cambiarEstado}. */
    public Sede(String codigo, String nombre, TipoSede tipo, String localidad, String creadoPor) {
        this(new DatosSede(codigo, nombre, tipo, localidad, null, null), null, creadoPor);
    }

    /**
     * Una sede nueva. {@code padre} es la Casa de Justicia de un Centro de Conciliación (obligatoria para ese tipo y
     * prohibida para los demás). Su historia empieza con el primer {@link #cambiarEstado}.
     */
    public Sede(DatosSede datos, Sede padre, String creadoPor) {
        super(quienValido(creadoPor));
        Objects.requireNonNull(datos, "Faltan los datos de la sede");
        this.codigo = codigoValido(datos.codigo());
        this.nombre = nombreValido(datos.nombre());
        if (datos.tipo() == null) {
            throw new ReglaIncumplida("tipo", Texto.de("sedes.tipoSedeObligatorio"));
        }
        this.tipo = datos.tipo();
        this.padre = padreValido(datos.tipo(), padre);
        this.localidad = localidadValida(datos.localidad());
        this.direccion = direccionValida(datos.direccion());
    }

    /**
     * Registra que desde {@code desde} la sede está en {@code nuevo}. Rechaza: fechas futuras o anteriores al último
     * cambio registrado (la historia se escribe en orden; para corregir un error se registra el estado correcto con
     * la misma fecha o una posterior), repetir el estado actual, empezar cerrada y salir de «cerrada» sin una
     * {@link #reabrir reapertura} explícita.
     */
    public CambioDeEstado cambiarEstado(EstadoSede nuevo, LocalDate desde, String motivo, String quien,
            LocalDate hoy) {
        validarCambio(nuevo, desde, motivo, quien, hoy);
        Optional<CambioDeEstado> ultimo = ultimoCambio();
        if (ultimo.isEmpty()) {
            if (nuevo == EstadoSede.CERRADA) {
                throw new ReglaIncumplida("estado", Texto.de("sedes.sedeNoPuedeEmpezar"));
            }
        } else {
            CambioDeEstado previo = ultimo.get();
            if (previo.getEstado() == EstadoSede.CERRADA) {
                throw new ReglaIncumplida("estado",
                        Texto.de("sedes.sedeCerradaDesdeVolver", FormatoFecha.FECHA.format(previo.getVigenteDesde())));
            }
            if (previo.getEstado() == nuevo) {
                throw new ReglaIncumplida("estado",
                        Texto.de("sedes.sedeYaDesde", Texto.codigo(nuevo.name(), nuevo.texto()),
                                FormatoFecha.FECHA.format(previo.getVigenteDesde())));
            }
            noAnterior(desde, previo.getVigenteDesde(), Texto.de("sedes.alUltimoCambioDeEstado"));
        }
        return agregarEstado(nuevo, desde, motivo, false, quien);
    }

    /** Vuelve a abrir una sede cerrada: queda en {@code nuevo} (en creación, en operación o suspendida). */
    public CambioDeEstado reabrir(EstadoSede nuevo, LocalDate desde, String motivo, String quien, LocalDate hoy) {
        validarCambio(nuevo, desde, motivo, quien, hoy);
        CambioDeEstado previo = ultimoCambio().filter(c -> c.getEstado() == EstadoSede.CERRADA)
                .orElseThrow(() -> new ReglaIncumplida("reapertura", Texto.de("sedes.soloReabreSedeCerrada")));
        if (nuevo == EstadoSede.CERRADA) {
            throw new ReglaIncumplida("estado",
                    Texto.de("sedes.reaperturaDejaSedeCreacion"));
        }
        noAnterior(desde, previo.getVigenteDesde(), Texto.de("sedes.alCierre"));
        return agregarEstado(nuevo, desde, motivo, true, quien);
    }

    /**
     * Registra la dotación de una Inspección de Policía desde {@code desde}: si está completa (técnica, tecnológica
     * y operativamente) y el detalle. Solo para Inspecciones, en orden de fechas y mientras no esté cerrada.
     */
    public RegistroDeDotacion registrarDotacion(boolean completa, String detalle, LocalDate desde, String quien,
            LocalDate hoy) {
        if (!tipo.llevaDotacion()) {
            throw new ReglaIncumplida("tipo",
                    Texto.de("sedes.soloInspeccionesPoliciaRegistran", Texto.codigo(tipo.name(), tipo.texto())));
        }
        String textoDetalle = requerido(detalle, Texto.de("sedes.describaLaDotacion"), "detalle", 1000);
        fechaValida(desde, hoy);
        String registrador = quienValido(quien);
        Optional<CambioDeEstado> estado = ultimoCambio();
        if (estado.isPresent() && estado.get().getEstado() == EstadoSede.CERRADA) {
            throw new ReglaIncumplida("estado",
                    Texto.de("sedes.inspeccionCerradaReabralaAntes"));
        }
        if (!dotaciones.isEmpty()) {
            noAnterior(desde, dotaciones.get(dotaciones.size() - 1).getVigenteDesde(),
                    Texto.de("sedes.alUltimoRegistroDeDotacion"));
        }
        RegistroDeDotacion registro = new RegistroDeDotacion(this, completa, textoDetalle, desde, registrador);
        dotaciones.add(registro);
        tocar(registrador);
        return registro;
    }

    /**
     * Corrige nombre, dirección y localidad (las sedes de la línea base empiezan con nombres provisionales). El
     * código, el tipo y la sede padre no cambian. Devuelve lo que cambió; vacío si nada.
     */
    public List<CampoCambiado> corregirDatos(String nuevoNombre, String nuevaDireccion, String nuevaLocalidad,
            String quien) {
        String n = nombreValido(nuevoNombre);
        String d = direccionValida(nuevaDireccion);
        String l = localidadValida(nuevaLocalidad);
        String registrador = quienValido(quien);
        List<CampoCambiado> cambios = new ArrayList<>();
        if (!n.equals(nombre)) {
            cambios.add(new CampoCambiado("nombre", nombre, n));
        }
        if (!Objects.equals(d, direccion)) {
            cambios.add(new CampoCambiado("direccion", direccion, d));
        }
        if (!Objects.equals(l, localidad)) {
            cambios.add(new CampoCambiado("localidad", localidad, l));
        }
        if (!cambios.isEmpty()) {
            nombre = n;
            direccion = d;
            localidad = l;
            tocar(registrador);
        }
        return List.copyOf(cambios);
    }

    /** Corrige el nombre (las sedes de la línea base empiezan con nombres provisionales). */
    public void renombrar(String nuevoNombre, String quien) {
        corregirDatos(nuevoNombre, direccion, localidad, quien);
    }

    /** El estado de la sede a la fecha de corte; vacío si aún no tenía estado registrado. */
    public Optional<EstadoSede> estadoA(LocalDate corte) {
        return cambioVigenteA(corte).map(CambioDeEstado::getEstado);
    }

    /** El renglón de la historia de estados que rige a la fecha de corte. */
    public Optional<CambioDeEstado> cambioVigenteA(LocalDate corte) {
        Objects.requireNonNull(corte, "Falta la fecha de corte");
        CambioDeEstado vigente = null;
        for (CambioDeEstado c : estados) {
            if (!c.getVigenteDesde().isAfter(corte)) {
                vigente = c;
            }
        }
        return Optional.ofNullable(vigente);
    }

    /** El registro de dotación que rige a la fecha de corte (solo Inspecciones de Policía). */
    public Optional<RegistroDeDotacion> dotacionA(LocalDate corte) {
        Objects.requireNonNull(corte, "Falta la fecha de corte");
        RegistroDeDotacion vigente = null;
        for (RegistroDeDotacion d : dotaciones) {
            if (!d.getVigenteDesde().isAfter(corte)) {
                vigente = d;
            }
        }
        return Optional.ofNullable(vigente);
    }

    /** El último estado registrado (el de hoy, pues no se registran fechas futuras); {@code null} si no hay. */
    public EstadoSede getEstadoActual() {
        return ultimoCambio().map(CambioDeEstado::getEstado).orElse(null);
    }

    private Optional<CambioDeEstado> ultimoCambio() {
        return estados.isEmpty() ? Optional.empty() : Optional.of(estados.get(estados.size() - 1));
    }

    private CambioDeEstado agregarEstado(EstadoSede nuevo, LocalDate desde, String motivo, boolean reapertura,
            String quien) {
        String registrador = quienValido(quien);
        CambioDeEstado cambio = new CambioDeEstado(this, nuevo, desde, motivo.trim(), reapertura, registrador);
        estados.add(cambio);
        tocar(registrador);
        return cambio;
    }

    /** Marca la sede como modificada (y sube su versión, lo que serializa cambios simultáneos); no en una nueva. */
    private void tocar(String quien) {
        if (id != null) {
            anotarCambio(quien);
        }
    }

    private static void validarCambio(EstadoSede nuevo, LocalDate desde, String motivo, String quien,
            LocalDate hoy) {
        if (nuevo == null) {
            throw new ReglaIncumplida("estado", Texto.de("sedes.elijaEstado"));
        }
        fechaValida(desde, hoy);
        requerido(motivo, Texto.de("sedes.escribaElMotivo"), "motivo", 500);
        quienValido(quien);
    }

    private static void fechaValida(LocalDate desde, LocalDate hoy) {
        if (desde == null) {
            throw new ReglaIncumplida("desde", Texto.de("sedes.escribaDesdeFechaRige"));
        }
        if (desde.isAfter(hoy)) {
            throw new ReglaIncumplida("desde",
                    Texto.de("sedes.fechaFuturaRegistreCambio", FormatoFecha.FECHA.format(desde)));
        }
    }

    private static void noAnterior(LocalDate desde, LocalDate previo, Texto queCosa) {
        if (desde.isBefore(previo)) {
            throw new ReglaIncumplida("desde",
                    Texto.de("sedes.fechaAnteriorHistoriaRegistra", FormatoFecha.FECHA.format(desde), queCosa,
                            FormatoFecha.FECHA.format(previo)));
        }
    }

    private static String codigoValido(String codigo) {
        String c = requerido(codigo, Texto.de("sedes.codigoObligatorio"), "codigo", 40).toUpperCase();
        if (!CODIGO.matcher(c).matches()) {
            throw new ReglaIncumplida("codigo",
                    Texto.de("sedes.codigoSoloLlevaLetras"));
        }
        return c;
    }

    private static String nombreValido(String nombre) {
        return requerido(nombre, Texto.de("sedes.nombreObligatorio"), "nombre", 200);
    }

    private static String direccionValida(String direccion) {
        if (direccion == null || direccion.isBlank()) {
            return null;
        }
        return requerido(direccion, null, "direccion", 200);
    }

    private static String localidadValida(String localidad) {
        if (localidad == null || localidad.isBlank()) {
            return null;
        }
        return Localidades.canonica(localidad).orElseThrow(() -> new ReglaIncumplida("localidad",
                Texto.de("sedes.localidadDebeSer", String.join(", ", Localidades.TODAS))));
    }

    private static Sede padreValido(TipoSede tipo, Sede padre) {
        if (tipo.exigeCasaDeJusticia()) {
            if (padre == null || padre.getTipo() != TipoSede.CASA_DE_JUSTICIA) {
                throw new ReglaIncumplida("padre",
                        Texto.de("sedes.centroConciliacionDebeEstar"));
            }
            return padre;
        }
        if (padre != null) {
            throw new ReglaIncumplida("padre", Texto.de("sedes.soloCentrosConciliacionAdscriben"));
        }
        return null;
    }

    private static String quienValido(String quien) {
        if (quien == null || quien.isBlank()) {
            throw new ReglaIncumplida(Texto.de("sedes.faltaQuienRegistraCambio"));
        }
        return quien.length() > 100 ? quien.substring(0, 100) : quien;
    }

    /** {@code mensaje}: el de un valor vacío (null si quien llama ya descartó ese caso). */
    private static String requerido(String valor, Texto mensaje, String campo, int maximo) {
        if (valor == null || valor.isBlank()) {
            throw new ReglaIncumplida(campo, mensaje);
        }
        String limpio = valor.trim();
        if (limpio.length() > maximo) {
            throw new ReglaIncumplida(campo, Texto.de("sedes.escribaComoMaximoCaracteres", maximo));
        }
        return limpio;
    }

    public Instant getGrupoSincronizadoEn() {
        return grupoSincronizadoEn;
    }

    /** Si su grupo /sedes/&lt;codigo&gt; ya existe en Keycloak (si no, Ruta lo reintenta). */
    public boolean isGrupoSincronizado() {
        return grupoSincronizadoEn != null;
    }

    public Long getId() {
        return id;
    }

    public String getCodigo() {
        return codigo;
    }

    public String getNombre() {
        return nombre;
    }

    public TipoSede getTipo() {
        return tipo;
    }

    public Sede getPadre() {
        return padre;
    }

    public String getLocalidad() {
        return localidad;
    }

    public String getDireccion() {
        return direccion;
    }

    /** La historia de estados, de la más vieja a la más nueva. */
    public List<CambioDeEstado> getHistorialEstados() {
        return Collections.unmodifiableList(estados);
    }

    /** La historia de dotación (solo Inspecciones de Policía), de la más vieja a la más nueva. */
    public List<RegistroDeDotacion> getHistorialDotacion() {
        return Collections.unmodifiableList(dotaciones);
    }
}
