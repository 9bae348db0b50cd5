package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.model.SelectItem;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Un campo de la ruta en un formulario ({@code fragmentos/campos.xhtml}): su valor como texto (una fecha, como
 * {@link LocalDate} por el convertidor único), su error del dominio y su conversión al guardar.
 */
public class CampoEditable implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String nombre;
    private final String etiqueta;
    private final String ayuda;
    private final String tipo;
    private final boolean obligatorio;
    private final List<String> opciones;
    private String valor;
    /** El valor de un campo FECHA: lo lee y lo escribe el convertidor único {@code ruta.fecha}. */
    private LocalDate fecha;
    private String error;

    public CampoEditable(Ruta ruta, Campo c, String valorGuardado) {
        this.nombre = c.nombre();
        this.etiqueta = Mensajes.etiquetaCampo(ruta, c);
        this.ayuda = Mensajes.ayudaCampo(ruta, c);
        this.tipo = c.tipo().name();
        this.obligatorio = c.obligatorio();
        this.opciones = c.opciones();
        if ("FECHA".equals(tipo)) {
            this.fecha = valorGuardado == null ? null : LocalDate.parse(valorGuardado);
        } else {
            this.valor = valorGuardado == null ? null
                    : "ENTERO".equals(tipo) ? conPuntosDeMiles(valorGuardado) : valorGuardado;
        }
    }

    /** 2500000 → «2.500.000», como se escriben los pesos en Colombia (el dominio lo lee de vuelta igual). */
    static String conPuntosDeMiles(String entero) {
        try {
            return String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(entero)).replace(',', '.');
        } catch (NumberFormatException e) {
            return entero;
        }
    }

    /** Pasa los valores de los campos al mapa que espera el dominio (fechas ISO, como se guardan). */
    public static Map<String, String> aDatos(List<CampoEditable> campos, Map<String, String> destino) {
        for (CampoEditable c : campos) {
            destino.put(c.nombre, c.valorParaGuardar());
        }
        return destino;
    }

    String valorParaGuardar() {
        if ("FECHA".equals(tipo)) {
            return fecha == null ? null : fecha.toString();
        }
        return valor == null || valor.isBlank() ? null : valor;
    }

    /** Quita los errores que quedaron de un envío anterior. */
    public static void limpiar(List<CampoEditable> campos) {
        campos.forEach(c -> c.error = null);
    }

    /** Si el error del dominio nombra uno de estos campos, lo deja junto a él y devuelve true. */
    public static boolean marcar(List<CampoEditable> campos, RuntimeException e) {
        Throwable t = e;
        while (t != null && !(t instanceof ReglaIncumplida)) {
            t = t.getCause();
        }
        if (t instanceof ReglaIncumplida r && r.campo() != null) {
            for (CampoEditable c : campos) {
                if (c.nombre.equals(r.campo())) {
                    c.error = Mensajes.delDominio(r);
                    return true;
                }
            }
        }
        return false;
    }

    public String getError() {
        return error;
    }

    /** Las opciones de una lista (OPCION) con su nombre, o Sí y No (SI_NO, guardados como true y false). */
    public List<SelectItem> getOpcionesConEtiqueta() {
        if ("SI_NO".equals(tipo)) {
            return List.of(new SelectItem("true", Mensajes.texto("comun.si", "Sí")),
                    new SelectItem("false", Mensajes.texto("comun.no", "No")));
        }
        return opciones == null ? List.of() : opciones.stream().map(o -> new SelectItem(o, Mensajes.legible(o))).toList();
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public void setFecha(LocalDate fecha) {
        this.fecha = fecha;
    }

    public String getNombre() {
        return nombre;
    }

    public String getEtiqueta() {
        return etiqueta;
    }

    public String getAyuda() {
        return ayuda;
    }

    public String getTipo() {
        return tipo;
    }

    public boolean isObligatorio() {
        return obligatorio;
    }

    public List<String> getOpciones() {
        return opciones;
    }

    public String getValor() {
        return valor;
    }

    public void setValor(String valor) {
        this.valor = valor;
    }
}
