package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import java.io.Serializable;
import java.util.Locale;

/** Un indicador en una lista de selección: su código y «código — nombre (fuente)», la fuente por su nombre. */
public class OpcionIndicador implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LARGO = 110;

    private final String codigo;
    private final String etiqueta;

    OpcionIndicador(Indicador indicador, Locale idioma) {
        this.codigo = indicador.getCodigoTexto();
        String nombre = indicador.getNombre();
        String corto = nombre.length() > LARGO ? nombre.substring(0, LARGO - 1) + "…" : nombre;
        this.etiqueta = codigo + " — " + corto + " (" + Pagina.fuente(indicador.getFuente(), idioma) + ")";
    }

    public String getCodigo() {
        return codigo;
    }

    public String getEtiqueta() {
        return etiqueta;
    }
}
