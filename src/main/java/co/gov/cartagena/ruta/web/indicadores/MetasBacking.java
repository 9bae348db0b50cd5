package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.SeguimientoIndicador;
import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;
import co.gov.cartagena.ruta.indicadores.catalogo.TextosIndicador;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * {@code app/indicadores/metas.xhtml}, solo para administradores: fijar las metas anuales del plan indicativo
 * (2024–2027) de un indicador y corregir sus textos. Cada cambio queda en la auditoría.
 */
@Named("metasIndicadores")
@ViewScoped
public class MetasBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ServicioIndicadores servicio;

    @Inject
    UsuarioActual usuarioActual;

    private List<OpcionIndicador> opciones = List.of();
    private List<FilaMetas> filas = List.of();
    private String codigo;
    private String tipoMeta;
    private List<MetaEditable> metas = List.of();
    private String nombre;
    private String lineaBaseTexto;
    private String metaTexto;
    private String unidad;
    private String regla;

    /** Al abrir la página (f:viewAction): 403 si no es administrador; si trae {@code ?codigo=}, lo abre. */
    public void cargar() {
        if (!usuarioActual.get().map(u -> u.tiene(Rol.ADMINISTRADOR)).orElse(false)) {
            Pagina.prohibir();
            return;
        }
        try {
            recargar();
            String pedido = Pagina.parametro("codigo");
            if (pedido != null && opciones.stream().anyMatch(o -> o.getCodigo().equals(pedido))) {
                codigo = pedido;
                elegir();
            }
        } catch (OperacionNoPermitida e) {
            Pagina.prohibir();
        }
    }

    private void recargar() {
        Locale idioma = Pagina.idioma();
        List<SeguimientoIndicador> todos = servicio.tablero(null, null);
        opciones = todos.stream().map(s -> new OpcionIndicador(s.indicador(), idioma)).toList();
        filas = todos.stream().map(s -> new FilaMetas(s, idioma)).toList();
    }

    /** Carga en el formulario las metas y los textos del indicador elegido. */
    public void elegir() {
        if (codigo == null || codigo.isBlank()) {
            metas = List.of();
            return;
        }
        SeguimientoIndicador s = servicio.seguimiento(codigo, null, null);
        Indicador i = s.indicador();
        tipoMeta = i.getTipoMeta().codigo();
        SortedMap<Integer, BigDecimal> actuales = s.programacion().getMetasAnuales();
        List<MetaEditable> editables = new ArrayList<>();
        Cuatrienio.anios().forEach(a -> editables.add(new MetaEditable(a, actuales.get(a))));
        metas = editables;
        nombre = i.getNombre();
        lineaBaseTexto = i.getLineaBaseTexto();
        metaTexto = i.getMetaTexto();
        unidad = i.getUnidad();
        regla = i.getRegla();
    }

    public void guardar() {
        Map<Integer, BigDecimal> valores = new TreeMap<>();
        metas.forEach(m -> valores.put(m.getAnio(), m.getValor()));
        try {
            servicio.actualizarPlan(codigo, valores, new TextosIndicador(nombre, lineaBaseTexto, metaTexto, unidad,
                    regla));
            Pagina.informar("indicadores.metas.guardado");
            recargar();
            elegir();
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public boolean isElegido() {
        return codigo != null && !codigo.isBlank() && !metas.isEmpty();
    }

    public List<OpcionIndicador> getOpciones() {
        return opciones;
    }

    public List<FilaMetas> getFilas() {
        return filas;
    }

    public List<Integer> getAnios() {
        return Cuatrienio.anios().boxed().toList();
    }

    public String getCodigo() {
        return codigo;
    }

    public void setCodigo(String codigo) {
        this.codigo = codigo;
    }

    public String getTipoMeta() {
        return tipoMeta;
    }

    /** Clave de la explicación de qué es la meta anual para el tipo de meta elegido. */
    public String getClaveAyuda() {
        return "indicadores.metas.ayuda." + tipoMeta;
    }

    public List<MetaEditable> getMetas() {
        return metas;
    }

    public String getNombre() {
        return nombre;
    }

    public void setNombre(String nombre) {
        this.nombre = nombre;
    }

    public String getLineaBaseTexto() {
        return lineaBaseTexto;
    }

    public void setLineaBaseTexto(String lineaBaseTexto) {
        this.lineaBaseTexto = lineaBaseTexto;
    }

    public String getMetaTexto() {
        return metaTexto;
    }

    public void setMetaTexto(String metaTexto) {
        this.metaTexto = metaTexto;
    }

    public String getUnidad() {
        return unidad;
    }

    public void setUnidad(String unidad) {
        this.unidad = unidad;
    }

    public String getRegla() {
        return regla;
    }

    public void setRegla(String regla) {
        this.regla = regla;
    }
}
