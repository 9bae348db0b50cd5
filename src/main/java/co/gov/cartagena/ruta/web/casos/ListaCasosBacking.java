package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.FiltroCasos;
import co.gov.cartagena.ruta.casos.PoliticaAcceso;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.Seguimiento;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.personas.BusquedaPorNombre;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
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
 * {@code casos/lista.xhtml}: mis casos o los de mi sede (la coordinación empieza en los de su sede), con filtros. La tabla pide a la base de datos solo la
 * página que muestra.
 */
@Named
@ViewScoped
public class ListaCasosBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServicioCasos servicio;

    @Inject
    UsuarioActual usuarioActual;

    private boolean soloMios = true;
    private Ruta ruta;
    private String estado;
    private String gestor;
    private LocalDate desde;
    private LocalDate hasta;
    private boolean vencidos;
    private String texto;

    /** Guarda la página en curso (entidades): no viaja con la sesión; tras restaurarse la vista se crea otro. */
    private transient LazyDataModel<Caso> modelo;

    private LazyDataModel<Caso> nuevoModelo() {
        return new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filtros) {
                // Un texto que no se puede buscar ya lo dijo filtrar(), junto al campo: la tabla queda vacía.
                return textoBuscable() ? (int) Math.min(Integer.MAX_VALUE, servicio.contar(filtro())) : 0;
            }

            @Override
            public List<Caso> load(int primero, int tamano, Map<String, SortMeta> orden, Map<String, FilterMeta> filtros) {
                return textoBuscable() ? servicio.buscar(filtro(), primero, tamano) : List.of();
            }

            @Override
            public String getRowKey(Caso caso) {
                return String.valueOf(caso.getId());
            }
        };
    }

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
        return new FiltroCasos(soloMios, null, ruta, estado, gestor, desde, hasta, vencidos, false, texto);
    }

    private boolean textoBuscable() {
        BusquedaPorNombre nombre = filtro().textoComoNombre();
        return nombre == null || nombre.posible();
    }

    /** Las fechas ya llegan convertidas (o con su error junto al campo) por {@code r:campo tipo="fecha"}. */
    public void filtrar() {
        // la tabla vuelve a pedir su página con los filtros nuevos; un texto que no se puede buscar lo dice aquí
        if (!textoBuscable()) {
            Mensajes.enCampo("filtros:texto", BusquedaPorNombre.SIN_PALABRAS.en(Mensajes.idioma()));
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

    /**
     * Las opciones del filtro de estado: los estados de las rutas que el usuario ve (o de la elegida), por su texto y
     * sin repetir; el valor es el código, que es lo que guarda el caso.
     */
    public List<SelectItem> getEstados() {
        List<Ruta> rutas = ruta != null ? List.of(ruta) : getRutas();
        Map<String, String> porCodigo = new java.util.HashMap<>();
        for (Ruta r : rutas) {
            for (String e : r.definicion().estados()) {
                porCodigo.putIfAbsent(e, Mensajes.legible(e));
            }
        }
        java.text.Collator orden = java.text.Collator.getInstance(Mensajes.idioma());
        return porCodigo.entrySet().stream().sorted(Map.Entry.comparingByValue(orden))
                .map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    /** Las opciones del filtro de gestor: el personal de las sedes del usuario, por nombre completo. */
    public List<SelectItem> getGestores() {
        return servicio.personalDeMisSedes().stream().map(m -> new SelectItem(m.usuario(), m.nombre())).toList();
    }

    public LazyDataModel<Caso> getModelo() {
        if (modelo == null) {
            modelo = nuevoModelo();
        }
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
