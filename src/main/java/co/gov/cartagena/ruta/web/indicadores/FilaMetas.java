package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.indicadores.catalogo.Cuatrienio;
import co.gov.cartagena.ruta.indicadores.seguimiento.SeguimientoIndicador;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** Un indicador en la lista de metas: su meta del plan y las cuatro metas anuales (vacías si no se han fijado). */
public class FilaMetas implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String codigo;
    private final String nombre;
    private final String tipoMeta;
    private final String meta;
    private final List<String> anuales;

    FilaMetas(SeguimientoIndicador s, Locale idioma) {
        this.codigo = s.indicador().getCodigoTexto();
        this.nombre = s.indicador().getNombre();
        this.tipoMeta = Pagina.tipoMeta(s.indicador().getTipoMeta(), idioma);
        this.meta = Pagina.numero(s.indicador().getMeta(), idioma);
        this.anuales = Cuatrienio.anios().mapToObj(a -> s.programacion().getMetasAnuales().get(a))
                .map(v -> v == null ? "" : Pagina.numero(v, idioma)).toList();
    }

    public String getCodigo() {
        return codigo;
    }

    public String getNombre() {
        return nombre;
    }

    public String getTipoMeta() {
        return tipoMeta;
    }

    public String getMeta() {
        return meta;
    }

    /** Las metas 2024, 2025, 2026 y 2027 escritas («» si no está). */
    public List<String> getAnuales() {
        return anuales;
    }
}
