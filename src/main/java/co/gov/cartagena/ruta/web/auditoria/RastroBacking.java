package co.gov.cartagena.ruta.web.auditoria;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.ConsultaAuditoria;
import co.gov.cartagena.ruta.auditoria.FiltroAuditoria;
import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code auditoria/rastro.xhtml}: el rastro de auditoría con filtros, paginado en la base de datos. Solo auditores
 * (403 a los demás, y su intento queda en el rastro); cada página que se ve queda también en el rastro.
 */
@Named
@ViewScoped
public class RastroBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsultaAuditoria consulta;

    private String usuario;
    private Accion accion;
    private String entidad;
    private String entidadId;
    private LocalDate desde;
    private LocalDate hasta;
    private String direccion;
    private FiltroAuditoria filtro = FiltroAuditoria.TODO;

    /** Guarda la página en curso (entidades): no viaja con la sesión; tras restaurarse la vista se crea otro. */
    private transient LazyDataModel<RegistroAuditoria> modelo;

    private LazyDataModel<RegistroAuditoria> nuevoModelo() {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filtros) {
                return (int) Math.min(Integer.MAX_VALUE, consulta.contar(filtro));
            }

            @Override
            public List<RegistroAuditoria> load(int primero, int tamano, Map<String, SortMeta> orden,
                    Map<String, FilterMeta> filtros) {
                return consulta.buscar(filtro, primero, tamano);
            }

            @Override
            public String getRowKey(RegistroAuditoria r) {
                return String.valueOf(r.getId());
            }
        };
    }

    /** Al abrir la página: 403 a quien no es auditor. */
    public void abrir() throws IOException {
        try {
            consulta.contar(FiltroAuditoria.TODO);
        } catch (OperacionNoPermitida e) {
            FacesContext contexto = FacesContext.getCurrentInstance();
            ExternalContext externo = contexto.getExternalContext();
            externo.responseSendError(403, "");
            contexto.responseComplete();
        }
    }

    public void filtrar() {
        try {
            filtro = new FiltroAuditoria(usuario, accion, entidad, entidadId, desde, hasta, direccion);
        } catch (ReglaIncumplida e) {
            Mensajes.deDominio(e, "filtros");
        }
    }

    public void limpiar() {
        usuario = null;
        accion = null;
        entidad = null;
        entidadId = null;
        desde = null;
        hasta = null;
        direccion = null;
        filtro = FiltroAuditoria.TODO;
    }

    @Inject
    co.gov.cartagena.ruta.web.Etiquetas etiquetas;

    private transient List<jakarta.faces.model.SelectItem> usuarios;

    /**
     * Las opciones del filtro de usuario: quienes aparecen en el rastro, por su nombre completo (el usuario de
     * Keycloak si no tiene nombre, p. ej. «anónimo» o «migracion»); dos personas con el mismo nombre se distinguen
     * por su usuario entre paréntesis.
     */
    public List<jakarta.faces.model.SelectItem> getUsuarios() {
        if (usuarios == null) {
            java.text.Collator orden = java.text.Collator.getInstance(Mensajes.idioma());
            Map<String, String> nombres = new java.util.LinkedHashMap<>();
            consulta.usuarios().forEach(u -> nombres.put(u, etiquetas.usuario(u)));
            Map<String, Long> repetidos = nombres.values().stream()
                    .collect(java.util.stream.Collectors.groupingBy(n -> n, java.util.stream.Collectors.counting()));
            usuarios = nombres.entrySet().stream()
                    .map(e -> new jakarta.faces.model.SelectItem(e.getKey(), repetidos.get(e.getValue()) > 1
                            ? e.getValue() + " (" + e.getKey() + ")" : e.getValue()))
                    .sorted(java.util.Comparator.comparing(jakarta.faces.model.SelectItem::getLabel, orden)).toList();
        }
        return usuarios;
    }

    /**
     * Las opciones del filtro de registro: los tipos de registro que tienen nombre en los paquetes
     * ({@code auditoria.entidad.*}), por ese nombre; el valor es el código que guarda el rastro.
     */
    public List<jakarta.faces.model.SelectItem> getEntidades() {
        java.util.Locale idioma = Mensajes.idioma();
        java.util.ResourceBundle paquete = java.util.ResourceBundle.getBundle(Mensajes.PAQUETE, idioma);
        java.text.Collator orden = java.text.Collator.getInstance(idioma);
        return paquete.keySet().stream().filter(k -> k.startsWith(PREFIJO_ENTIDAD))
                .map(k -> new jakarta.faces.model.SelectItem(k.substring(PREFIJO_ENTIDAD.length()), paquete.getString(k)))
                .sorted(java.util.Comparator.comparing(jakarta.faces.model.SelectItem::getLabel, orden)).toList();
    }

    private static final String PREFIJO_ENTIDAD = "auditoria.entidad.";

    public Accion[] getAcciones() {
        return Accion.values();
    }

    public String momento(RegistroAuditoria r) {
        return Fechas.formatear(r.getMomento());
    }

    public LazyDataModel<RegistroAuditoria> getModelo() {
        if (modelo == null) {
            modelo = nuevoModelo();
        }
        return modelo;
    }

    public String getUsuario() {
        return usuario;
    }

    public void setUsuario(String usuario) {
        this.usuario = usuario;
    }

    public Accion getAccion() {
        return accion;
    }

    public void setAccion(Accion accion) {
        this.accion = accion;
    }

    public String getEntidad() {
        return entidad;
    }

    public void setEntidad(String entidad) {
        this.entidad = entidad;
    }

    public String getEntidadId() {
        return entidadId;
    }

    public void setEntidadId(String entidadId) {
        this.entidadId = entidadId;
    }

    public LocalDate getDesde() {
        return desde;
    }

    public void setDesde(LocalDate desde) {
        this.desde = desde;
    }

    public LocalDate getHasta() {
        return hasta;
    }

    public void setHasta(LocalDate hasta) {
        this.hasta = hasta;
    }

    public String getDireccion() {
        return direccion;
    }

    public void setDireccion(String direccion) {
        this.direccion = direccion;
    }
}
