package co.gov.cartagena.ruta.web.personas;

import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code personas/buscar.xhtml}: primero se busca (documento y nombres); solo sin coincidencia exacta se registra. */
@Named
@ViewScoped
public class BuscarPersonaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServicioPersonas servicio;

    private final String claveEnvio = UUID.randomUUID().toString();
    private TipoDocumento tipoDocumento = TipoDocumento.CC;
    private String numeroDocumento;
    private String nombres;
    private String apellidos;
    private LocalDate fechaNacimiento;
    private Sexo sexo;
    private boolean buscado;
    private transient List<Persona> porDocumento = List.of();
    private transient List<Persona> porNombre = List.of();

    public void buscar() {
        try {
            ServicioPersonas.Coincidencias c = servicio.buscarAntesDeCrear(tipoDocumento, numeroDocumento, nombres,
                    apellidos);
            porDocumento = c.porDocumento();
            porNombre = c.porNombre();
            buscado = true;
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public String registrar() {
        if (!buscado) {
            Mensajes.error(Mensajes.texto("personas.buscarPrimero", "Busque primero: así se evita registrar dos veces a la misma persona."));
            return null;
        }
        try {
            Persona p = servicio.registrar(DatosPersona.minimos(tipoDocumento, numeroDocumento, nombres, apellidos,
                    fechaNacimiento, sexo), claveEnvio);
            return "/app/personas/ver?faces-redirect=true&id=" + p.getId();
        } catch (RuntimeException e) {
            if (Mensajes.deDominio(e, "persona")) {
                return null;
            }
            throw e;
        }
    }

    public List<SelectItem> getOpcionesTipoDocumento() {
        return Mensajes.opciones("persona.tipoDocumento.", TipoDocumento.values());
    }

    public List<SelectItem> getOpcionesSexo() {
        return Mensajes.opciones("persona.sexo.", Sexo.values());
    }

    /** El documento con el nombre de su tipo, nunca el código. */
    public String documento(Persona p) {
        String tipo = Mensajes.etiqueta("persona.tipoDocumento.", p.getTipoDocumento());
        return p.getNumeroDocumento() == null ? tipo : tipo + " " + p.getNumeroDocumento();
    }

    public TipoDocumento[] getTiposDocumento() {
        return TipoDocumento.values();
    }

    public Sexo[] getSexos() {
        return Sexo.values();
    }

    public boolean isPuedeRegistrar() {
        return buscado && getPorDocumento().isEmpty();
    }

    public boolean isBuscado() {
        return buscado;
    }

    public List<Persona> getPorDocumento() {
        releerSiFalta();
        return porDocumento == null ? List.of() : porDocumento;
    }

    public List<Persona> getPorNombre() {
        releerSiFalta();
        return porNombre == null ? List.of() : porNombre;
    }

    /**
     * Las coincidencias son entidades y no viajan con la sesión replicada: si la vista se restauró en otra instancia
     * (la primera cayó) tras buscar, se busca otra vez con lo escrito, para no ofrecer registrar a alguien que ya está.
     */
    private void releerSiFalta() {
        if (buscado && (porDocumento == null || porNombre == null)) {
            buscar();
        }
    }

    public TipoDocumento getTipoDocumento() {
        return tipoDocumento;
    }

    public void setTipoDocumento(TipoDocumento tipoDocumento) {
        this.tipoDocumento = tipoDocumento;
    }

    public String getNumeroDocumento() {
        return numeroDocumento;
    }

    public void setNumeroDocumento(String numeroDocumento) {
        this.numeroDocumento = numeroDocumento;
    }

    public String getNombres() {
        return nombres;
    }

    public void setNombres(String nombres) {
        this.nombres = nombres;
    }

    public String getApellidos() {
        return apellidos;
    }

    public void setApellidos(String apellidos) {
        this.apellidos = apellidos;
    }

    public LocalDate getFechaNacimiento() {
        return fechaNacimiento;
    }

    public void setFechaNacimiento(LocalDate fechaNacimiento) {
        this.fechaNacimiento = fechaNacimiento;
    }

    public Sexo getSexo() {
        return sexo;
    }

    public void setSexo(Sexo sexo) {
        this.sexo = sexo;
    }
}
