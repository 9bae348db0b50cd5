package co.gov.cartagena.ruta.web.sedes;

import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.sedes.DatosSede;
import co.gov.cartagena.ruta.sedes.EstadoSede;
import co.gov.cartagena.ruta.sedes.Localidades;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.sedes.ServicioSedes;
import co.gov.cartagena.ruta.sedes.TipoSede;
import co.gov.cartagena.ruta.web.Fechas;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code app/sedes/editar.xhtml?codigo=…} (sin código: sede nueva). Solo para administradores: la página responde
 * 403 a los demás y el servicio vuelve a comprobar el rol en cada cambio. Vista: la página tiene tres formularios
 * (datos, estado, dotación) que se envían por separado sobre la misma sede.
 */
@Named("editarSede")
@ViewScoped
public class EditarSedeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> CAMPOS_DATOS = Map.of("codigo", "codigo", "nombre", "nombre",
            "tipo", "tipo", "padre", "padre", "localidad", "localidad", "direccion", "direccion",
            "estado", "estadoInicial", "desde", "desdeInicial", "motivo", "motivoInicial");
    private static final Map<String, String> CAMPOS_ESTADO = Map.of("estado", "estado", "desde", "desde",
            "motivo", "motivo", "reapertura", "reapertura");
    private static final Map<String, String> CAMPOS_DOTACION = Map.of("completa", "completa", "detalle", "detalle",
            "desde", "desde");

    @Inject
    Clock reloj;

    @Inject
    ServicioSedes servicio;

    private String codigo;
    private transient Sede sede;
    private int version;

    private String codigoNuevo;
    private String nombre;
    private TipoSede tipo;
    private String codigoPadre;
    private String localidad;
    private String direccion;
    private EstadoSede estadoInicial = EstadoSede.EN_OPERACION;
    private LocalDate desdeInicial;
    private String motivoInicial;

    private EstadoSede estado;
    private LocalDate desde;
    private String motivo;
    private boolean reapertura;

    private Boolean completa;
    private String detalle;
    private LocalDate desdeDotacion;

    /** Al abrir la página ({@code f:viewAction}): 403 si no es administrador, 404 si el código no existe. */
    public void abrir() throws IOException {
        FacesContext contexto = FacesContext.getCurrentInstance();
        ExternalContext externo = contexto.getExternalContext();
        if (!servicio.puedeCambiar()) {
            externo.responseSendError(403, "");
            contexto.responseComplete();
            return;
        }
        if (codigo != null && !codigo.isBlank()) {
            try {
                cargar();
            } catch (NoEncontrado e) {
                externo.responseSendError(404, "");
                contexto.responseComplete();
            }
        } else {
            codigo = null;
        }
    }

    private void cargar() {
        sede = servicio.buscar(codigo);
        codigo = sede.getCodigo();
        version = sede.getVersion();
        nombre = sede.getNombre();
        localidad = sede.getLocalidad();
        direccion = sede.getDireccion();
    }

    public String guardarDatos() {
        try {
            if (isNueva()) {
                Sede creada = servicio.crear(new DatosSede(codigoNuevo, nombre, tipo, localidad, direccion,
                        tipo == TipoSede.CENTRO_DE_CONCILIACION ? codigoPadre : null),
                        estadoInicial, desdeInicial, motivoInicial);
                FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
                MensajesFaces.informar("sedes.editar.creada");
                return "/app/sedes/editar?faces-redirect=true&codigo=" + creada.getCodigo();
            }
            servicio.corregirDatos(codigo, version, nombre, direccion, localidad);
            cargar();
            MensajesFaces.informar("sedes.editar.guardada");
        } catch (RuntimeException e) {
            if (!MensajesFaces.error(e, "datos", CAMPOS_DATOS)) {
                throw e;
            }
        }
        return null;
    }

    public void cambiarEstado() {
        try {
            servicio.cambiarEstado(codigo, estado, desde, motivo, reapertura);
            cargar();
            estado = null;
            desde = null;
            motivo = null;
            reapertura = false;
            MensajesFaces.informar("sedes.estado.registrado");
        } catch (RuntimeException e) {
            if (!MensajesFaces.error(e, "cambio-estado", CAMPOS_ESTADO)) {
                throw e;
            }
        }
    }

    public void registrarDotacion() {
        try {
            servicio.registrarDotacion(codigo, Boolean.TRUE.equals(completa), detalle, desdeDotacion);
            cargar();
            completa = null;
            detalle = null;
            desdeDotacion = null;
            MensajesFaces.informar("sedes.dotacion.registrada");
        } catch (RuntimeException e) {
            if (!MensajesFaces.error(e, "dotacion", CAMPOS_DOTACION)) {
                throw e;
            }
        }
    }

    public boolean isNueva() {
        return codigo == null;
    }

    /** La sede que se edita, con su historia (se vuelve a leer si la vista se restauró sin ella). */
    public Sede getSede() {
        if (sede == null && codigo != null) {
            sede = servicio.buscar(codigo);
        }
        return sede;
    }

    public LocalDate getHoy() {
        return LocalDate.now(reloj);
    }

    public List<Sede> getCasasDeJusticia() {
        return servicio.casasDeJusticia();
    }

    public List<String> getLocalidades() {
        return Localidades.TODAS;
    }

    public TipoSede[] getTipos() {
        return TipoSede.values();
    }

    public EstadoSede[] getEstados() {
        return EstadoSede.values();
    }

    public String getCodigo() {
        return codigo;
    }

    public void setCodigo(String codigo) {
        this.codigo = codigo;
    }

    public int getVersion() {
        return version;
    }

    public String getCodigoNuevo() {
        return codigoNuevo;
    }

    public void setCodigoNuevo(String codigoNuevo) {
        this.codigoNuevo = codigoNuevo;
    }

    public String getNombre() {
        return nombre;
    }

    public void setNombre(String nombre) {
        this.nombre = nombre;
    }

    public TipoSede getTipo() {
        return tipo;
    }

    public void setTipo(TipoSede tipo) {
        this.tipo = tipo;
    }

    public String getCodigoPadre() {
        return codigoPadre;
    }

    public void setCodigoPadre(String codigoPadre) {
        this.codigoPadre = codigoPadre;
    }

    public String getLocalidad() {
        return localidad;
    }

    public void setLocalidad(String localidad) {
        this.localidad = localidad;
    }

    public String getDireccion() {
        return direccion;
    }

    public void setDireccion(String direccion) {
        this.direccion = direccion;
    }

    public EstadoSede getEstadoInicial() {
        return estadoInicial;
    }

    public void setEstadoInicial(EstadoSede estadoInicial) {
        this.estadoInicial = estadoInicial;
    }

    public LocalDate getDesdeInicial() {
        return desdeInicial;
    }

    public void setDesdeInicial(LocalDate desdeInicial) {
        this.desdeInicial = desdeInicial;
    }

    public String getMotivoInicial() {
        return motivoInicial;
    }

    public void setMotivoInicial(String motivoInicial) {
        this.motivoInicial = motivoInicial;
    }

    public EstadoSede getEstado() {
        return estado;
    }

    public void setEstado(EstadoSede estado) {
        this.estado = estado;
    }

    public LocalDate getDesde() {
        return desde;
    }

    public void setDesde(LocalDate desde) {
        this.desde = desde;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }

    public boolean isReapertura() {
        return reapertura;
    }

    public void setReapertura(boolean reapertura) {
        this.reapertura = reapertura;
    }

    public Boolean getCompleta() {
        return completa;
    }

    public void setCompleta(Boolean completa) {
        this.completa = completa;
    }

    public String getDetalle() {
        return detalle;
    }

    public void setDetalle(String detalle) {
        this.detalle = detalle;
    }

    public LocalDate getDesdeDotacion() {
        return desdeDotacion;
    }

    public void setDesdeDotacion(LocalDate desdeDotacion) {
        this.desdeDotacion = desdeDotacion;
    }
}
