package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.FiltroCasos;
import co.gov.cartagena.ruta.casos.PoliticaAcceso;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.Seguimiento;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * {@code casos/lista.xhtml}: mis casos o los de mi sede (la coordinación empieza en los de su sede), con filtros. La tabla pide a la base de datos solo la
 * página que muestra.
 */
@Named
@ViewScoped
public class ListaCasosBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServicioCasos servicio;

    @Inject
    transient UsuarioActual usuarioActual;

    private boolean soloMios = true;
    private Ruta ruta;
    private String estado;
    private String gestor;
    private String desde;
    private String hasta;
    private boolean vencidos;
    private String texto;

    private final LazyDataModel<Caso> modelo = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filtros) {
            return (int) Math.min(Integer.MAX_VALUE, servicio.contar(filtro()));
        }

        @Override
        public List<Caso> load(int primero, int tamano, Map<String, SortMeta> orden, Map<String, FilterMeta> filtros) {
            return servicio.buscar(filtro(), primero, tamano);
        }

        @Override
        public String getRowKey(Caso caso) {
            return String.valueOf(caso.getId());
        }
    };

    /**
     * La coordinación abre la lista en los casos de su sede (los suyos propios suelen ser ninguno); el gestor, en los
     * suyos.
     */
    @PostConstruct
    void alAbrir() {
        soloMios = !usuarioActual.get().map(u -> u.tiene(Rol.COORDINADOR)).orElse(false);
    }

    /** Quien lleva el caso, por su nombre completo (su usuario si ya no está en el personal de la sede). */
    public String nombreGestor(Caso c) {
        return servicio.nombreDelGestor(c);
    }

    FiltroCasos filtro() {
        return new FiltroCasos(soloMios, null, ruta, estado, gestor, Fechas.leer(desde).orElse(null),
                Fechas.leer(hasta).orElse(null), vencidos, false, texto);
    }

    public void filtrar() {
        if ((desde != null && !desde.isBlank() && Fechas.leer(desde).isEmpty())
                || (hasta != null && !hasta.isBlank() && Fechas.leer(hasta).isEmpty())) {
            Mensajes.error(Mensajes.texto("validacion.fechas", "Escriba las fechas como dd/mm/aaaa."));
        }
    }

    public List<Seguimiento> getSeguimientosVencidos() {
        return servicio.seguimientosVencidos(soloMios);
    }

    public List<Ruta> getRutas() {
        return usuarioActual.get().map(u -> List.copyOf(PoliticaAcceso.rutasVisibles(u))).orElse(List.of());
    }

    public String legible(String codigo) {
        return Mensajes.legible(codigo);
    }

    public LazyDataModel<Caso> getModelo() {
        return modelo;
    }

    public boolean isSoloMios() {
        return soloMios;
    }

    public void setSoloMios(boolean soloMios) {
        this.soloMios = soloMios;
    }

    public Ruta getRuta() {
        return ruta;
    }

    public void setRuta(Ruta ruta) {
        this.ruta = ruta;
    }

    public String getEstado() {
        return estado;
    }

    public void setEstado(String estado) {
        this.estado = estado;
    }

    public String getGestor() {
        return gestor;
    }

    public void setGestor(String gestor) {
        this.gestor = gestor;
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

    public boolean isVencidos() {
        return vencidos;
    }

    public void setVencidos(boolean vencidos) {
        this.vencidos = vencidos;
    }

    public String getTexto() {
        return texto;
    }

    public void setTexto(String texto) {
        this.texto = texto;
    }
}
