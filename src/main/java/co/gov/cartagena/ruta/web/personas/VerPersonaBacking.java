package co.gov.cartagena.ruta.web.personas;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.personas.AlcanceConsentimiento;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Etnia;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.sedes.Localidades;
import co.gov.cartagena.ruta.web.Mensajes;
import co.gov.cartagena.ruta.web.Releida;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code personas/ver.xhtml?id=…}: identidad, autorizaciones, los datos de la persona (si puede verlos) y sus casos
 * visibles. El formulario de datos tiene todos los campos que usan la API y los indicadores; cada grupo se habilita
 * solo con la autorización (Ley 1581) que exige, y si no la hay dice por qué está bloqueado. Los datos sensibles que
 * quien edita no puede ver no se muestran y se conservan al guardar.
 */
@Named
@ViewScoped
public class VerPersonaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServicioPersonas servicio;

    @Inject
    ServicioCasos casos;

    private Long id;
    /** La persona y sus casos se releen por el id si la vista se restauró en otra instancia. */
    private final Releida<Persona> persona = new Releida<>();
    private final Releida<List<Caso>> casosVisibles = new Releida<>();
    private boolean datosVisibles;
    private boolean sensiblesVisibles;
    private int version;
    private TipoDocumento tipoDocumento;
    private String numeroDocumento;
    private String nombres;
    private String apellidos;
    private LocalDate fechaNacimiento;
    private Sexo sexo;
    private String identidadGenero;
    private String orientacionSexual;
    private Etnia etnia;
    private String discapacidad;
    private String nacionalidad;
    private String estatusMigratorio;
    private boolean victimaConflicto;
    private boolean registradaRuv;
    private String telefono;
    private String correo;
    private String direccion;
    private String localidad;
    private String barrio;
    private AlcanceConsentimiento alcance = AlcanceConsentimiento.DATOS_PERSONALES;
    private LocalDate fechaConsentimiento;
    private String soporte;

    public void cargar() {
        try {
            persona.poner(servicio.obtener(id));
            id = persona().getId();
            datosVisibles = servicio.puedeVerDatos(persona());
            sensiblesVisibles = datosVisibles && servicio.puedeVerSensibles(persona());
            casosVisibles.poner(casos.dePersona(persona()));
            llenar(persona());
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public void consentir() {
        try {
            persona.poner(servicio.otorgarConsentimiento(id, fechaConsentimiento, alcance, soporte));
            version = persona().getVersion();
            Mensajes.infoEn("consentir", Mensajes.texto("persona.autorizacionRegistrada", "Autorización registrada."));
            soporte = null;
            fechaConsentimiento = null;
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e, "consentir")) {
                throw e;
            }
        }
    }

    /** Guarda el formulario de datos (identidad, datos personales y, si los ve, sensibles). */
    public void guardarDatos() {
        try {
            DatosPersona actual = persona().datos();
            boolean s = sensiblesVisibles;
            DatosPersona d = new DatosPersona(tipoDocumento, numeroDocumento, nombres, apellidos, fechaNacimiento, sexo,
                    s ? identidadGenero : actual.identidadGenero(), s ? orientacionSexual : actual.orientacionSexual(),
                    s ? etnia : actual.etnia(), s ? discapacidad : actual.discapacidad(), nacionalidad,
                    s ? estatusMigratorio : actual.estatusMigratorio(), s ? victimaConflicto : actual.victimaConflicto(),
                    s ? registradaRuv : actual.registradaRuv(), telefono, correo, direccion, localidad, barrio);
            persona.poner(servicio.actualizar(id, version, d));
            llenar(persona());
            Mensajes.infoEn("datos", Mensajes.texto("persona.datosGuardados", "Datos guardados."));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e, "datos")) {
                throw e;
            }
        }
    }

    private void llenar(Persona p) {
        DatosPersona d = p.datos();
        version = p.getVersion();
        tipoDocumento = d.tipoDocumento();
        numeroDocumento = d.numeroDocumento();
        nombres = d.nombres();
        apellidos = d.apellidos();
        fechaNacimiento = d.fechaNacimiento();
        sexo = d.sexo();
        identidadGenero = d.identidadGenero();
        orientacionSexual = d.orientacionSexual();
        etnia = d.etnia();
        discapacidad = d.discapacidad();
        nacionalidad = d.nacionalidad();
        estatusMigratorio = d.estatusMigratorio();
        victimaConflicto = d.victimaConflicto();
        registradaRuv = d.registradaRuv();
        telefono = d.telefono();
        correo = d.correo();
        direccion = d.direccion();
        localidad = d.localidad();
        barrio = d.barrio();
    }

    /** Con la autorización de datos personales vigente se habilitan contacto, residencia y nacionalidad. */
    public boolean isConPersonales() {
        return persona() != null && persona().tieneConsentimiento(AlcanceConsentimiento.DATOS_PERSONALES);
    }

    /** Con la autorización de datos sensibles vigente se habilitan etnia, discapacidad, condición de víctima… */
    public boolean isConSensibles() {
        return persona() != null && persona().tieneConsentimiento(AlcanceConsentimiento.DATOS_SENSIBLES);
    }

    public boolean isSensiblesVisibles() {
        return sensiblesVisibles;
    }

    /** El documento con el nombre del tipo en el idioma de la vista, nunca el código (CC, RC…). */
    public String getDocumento() {
        if (persona() == null) {
            return "";
        }
        String tipo = Mensajes.etiqueta("persona.tipoDocumento.", persona().getTipoDocumento());
        return persona().getNumeroDocumento() == null ? tipo : tipo + " " + persona().getNumeroDocumento();
    }

    public List<SelectItem> getOpcionesTipoDocumento() {
        return Mensajes.opciones("persona.tipoDocumento.", TipoDocumento.values());
    }

    public List<SelectItem> getOpcionesSexo() {
        return Mensajes.opciones("persona.sexo.", Sexo.values());
    }

    public List<SelectItem> getOpcionesEtnia() {
        return Mensajes.opciones("persona.etnia.", Etnia.values());
    }

    /** Las tres localidades del Distrito; si la persona tiene otra escrita (p. ej. por la API), también esa, para no perderla al guardar. */
    public List<SelectItem> getOpcionesLocalidad() {
        List<SelectItem> opciones = new java.util.ArrayList<>(
                Localidades.TODAS.stream().map(l -> new SelectItem(l, l)).toList());
        if (localidad != null && !Localidades.TODAS.contains(localidad)) {
            opciones.add(new SelectItem(localidad, localidad));
        }
        return opciones;
    }

    public List<SelectItem> getOpcionesAlcance() {
        return Mensajes.opciones("persona.alcance.", AlcanceConsentimiento.values());
    }

    public String etiquetaAlcance(AlcanceConsentimiento a) {
        return Mensajes.etiqueta("persona.alcance.", a);
    }

    public AlcanceConsentimiento[] getAlcances() {
        return AlcanceConsentimiento.values();
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

    public Persona getPersona() {
        return persona();
    }

    private Persona persona() {
        return persona.get(() -> servicio.obtener(id));
    }

    public List<Caso> getCasosVisibles() {
        List<Caso> visibles = casosVisibles.get(() -> casos.dePersona(persona()));
        return visibles == null ? List.of() : visibles;
    }

    public boolean isDatosVisibles() {
        return datosVisibles;
    }

    public AlcanceConsentimiento getAlcance() {
        return alcance;
    }

    public void setAlcance(AlcanceConsentimiento alcance) {
        this.alcance = alcance;
    }

    public LocalDate getFechaConsentimiento() {
        return fechaConsentimiento;
    }

    public void setFechaConsentimiento(LocalDate fechaConsentimiento) {
        this.fechaConsentimiento = fechaConsentimiento;
    }

    public String getSoporte() {
        return soporte;
    }

    public void setSoporte(String soporte) {
        this.soporte = soporte;
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

    public String getIdentidadGenero() {
        return identidadGenero;
    }

    public void setIdentidadGenero(String identidadGenero) {
        this.identidadGenero = identidadGenero;
    }

    public String getOrientacionSexual() {
        return orientacionSexual;
    }

    public void setOrientacionSexual(String orientacionSexual) {
        this.orientacionSexual = orientacionSexual;
    }

    public Etnia getEtnia() {
        return etnia;
    }

    public void setEtnia(Etnia etnia) {
        this.etnia = etnia;
    }

    public String getDiscapacidad() {
        return discapacidad;
    }

    public void setDiscapacidad(String discapacidad) {
        this.discapacidad = discapacidad;
    }

    public String getNacionalidad() {
        return nacionalidad;
    }

    public void setNacionalidad(String nacionalidad) {
        this.nacionalidad = nacionalidad;
    }

    public String getEstatusMigratorio() {
        return estatusMigratorio;
    }

    public void setEstatusMigratorio(String estatusMigratorio) {
        this.estatusMigratorio = estatusMigratorio;
    }

    public boolean isVictimaConflicto() {
        return victimaConflicto;
    }

    public void setVictimaConflicto(boolean victimaConflicto) {
        this.victimaConflicto = victimaConflicto;
    }

    public boolean isRegistradaRuv() {
        return registradaRuv;
    }

    public void setRegistradaRuv(boolean registradaRuv) {
        this.registradaRuv = registradaRuv;
    }

    public String getTelefono() {
        return telefono;
    }

    public void setTelefono(String telefono) {
        this.telefono = telefono;
    }

    public String getCorreo() {
        return correo;
    }

    public void setCorreo(String correo) {
        this.correo = correo;
    }

    public String getDireccion() {
        return direccion;
    }

    public void setDireccion(String direccion) {
        this.direccion = direccion;
    }

    public String getLocalidad() {
        return localidad;
    }

    public void setLocalidad(String localidad) {
        this.localidad = localidad;
    }

    public String getBarrio() {
        return barrio;
    }

    public void setBarrio(String barrio) {
        this.barrio = barrio;
    }
}
