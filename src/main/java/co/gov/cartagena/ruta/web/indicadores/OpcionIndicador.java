package co.gov.cartagena.ruta.web.indicadores;

import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import java.io.Serializable;

/** Un indicador en una lista de selección: su código y «código — nombre». */
public class OpcionIndicador implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int LARGO = 110;

    private final String codigo;
    private final String etiqueta;

    OpcionIndicador(Indicador indicador) {
        this.codigo = indicador.getCodigoTexto();
        String nombre = indicador.getNombre();
        String corto = nombre.length() > LARGO ? nombre.substring(0, LARGO - 1) + "…" : nombre;
        this.etiqueta = codigo + " — " + corto + " (" + indicador.getFuente().codigo() + ")";
    }

    public String getCodigo() {
        return codigo;
    }

    public String getEtiqueta() {
        return etiqueta;
    }
}
