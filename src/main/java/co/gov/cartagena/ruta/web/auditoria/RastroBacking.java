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
    transient ConsultaAuditoria consulta;

    private String usuario;
    private Accion accion;
    private String entidad;
    private String entidadId;
    private String desde;
    private String hasta;
    private String direccion;
    private FiltroAuditoria filtro = FiltroAuditoria.TODO;

    private final LazyDataModel<RegistroAuditoria> modelo = new LazyDataModel<>() {
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
            filtro = new FiltroAuditoria(usuario, accion, entidad, entidadId, fecha(desde, "desde"),
                    fecha(hasta, "hasta"), direccion);
        } catch (ReglaIncumplida e) {
            Mensajes.deDominio(e);
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

    private static LocalDate fecha(String texto, String campo) {
        if (texto == null || texto.isBlank()) {
            return null;
        }
        return Fechas.leer(texto).orElseThrow(() -> new ReglaIncumplida(campo,
                co.gov.cartagena.ruta.web.Mensajes.formato("auditoria.fecha", "Escriba la fecha «{0}» como dd/mm/aaaa.",
                        co.gov.cartagena.ruta.web.Mensajes.texto("casos." + campo, campo))));
    }

    public Accion[] getAcciones() {
        return Accion.values();
    }

    public String momento(RegistroAuditoria r) {
        return Fechas.formatear(r.getMomento());
    }

    public LazyDataModel<RegistroAuditoria> getModelo() {
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

    public String getDesde() {
        return desde;
    }

    public void setDesde(String desde) {
        this.desde = desde;
    }

    public String getHasta() {
        return hasta;
    }

    public void setHasta(String hasta) {
        this.hasta = hasta;
    }

    public String getDireccion() {
        return direccion;
    }

    public void setDireccion(String direccion) {
        this.direccion = direccion;
    }
}
