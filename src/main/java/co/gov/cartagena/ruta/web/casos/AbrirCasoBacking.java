package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.PoliticaAcceso;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.casos.SolicitudApertura;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.web.Mensajes;
import co.gov.cartagena.ruta.web.Releida;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;

/** {@code casos/abrir.xhtml?persona=…}: ruta, sede, fecha, narrativa y los campos propios de la ruta elegida. */
@Named
@ViewScoped
public class AbrirCasoBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServicioCasos casos;

    @Inject
    ServicioPersonas personas;

    @Inject
    RepositorioSedes sedes;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Clock reloj;

    private final String claveEnvio = UUID.randomUUID().toString();
    private Long personaId;
    /** Se relee por su id si la vista se restauró en otra instancia. */
    private final Releida<Persona> persona = new Releida<>();
    private Ruta ruta;
    private String sede;
    private LocalDate fechaApertura;
    private String narrativa;
    private List<CampoEditable> campos = new ArrayList<>();

    /** La apertura propuesta es hoy, por el reloj de Ruta. */
    @PostConstruct
    void iniciar() {
        fechaApertura = LocalDate.now(reloj);
    }

    public void cargar() {
        try {
            persona.poner(personas.obtener(personaId));
            List<Sede> mias = getSedes();
            if (sede == null && !mias.isEmpty()) {
                sede = mias.get(0).getCodigo();
            }
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    /** Al cambiar la ruta se muestran sus campos. */
    public void elegirRuta() {
        campos = new ArrayList<>();
        if (ruta != null) {
            for (Campo c : ruta.definicion().campos()) {
                if (c.obligatorio()) {
                    campos.add(new CampoEditable(ruta, c, null));
                }
            }
            for (Campo c : ruta.definicion().campos()) {
                if (!c.obligatorio() && ruta.definicion().requisitosPara(ruta.definicion().estadoInicial()).isEmpty()
                        && esDeApertura(c)) {
                    campos.add(new CampoEditable(ruta, c, null));
                }
            }
        }
    }

    private boolean esDeApertura(Campo c) {
        // los campos que exige algún estado posterior se llenan al pasar a ese estado
        return ruta.definicion().estados().stream().noneMatch(e -> ruta.definicion().requisitosPara(e).contains(c.nombre()));
    }

    /**
     * Abre el caso. La fecha (convertidor único {@code ruta.fecha}), lo obligatorio y las fechas de los campos de la
     * ruta ya los revisó Faces, todos a la vez y cada error junto a su campo; un error del dominio que nombra un campo
     * de la ruta va junto a él.
     */
    public String abrir() {
        CampoEditable.limpiar(campos);
        try {
            Caso c = casos.abrir(new SolicitudApertura(ruta, sede, personaId, null, fechaApertura, narrativa,
                    CampoEditable.aDatos(campos, new LinkedHashMap<>()), claveEnvio));
            return "/app/casos/ver?faces-redirect=true&id=" + c.getId();
        } catch (RuntimeException e) {
            if (CampoEditable.marcar(campos, e)) {
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                return null;
            }
            if (Mensajes.deDominio(e)) {
                return null;
            }
            throw e;
        }
    }

    /** Rutas que el usuario puede abrir (las reservadas, solo si es de su equipo). */
    public List<Ruta> getRutas() {
        return usuarioActual.get().map(u -> List.copyOf(PoliticaAcceso.rutasVisibles(u))).orElse(List.of());
    }

    public List<Sede> getSedes() {
        return usuarioActual.get().map(u -> sedes.porCodigos(u.getSedes())).orElse(List.of());
    }

    /** Las sedes del usuario, por su nombre (valor: el código). */
    public List<jakarta.faces.model.SelectItem> getOpcionesSedes() {
        return getSedes().stream().map(s -> new jakarta.faces.model.SelectItem(s.getCodigo(), s.getNombre())).toList();
    }

    /** Con qué papel entra la persona al caso de la ruta elegida («Víctima» en la Comisaría, «Titular» en las demás). */
    public String getPapel() {
        return ruta == null ? "" : Mensajes.etiqueta("caso.rol.", ruta.definicion().rolPrincipal());
    }

    /** El documento de la persona con el nombre de su tipo, nunca el código. */
    public String getDocumento() {
        Persona p = getPersona();
        if (p == null) {
            return "";
        }
        String tipo = Mensajes.etiqueta("persona.tipoDocumento.", p.getTipoDocumento());
        return p.getNumeroDocumento() == null ? tipo : tipo + " " + p.getNumeroDocumento();
    }

    public Persona getPersona() {
        return persona.get(() -> personas.obtener(personaId));
    }

    public Long getPersonaId() {
        return personaId;
    }

    public void setPersonaId(Long personaId) {
        this.personaId = personaId;
    }

    public Ruta getRuta() {
        return ruta;
    }

    public void setRuta(Ruta ruta) {
        this.ruta = ruta;
    }

    public String getSede() {
        return sede;
    }

    public void setSede(String sede) {
        this.sede = sede;
    }

    public LocalDate getFechaApertura() {
        return fechaApertura;
    }

    public void setFechaApertura(LocalDate fechaApertura) {
        this.fechaApertura = fechaApertura;
    }

    public String getNarrativa() {
        return narrativa;
    }

    public void setNarrativa(String narrativa) {
        this.narrativa = narrativa;
    }

    public List<CampoEditable> getCampos() {
        return campos;
    }
}
