package co.gov.cartagena.ruta.web.actividades;

import co.gov.cartagena.ruta.actividades.FiltroActividades;
import co.gov.cartagena.ruta.actividades.ResumenActividad;
import co.gov.cartagena.ruta.actividades.ServicioActividades;
import co.gov.cartagena.ruta.actividades.TipoActividad;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code app/actividades/lista.xhtml}: las actividades que el usuario puede ver, filtradas por tipo, sede, fechas y
 * «sin soporte», paginadas en la base de datos.
 */
@Named("listaActividades")
@ViewScoped
public class ListaActividadesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServicioActividades servicio;

    private String tipo;
    private String sede;
    private LocalDate desde;
    private LocalDate hasta;
    private boolean sinSoporte;
    private boolean anuladas;
    private transient List<TipoActividad> tipos;
    private transient List<Sede> sedes;

    /** Guarda la página en curso (entidades): no viaja con la sesión; tras restaurarse la vista se crea otro. */
    private transient LazyDataModel<ResumenActividad> actividades;

    private LazyDataModel<ResumenActividad> nuevoModelo() {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filtros) {
                try {
                    return (int) Math.min(Integer.MAX_VALUE, servicio.contar(filtro()));
                } catch (RuntimeException e) {
                    if (!Mensajes.deDominio(e)) {
                        throw e;
                    }
                    return 0;
                }
            }

            @Override
            public List<ResumenActividad> load(int primero, int cuantos, Map<String, SortMeta> orden,
                    Map<String, FilterMeta> filtros) {
                try {
                    ServicioActividades.Pagina p = servicio.listar(filtro(), primero, cuantos);
                    setRowCount((int) Math.min(Integer.MAX_VALUE, p.total()));
                    return p.filas();
                } catch (RuntimeException e) {
                    if (!Mensajes.deDominio(e)) {
                        throw e;
                    }
                    setRowCount(0);
                    return List.of();
                }
            }

            @Override
            public String getRowKey(ResumenActividad fila) {
                return String.valueOf(fila.id());
            }
        };
    }

    private FiltroActividades filtro() {
        return new FiltroActividades(tipo, sede, desde, hasta, sinSoporte, anuladas);
    }

    public void filtrar() {
        // la tabla vuelve a cargar con el filtro nuevo
    }

    public void limpiar() {
        tipo = null;
        sede = null;
        desde = null;
        hasta = null;
        sinSoporte = false;
        anuladas = false;
    }

    public LazyDataModel<ResumenActividad> getActividades() {
        if (actividades == null) {
            actividades = nuevoModelo();
        }
        return actividades;
    }

    public List<TipoActividad> getTipos() {
        if (tipos == null) {
            tipos = servicio.tipos(false);
        }
        return tipos;
    }

    public List<Sede> getSedes() {
        if (sedes == null) {
            sedes = servicio.sedesVisibles();
        }
        return sedes;
    }

    public boolean isPuedeRegistrar() {
        return servicio.puedeRegistrar();
    }

    public String getTipo() {
        return tipo;
    }

    public void setTipo(String tipo) {
        this.tipo = tipo;
    }

    public String getSede() {
        return sede;
    }

    public void setSede(String sede) {
        this.sede = sede;
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

    public boolean isSinSoporte() {
        return sinSoporte;
    }

    public void setSinSoporte(boolean sinSoporte) {
        this.sinSoporte = sinSoporte;
    }

    public boolean isAnuladas() {
        return anuladas;
    }

    public void setAnuladas(boolean anuladas) {
        this.anuladas = anuladas;
    }
}
