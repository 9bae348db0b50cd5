package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.Periodicidad;
import co.gov.cartagena.ruta.casos.ServicioTiemposComisaria;
import co.gov.cartagena.ruta.casos.TiemposPorEstado;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code casos/tiempos.xhtml}: el tiempo de cada paso en la Comisaría de Familia, agregado por sede, periodo y
 * estado. Coordinadores (sus sedes) y supervisores (todas); solo cifras.
 */
@Named
@ViewScoped
public class TiemposComisariaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock reloj;

    @Inject
    ServicioTiemposComisaria servicio;

    private LocalDate desde;
    private LocalDate hasta;
    private Periodicidad agrupar = Periodicidad.MES;
    private String sede;
    private List<Fila> filas;
    private transient List<Sede> sedes;
    private boolean consultado;

    @PostConstruct
    void iniciar() {
        hasta = LocalDate.now(reloj);
        desde = hasta.withDayOfYear(1);
    }

    public void cargar() {
        consultar();
    }

    public void consultar() {
        filas = List.of();
        LocalDate inicio = desde;
        LocalDate fin = hasta;
        if (inicio == null || fin == null) {
            Mensajes.error(Mensajes.texto("tiempos.sinFechas", "Escriba las dos fechas del reporte."));
            return;
        }
        try {
            filas = servicio.reporte(inicio, fin, agrupar, sede).filas().stream().map(Fila::new).toList();
            consultado = true;
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public List<Sede> getSedes() {
        if (sedes == null) {
            try {
                sedes = servicio.sedesDelReporte();
            } catch (RuntimeException e) {
                sedes = List.of();
            }
        }
        return sedes;
    }

    public Periodicidad[] getPeriodicidades() {
        return Periodicidad.values();
    }

    public String legible(String codigo) {
        return Mensajes.legible(codigo);
    }

    public List<Fila> getFilas() {
        return filas == null ? List.of() : filas;
    }

    public boolean isConsultado() {
        return consultado;
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

    public Periodicidad getAgrupar() {
        return agrupar;
    }

    public void setAgrupar(Periodicidad agrupar) {
        this.agrupar = agrupar;
    }

    public String getSede() {
        return sede;
    }

    public void setSede(String sede) {
        this.sede = sede;
    }

    /** Una fila del reporte con getters para las expresiones de Faces (EL 5 no lee los componentes de un record). */
    public static final class Fila implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String sede;
        private final String nombreSede;
        private final String periodo;
        private final String estado;
        private final int cantidad;
        private final BigDecimal promedioDias;
        private final BigDecimal medianaDias;
        private final int enCurso;

        Fila(TiemposPorEstado.Fila f) {
            sede = f.sede();
            nombreSede = f.nombreSede();
            periodo = f.periodo();
            estado = f.estado();
            cantidad = f.cantidad();
            promedioDias = f.promedioDias();
            medianaDias = f.medianaDias();
            enCurso = f.enCurso();
        }

        public boolean isTotal() {
            return sede == null;
        }

        public String getSede() {
            return sede;
        }

        public String getNombreSede() {
            return nombreSede;
        }

        public String getPeriodo() {
            return periodo;
        }

        public String getEstado() {
            return estado;
        }

        public int getCantidad() {
            return cantidad;
        }

        public BigDecimal getPromedioDias() {
            return promedioDias;
        }

        public BigDecimal getMedianaDias() {
            return medianaDias;
        }

        public int getEnCurso() {
            return enCurso;
        }
    }
}
