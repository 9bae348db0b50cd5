package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.adjuntos.ServicioAdjuntos;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.EntidadRemision;
import co.gov.cartagena.ruta.casos.Participante;
import co.gov.cartagena.ruta.casos.RolParticipante;
import co.gov.cartagena.ruta.casos.Seguimiento;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.casos.TiempoEnEstado;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.web.Mensajes;
import co.gov.cartagena.ruta.web.Releida;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code casos/ver.xhtml?id=…}: el caso, su cabecera y sus pestañas. Cada formulario de la página es un objeto propio
 * con solo sus campos y su acción ({@link FormularioDelCaso}: {@code #{verCasoBacking.atencion.tipo}},
 * {@code #{verCasoBacking.cierre.cerrar}}…); esta vista guarda el caso mostrado y la versión con que el usuario lo abrió
 * (si otra persona lo cambió entretanto, su cambio no se guarda y se le ofrece recargar) y, tras cada acción, lo vuelve
 * a mostrar.
 */
@Named
@ViewScoped
public class VerCasoBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Las pestañas de la página, en orden (la del formulario enviado queda abierta al volver). */
    static final List<String> PESTANAS = List.of("datos", "atenciones", "remisiones", "personas", "notas",
            "coordinacion", "historia");

    @Inject
    ServicioCasos servicio;

    @Inject
    ServicioAdjuntos adjuntos;

    @Inject
    ServicioPersonas personas;

    @Inject
    RepositorioSedes sedes;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Clock reloj;

    private Long id;
    /** El caso mostrado; se relee por su id si la vista se restauró en otra instancia. */
    private final Releida<Caso> caso = new Releida<>();
    private int version;
    private boolean conflicto;
    private boolean sensibles;
    private int pestana;

    final DatosDelCaso datos = new DatosDelCaso(this);
    final CambioDeEstado cambioEstado = new CambioDeEstado(this);
    private final AtencionNueva atencion = new AtencionNueva(this);
    private final AnulacionDeAtencion anulacion = new AnulacionDeAtencion(this);
    private final RemisionNueva remision = new RemisionNueva(this);
    private final RespuestaDeRemision respuesta = new RespuestaDeRemision(this);
    private final SeguimientoNuevo seguimiento = new SeguimientoNuevo(this);
    private final CumplimientoDeSeguimiento cumplimiento = new CumplimientoDeSeguimiento(this);
    private final ParticipanteNuevo participante = new ParticipanteNuevo(this);
    private final NotaNueva nota = new NotaNueva(this);
    private final AdjuntoNuevo adjunto = new AdjuntoNuevo(this);
    private final Asignacion asignacion = new Asignacion(this);
    private final Traslado traslado = new Traslado(this);
    private final Cierre cierre = new Cierre(this);
    private final ConsultasDelCaso consultas = new ConsultasDelCaso(this);

    /** Las fechas que los formularios proponen: hoy, por el reloj de Ruta. */
    @PostConstruct
    void iniciar() {
        atencion.setFecha(hoy());
        cierre.setFecha(hoy());
    }

    /** Hoy en Colombia, por el reloj de Ruta. */
    LocalDate hoy() {
        return LocalDate.now(reloj);
    }

    public void cargar() {
        try {
            mostrar(servicio.obtener(id));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    /** Descarta lo escrito y trae la versión actual del caso (tras un conflicto). */
    public void recargar() {
        cargar();
        Mensajes.info(Mensajes.texto("caso.recargado", "Se cargó la versión actual del caso."));
    }

    private void mostrar(Caso c) {
        caso.poner(c);
        version = c.getVersion();
        conflicto = false;
        sensibles = servicio.puedeVerSensibles(c);
        datos.mostrar(c, sensibles);
        cambioEstado.olvidar();
        nota.olvidar();
        adjunto.olvidar();
    }

    /**
     * Hace la acción del formulario {@code formulario}: muestra el caso que devuelve, el aviso de éxito va junto al
     * formulario y cada error del dominio junto al campo que nombra: uno de {@code deRuta} (los campos propios de la
     * ruta del formulario) o uno del formulario. Un choque de versiones ofrece recargar. Devuelve true si se hizo.
     */
    boolean hacer(Supplier<Caso> accion, String exito, String formulario, List<CampoEditable> deRuta) {
        try {
            mostrar(accion.get());
            if (exito != null) {
                Mensajes.infoEn(formulario, exito);
            }
            return true;
        } catch (ConflictoEdicion e) {
            conflicto = true;
            Mensajes.deDominio(e);
        } catch (RuntimeException e) {
            if (CampoEditable.marcar(deRuta, e)) {
                FacesContext.getCurrentInstance().validationFailed();
                return false;
            }
            if (!Mensajes.deDominio(e, formulario)) {
                throw e;
            }
        }
        return false;
    }

    Long id() {
        return id;
    }

    int version() {
        return version;
    }

    Caso caso() {
        return caso.get(() -> servicio.obtener(id));
    }

    /**
     * La pestaña abierta: en un envío, la del formulario que se envió (cada formulario lleva su campo oculto
     * {@code pestana}), aunque la validación falle y la acción no corra; si no, la última elegida.
     */
    public int getPestana() {
        String enviada = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("pestana");
        if (enviada != null && enviada.matches("\\d")) {
            int n = Integer.parseInt(enviada);
            if (n < PESTANAS.size()) {
                pestana = n;
            }
        }
        return pestana;
    }

    public void setPestana(int pestana) {
        this.pestana = pestana;
    }

    /** Cuántos registros hay en la pestaña (« (3)»), para verlo sin abrirla; vacío si no aplica. */
    public String cuenta(String pestanaNombre) {
        if (caso() == null) {
            return "";
        }
        int n = switch (pestanaNombre) {
            case "atenciones" -> caso().getAtenciones().size();
            case "remisiones" -> caso().getRemisiones().size() + caso().getSeguimientos().size();
            case "personas" -> caso().getParticipantes().size();
            default -> -1;
        };
        return n < 0 ? "" : " (" + n + ")";
    }

    /** La persona para quien se abrió el caso (la del papel principal de la ruta). */
    public Persona getTitular() {
        if (caso() == null) {
            return null;
        }
        var principal = caso().getRuta().definicion().rolPrincipal();
        return caso().getParticipantes().stream().filter(p -> p.getRol() == principal).findFirst()
                .or(() -> caso().getParticipantes().stream().findFirst())
                .map(Participante::getPersona).orElse(null);
    }

    /** El seguimiento pendiente que vence primero, o null si no hay pendientes. */
    public Seguimiento getProximoSeguimiento() {
        if (caso() == null) {
            return null;
        }
        return caso().getSeguimientos().stream().filter(x -> x.getCumplidoEn() == null)
                .min(Comparator.comparing(Seguimiento::getFechaVencimiento)).orElse(null);
    }

    public boolean isProximoSeguimientoVencido() {
        var s = getProximoSeguimiento();
        return s != null && s.getFechaVencimiento().isBefore(hoy());
    }

    /** El nombre completo de quien lleva el caso (su usuario si no está en el personal de la sede). */
    public String getNombreGestor() {
        return caso() == null ? "" : servicio.nombreDelGestor(caso());
    }

    public List<TiempoEnEstado> getTiempos() {
        return caso() == null ? List.of() : TiempoEnEstado.de(caso(), Instant.now(reloj));
    }

    /** Si quien mira ve la narrativa y los campos sensibles del caso. */
    public boolean isSensibles() {
        return sensibles;
    }

    /** El nombre de la entidad en el idioma de la vista. */
    public String entidad(EntidadRemision e) {
        return e == null ? "" : Mensajes.texto("caso.entidad." + e.name(), e.nombre());
    }

    /** El papel de una persona en el caso, en el idioma de la vista («Víctima», «Miembro del hogar»…). */
    public String rol(RolParticipante r) {
        return Mensajes.etiqueta("caso.rol.", r);
    }

    public String legible(String codigo) {
        return Mensajes.legible(codigo);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Caso getCaso() {
        return caso();
    }

    public boolean isConflicto() {
        return conflicto;
    }

    public DatosDelCaso getDatos() {
        return datos;
    }

    public CambioDeEstado getCambioEstado() {
        return cambioEstado;
    }

    public AtencionNueva getAtencion() {
        return atencion;
    }

    public AnulacionDeAtencion getAnulacion() {
        return anulacion;
    }

    public RemisionNueva getRemision() {
        return remision;
    }

    public RespuestaDeRemision getRespuesta() {
        return respuesta;
    }

    public SeguimientoNuevo getSeguimiento() {
        return seguimiento;
    }

    public CumplimientoDeSeguimiento getCumplimiento() {
        return cumplimiento;
    }

    public ParticipanteNuevo getParticipante() {
        return participante;
    }

    public NotaNueva getNota() {
        return nota;
    }

    public AdjuntoNuevo getAdjunto() {
        return adjunto;
    }

    public Asignacion getAsignacion() {
        return asignacion;
    }

    public Traslado getTraslado() {
        return traslado;
    }

    public Cierre getCierre() {
        return cierre;
    }

    public ConsultasDelCaso getConsultas() {
        return consultas;
    }
}
