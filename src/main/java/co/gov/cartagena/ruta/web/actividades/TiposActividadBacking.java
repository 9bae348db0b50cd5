package co.gov.cartagena.ruta.web.actividades;

import co.gov.cartagena.ruta.actividades.ServicioActividades;
import co.gov.cartagena.ruta.actividades.TipoActividad;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * {@code app/actividades/tipos.xhtml}: el administrador agrega tipos de actividad, los renombra y los desactiva. El
 * código no cambia nunca; en los tipos del plan tampoco su objeto.
 */
@Named("tiposActividad")
@ViewScoped
public class TiposActividadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServicioActividades servicio;

    private String codigo;
    private String nombre;
    private String descripcion;
    private String etiquetaObjeto;
    private boolean objetoRequerido;
    /** Código del tipo que se está editando (null = agregar uno nuevo). */
    private String editando;
    private Integer version;
    private boolean delPlan;
    private transient List<TipoActividad> tipos;

    public List<TipoActividad> getTipos() {
        if (tipos == null) {
            try {
                tipos = servicio.tipos(false);
            } catch (RuntimeException e) {
                if (!Mensajes.deDominio(e)) {
                    throw e;
                }
                tipos = List.of();
            }
        }
        return tipos;
    }

    public void guardar() {
        try {
            if (editando == null) {
                TipoActividad t = servicio.crearTipo(codigo, nombre, descripcion, etiquetaObjeto, objetoRequerido);
                Mensajes.info(Mensajes.formato("actividades.tipos.agregado", "Tipo de actividad {0} agregado.", t.getCodigo()));
            } else {
                servicio.corregirTipo(editando, version, nombre, descripcion, etiquetaObjeto, objetoRequerido);
                Mensajes.info(Mensajes.formato("actividades.tipos.guardado", "Tipo de actividad {0} guardado.", editando));
            }
            nuevo();
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public void editar(TipoActividad t) {
        editando = t.getCodigo();
        codigo = t.getCodigo();
        nombre = t.getNombre();
        descripcion = t.getDescripcion();
        etiquetaObjeto = t.getEtiquetaObjeto();
        objetoRequerido = t.isObjetoRequerido();
        version = t.getVersion();
        delPlan = t.isDelPlan();
    }

    public void nuevo() {
        editando = null;
        codigo = null;
        nombre = null;
        descripcion = null;
        etiquetaObjeto = null;
        objetoRequerido = false;
        version = null;
        delPlan = false;
        tipos = null;
    }

    public void cambiarActivo(String codigoTipo, boolean activo) {
        try {
            servicio.cambiarActivo(codigoTipo, activo);
            Mensajes.info(activo ? Mensajes.formato("actividades.tipos.activado", "Tipo {0} activado.", codigoTipo)
                    : Mensajes.formato("actividades.tipos.desactivado", "Tipo {0} desactivado.", codigoTipo));
            tipos = null;
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public String getCodigo() {
        return codigo;
    }

    public void setCodigo(String codigo) {
        this.codigo = codigo;
    }

    public String getNombre() {
        return nombre;
    }

    public void setNombre(String nombre) {
        this.nombre = nombre;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public void setDescripcion(String descripcion) {
        this.descripcion = descripcion;
    }

    public String getEtiquetaObjeto() {
        return etiquetaObjeto;
    }

    public void setEtiquetaObjeto(String etiquetaObjeto) {
        this.etiquetaObjeto = etiquetaObjeto;
    }

    public boolean isObjetoRequerido() {
        return objetoRequerido;
    }

    public void setObjetoRequerido(boolean objetoRequerido) {
        this.objetoRequerido = objetoRequerido;
    }

    public String getEditando() {
        return editando;
    }

    public boolean isDelPlan() {
        return delPlan;
    }
}
