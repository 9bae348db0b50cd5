package co.gov.cartagena.ruta.web.sedes;

import co.gov.cartagena.ruta.sedes.EstadoSede;
import co.gov.cartagena.ruta.sedes.FiltroSedes;
import co.gov.cartagena.ruta.sedes.SedeALaFecha;
import co.gov.cartagena.ruta.sedes.ServicioSedes;
import co.gov.cartagena.ruta.sedes.TipoSede;
import co.gov.cartagena.ruta.web.Fechas;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** {@code app/sedes/lista.xhtml}: las sedes filtradas por tipo y estado, como estaban a una fecha de corte. */
@Named("listaSedes")
@ViewScoped
public class ListaSedesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock reloj;

    @Inject
    ServicioSedes servicio;

    private TipoSede tipo;
    private EstadoSede estado;
    private LocalDate corte;
    private transient List<SedeALaFecha> sedes;

    @PostConstruct
    void iniciar() {
        corte = LocalDate.now(reloj);
    }

    public List<SedeALaFecha> getSedes() {
        if (sedes == null) {
            sedes = servicio.listar(new FiltroSedes(tipo, estado, corte));
        }
        return sedes;
    }

    public void filtrar() {
        sedes = null;
    }

    public void limpiar() {
        tipo = null;
        estado = null;
        corte = LocalDate.now(reloj);
        sedes = null;
    }

    /** La fecha de corte como se muestra (dd/MM/yyyy). */
    public String getCorteTexto() {
        return Fechas.formatear(corte);
    }

    /** Reintenta crear en Keycloak los grupos de las sedes pendientes (solo administradores). */
    public void sincronizarGrupos() {
        try {
            int creados = servicio.sincronizarGruposPendientes();
            long pendientes = servicio.gruposPendientes();
            if (pendientes == 0) {
                co.gov.cartagena.ruta.web.Mensajes.info(co.gov.cartagena.ruta.web.Mensajes.formato("sedes.grupos.alDia",
                        "Grupos de Keycloak al día ({0} creados ahora).", creados));
            } else {
                co.gov.cartagena.ruta.web.Mensajes.error(co.gov.cartagena.ruta.web.Mensajes.formato("sedes.grupos.sinRespuesta",
                        "Keycloak no respondió: {0} sedes siguen con su grupo pendiente; Ruta lo reintenta cada 5 minutos.",
                        pendientes));
            }
            sedes = null;
        } catch (RuntimeException e) {
            if (!co.gov.cartagena.ruta.web.Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public long getGruposPendientes() {
        return servicio.puedeCambiar() ? servicio.gruposPendientes() : 0;
    }

    public boolean isPuedeCambiar() {
        return servicio.puedeCambiar();
    }

    public TipoSede[] getTipos() {
        return TipoSede.values();
    }

    public EstadoSede[] getEstados() {
        return EstadoSede.values();
    }

    public TipoSede getTipo() {
        return tipo;
    }

    public void setTipo(TipoSede tipo) {
        this.tipo = tipo;
    }

    public EstadoSede getEstado() {
        return estado;
    }

    public void setEstado(EstadoSede estado) {
        this.estado = estado;
    }

    public LocalDate getCorte() {
        return corte;
    }

    public void setCorte(LocalDate corte) {
        this.corte = corte;
    }
}
