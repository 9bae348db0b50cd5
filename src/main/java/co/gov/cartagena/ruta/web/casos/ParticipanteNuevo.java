package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.RolParticipante;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.util.List;

/** Formulario {@code agregar-persona}: agrega al caso una persona ya registrada (por su documento) con un papel. */
public class ParticipanteNuevo extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private TipoDocumento tipoDocumento = TipoDocumento.CC;
    private String documento;
    private RolParticipante rol;

    ParticipanteNuevo(VerCasoBacking vista) {
        super(vista);
    }

    public void agregar() {
        var encontrada = vista.personas.buscarAntesDeCrear(tipoDocumento, documento, null, null).porDocumento();
        if (encontrada.isEmpty()) {
            Mensajes.enCampo("agregar-persona:documentoNueva", Mensajes.texto("caso.agregarPersona.noRegistrada",
                    "No hay una persona registrada con ese documento: regístrela primero en Personas y vuelva a agregarla."));
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Long personaId = encontrada.get(0).getId();
        RolParticipante r = rol;
        if (hacer(() -> vista.servicio.agregarPersona(vista.id(), vista.version(), personaId, r),
                Mensajes.texto("caso.personaAgregada", "Persona agregada al caso."), "agregar-persona")) {
            documento = null;
        }
    }

    /** Los papeles con que la definición de la ruta deja agregar personas al caso. */
    public List<RolParticipante> getRoles() {
        return caso() == null ? List.of() : caso().getRuta().definicion().rolesQueSeAgregan();
    }

    public List<SelectItem> getOpcionesRoles() {
        return getRoles().stream().map(x -> new SelectItem(x, vista.rol(x))).toList();
    }

    public List<SelectItem> getOpcionesTipoDocumento() {
        return Mensajes.opciones("persona.tipoDocumento.", TipoDocumento.values());
    }

    public TipoDocumento getTipoDocumento() {
        return tipoDocumento;
    }

    public void setTipoDocumento(TipoDocumento tipoDocumento) {
        this.tipoDocumento = tipoDocumento;
    }

    public String getDocumento() {
        return documento;
    }

    public void setDocumento(String documento) {
        this.documento = documento;
    }

    public RolParticipante getRol() {
        return rol;
    }

    public void setRol(RolParticipante rol) {
        this.rol = rol;
    }
}
