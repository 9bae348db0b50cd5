package co.gov.cartagena.ruta.web.actividades;

import co.gov.cartagena.ruta.actividades.Actividad;
import co.gov.cartagena.ruta.actividades.DatosActividad;
import co.gov.cartagena.ruta.actividades.FichaActividad;
import co.gov.cartagena.ruta.actividades.ServicioActividades;
import co.gov.cartagena.ruta.actividades.TipoActividad;
import co.gov.cartagena.ruta.adjuntos.TipoArchivo;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.sedes.Localidades;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.web.Mensajes;
import co.gov.cartagena.ruta.web.Releida;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code app/actividades/editar.xhtml}: registra una actividad nueva (sin {@code id}) o muestra una existente con su
 * asistencia y sus evidencias. Quien trabaja en su sede la edita (con la versión que abrió: si otra persona la cambió,
 * se avisa y nada se sobrescribe), agrega personas del registro, adjunta evidencias y la anula; el supervisor solo
 * ve sus cifras.
 */
@Named("editarActividad")
@ViewScoped
public class EditarActividadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Campo del servicio → id del componente en el formulario de datos. */
    private static final Map<String, String> CAMPOS = Map.of("tipo", "tipo", "fecha", "fecha", "lugar", "lugar",
            "localidad", "localidad", "sede", "sede", "participantes", "participantes", "objeto", "objeto",
            "descripcion", "descripcion");

    @Inject
    Clock reloj;

    @Inject
    ServicioActividades servicio;

    @Inject
    ServicioPersonas personas;

    private Long id;
    private String claveEnvio = UUID.randomUUID().toString();
    /** Se relee por el id si la vista se restauró en otra instancia. */
    private final Releida<FichaActividad> ficha = new Releida<>();
    private int version;
    private String tipo;
    private LocalDate fecha;
    private String lugar;
    private String localidad;
    private String sede;
    private Integer participantes;
    private String objeto;
    private String descripcion;
    private boolean conflicto;
    private String motivoAnulacion;
    private String motivoEvidencia;
    private String busqueda;
    private transient List<Persona> encontradas = List.of();
    private transient jakarta.servlet.http.Part archivo;
    private String descripcionArchivo;
    private transient List<TipoActividad> tipos;
    private transient List<Sede> sedes;

    /** {@code f:viewAction}: carga la actividad o prepara el formulario vacío. */
    public void abrir() {
        if (id == null) {
            fecha = LocalDate.now(reloj);
            List<Sede> mias = getSedes();
            if (mias.size() == 1) {
                sede = mias.get(0).getCodigo();
            }
            if (!servicio.puedeRegistrar()) {
                Mensajes.error(Mensajes.texto("actividades.rolNoRegistra", "Su rol no registra actividades."));
            }
            return;
        }
        try {
            cargar();
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    private void cargar() {
        Actividad a = ficha.poner(servicio.ficha(id)).actividad();
        version = a.getVersion();
        tipo = a.getTipo().getCodigo();
        fecha = a.getFecha();
        lugar = a.getLugar();
        localidad = a.getLocalidad();
        sede = a.getSede().getCodigo();
        participantes = a.getParticipantes();
        objeto = a.getObjeto();
        descripcion = a.getDescripcion();
        conflicto = false;
    }

    private DatosActividad datos() {
        return new DatosActividad(tipo, fecha, lugar, localidad, sede, participantes, objeto, descripcion);
    }

    /** Registra o guarda los cambios. */
    public String guardar() {
        try {
            if (id == null) {
                Actividad a = servicio.registrar(datos(), claveEnvio);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                Mensajes.info(Mensajes.texto("actividades.registrada", "Actividad registrada. Adjunte la evidencia (acta,"
                        + " listado de asistencia o fotos): sin ella queda «sin soporte» y no cuenta en los indicadores."));
                return "/app/actividades/editar?faces-redirect=true&id=" + a.getId();
            }
            servicio.editar(id, version, datos());
            cargar();
            Mensajes.info(Mensajes.texto("actividades.guardada", "Cambios guardados."));
        } catch (co.gov.cartagena.ruta.comun.ConflictoEdicion e) {
            conflicto = true;
            Mensajes.deDominio(e);
        } catch (RuntimeException e) {
            error(e);
        }
        return null;
    }

    /** Descarta lo escrito y vuelve a cargar la versión actual (tras un conflicto). */
    public void recargar() {
        cargar();
        Mensajes.info(Mensajes.texto("actividades.recargada", "Se cargó la versión actual de la actividad."));
    }

    public void anular() {
        try {
            servicio.anular(id, version, motivoAnulacion);
            motivoAnulacion = null;
            cargar();
            Mensajes.info(Mensajes.texto("actividades.anuladaAviso", "Actividad anulada."));
        } catch (RuntimeException e) {
            error(e);
        }
    }

    public void buscarPersonas() {
        try {
            encontradas = busqueda == null || busqueda.isBlank() ? List.of() : personas.buscar(busqueda);
            if (encontradas.isEmpty()) {
                Mensajes.info(Mensajes.texto("actividades.asistencia.sinResultados", "No hay personas del registro con ese nombre."));
            }
        } catch (RuntimeException e) {
            error(e);
        }
    }

    public void agregarPersona(Long personaId) {
        try {
            servicio.agregarPersonas(id, List.of(personaId));
            cargar();
            Mensajes.info(Mensajes.texto("actividades.asistencia.agregada", "Persona agregada a la asistencia."));
        } catch (RuntimeException e) {
            error(e);
        }
    }

    public void quitarPersona(Long personaId) {
        try {
            servicio.quitarPersona(id, personaId);
            cargar();
            Mensajes.info(Mensajes.texto("actividades.asistencia.quitada", "Persona quitada de la asistencia."));
        } catch (RuntimeException e) {
            error(e);
        }
    }

    /** Adjunta la evidencia subida (mismos límites que los adjuntos de los casos: PDF, JPG o PNG, 10 MB). */
    public void adjuntar() {
        if (archivo == null || archivo.getSize() == 0) {
            Mensajes.error(Mensajes.texto("actividades.evidencia.falta", "Seleccione el archivo de la evidencia."));
            return;
        }
        try {
            if (archivo.getSize() > TipoArchivo.TAMANO_MAXIMO) {
                throw new ReglaIncumplida("archivo", Texto.de("adjuntos.archivoPasa10Mb"));
            }
            byte[] contenido;
            try (java.io.InputStream in = archivo.getInputStream()) {
                contenido = in.readAllBytes();
            }
            servicio.adjuntarEvidencia(id, archivo.getSubmittedFileName(), contenido, descripcionArchivo);
            descripcionArchivo = null;
            cargar();
            Mensajes.info(Mensajes.texto("actividades.evidencia.adjuntada", "Evidencia adjuntada."));
        } catch (java.io.IOException e) {
            Mensajes.error(Mensajes.texto("caso.adjunto.ilegible", "No se pudo leer el archivo; intente de nuevo."));
        } catch (RuntimeException e) {
            error(e);
        }
    }

    public void anularEvidencia(Long adjuntoId) {
        try {
            servicio.anularEvidencia(id, adjuntoId, motivoEvidencia);
            motivoEvidencia = null;
            cargar();
            Mensajes.info(Mensajes.texto("actividades.evidencia.anulada", "Evidencia anulada."));
        } catch (RuntimeException e) {
            error(e);
        }
    }

    private void error(RuntimeException e) {
        if (e instanceof ReglaIncumplida r && r.campo() != null && CAMPOS.containsKey(r.campo())) {
            FacesContext contexto = FacesContext.getCurrentInstance();
            contexto.addMessage("datos:" + CAMPOS.get(r.campo()),
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, Mensajes.delDominio(r), null));
            contexto.validationFailed();
            return;
        }
        if (!Mensajes.deDominio(e)) {
            throw e;
        }
    }

    // ---------------------------------------------------------------- para la página

    public boolean isNueva() {
        return id == null;
    }

    /** Si los datos se pueden editar (nueva, o de su sede y no anulada). */
    public boolean isEditable() {
        return id == null ? servicio.puedeRegistrar() : ficha() != null && ficha().puedeCambiar()
                && !ficha().actividad().isAnulada();
    }

    public TipoActividad getTipoElegido() {
        return getTipos().stream().filter(t -> t.getCodigo().equals(tipo)).findFirst().orElse(null);
    }

    public List<TipoActividad> getTipos() {
        if (tipos == null) {
            tipos = new ArrayList<>(servicio.tipos(true));
            if (ficha() != null && tipos.stream().noneMatch(t -> t.getId().equals(ficha().actividad().getTipo().getId()))) {
                tipos.add(ficha().actividad().getTipo());
            }
        }
        return tipos;
    }

    public List<Sede> getSedes() {
        if (sedes == null) {
            sedes = servicio.sedesParaRegistrar();
        }
        return sedes;
    }

    public List<String> getLocalidades() {
        return Localidades.TODAS;
    }

    public FichaActividad getFicha() {
        return ficha();
    }

    private FichaActividad ficha() {
        return ficha.get(() -> servicio.ficha(id));
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getClaveEnvio() {
        return claveEnvio;
    }

    public void setClaveEnvio(String claveEnvio) {
        this.claveEnvio = claveEnvio;
    }

    public String getTipo() {
        return tipo;
    }

    public void setTipo(String tipo) {
        this.tipo = tipo;
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public void setFecha(LocalDate fecha) {
        this.fecha = fecha;
    }

    public String getLugar() {
        return lugar;
    }

    public void setLugar(String lugar) {
        this.lugar = lugar;
    }

    public String getLocalidad() {
        return localidad;
    }

    public void setLocalidad(String localidad) {
        this.localidad = localidad;
    }

    public String getSede() {
        return sede;
    }

    public void setSede(String sede) {
        this.sede = sede;
    }

    public Integer getParticipantes() {
        return participantes;
    }

    public void setParticipantes(Integer participantes) {
        this.participantes = participantes;
    }

    public String getObjeto() {
        return objeto;
    }

    public void setObjeto(String objeto) {
        this.objeto = objeto;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public void setDescripcion(String descripcion) {
        this.descripcion = descripcion;
    }

    public boolean isConflicto() {
        return conflicto;
    }

    public String getMotivoAnulacion() {
        return motivoAnulacion;
    }

    public void setMotivoAnulacion(String motivoAnulacion) {
        this.motivoAnulacion = motivoAnulacion;
    }

    public String getMotivoEvidencia() {
        return motivoEvidencia;
    }

    public void setMotivoEvidencia(String motivoEvidencia) {
        this.motivoEvidencia = motivoEvidencia;
    }

    public String getBusqueda() {
        return busqueda;
    }

    public void setBusqueda(String busqueda) {
        this.busqueda = busqueda;
    }

    public List<Persona> getEncontradas() {
        return encontradas == null ? List.of() : encontradas;
    }

    public jakarta.servlet.http.Part getArchivo() {
        return archivo;
    }

    public void setArchivo(jakarta.servlet.http.Part archivo) {
        this.archivo = archivo;
    }

    public String getDescripcionArchivo() {
        return descripcionArchivo;
    }

    public void setDescripcionArchivo(String descripcionArchivo) {
        this.descripcionArchivo = descripcionArchivo;
    }
}
