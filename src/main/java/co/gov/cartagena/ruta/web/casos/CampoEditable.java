package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Un campo de la ruta en un formulario: su valor como texto (fechas dd/MM/yyyy) y su conversión al guardar. */
public class CampoEditable implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String nombre;
    private final String etiqueta;
    private final String ayuda;
    private final String tipo;
    private final boolean obligatorio;
    private final List<String> opciones;
    private String valor;
    private String error;

    public CampoEditable(Ruta ruta, Campo c, String valorGuardado) {
        this.nombre = c.nombre();
        this.etiqueta = Mensajes.etiquetaCampo(ruta, c);
        this.ayuda = Mensajes.ayudaCampo(ruta, c);
        this.tipo = c.tipo().name();
        this.obligatorio = c.obligatorio();
        this.opciones = c.opciones();
        this.valor = valorGuardado == null ? null
                : "FECHA".equals(tipo) ? Fechas.formatear(LocalDate.parse(valorGuardado))
                : "ENTERO".equals(tipo) ? conPuntosDeMiles(valorGuardado) : valorGuardado;
    }

    /** 2500000 → «2.500.000», como se escriben los pesos en Colombia (el dominio lo lee de vuelta igual). */
    static String conPuntosDeMiles(String entero) {
        try {
            return String.format(java.util.Locale.ROOT, "%,d", Long.parseLong(entero)).replace(',', '.');
        } catch (NumberFormatException e) {
            return entero;
        }
    }

    /** Pasa los valores de los campos al mapa que espera el dominio (fechas ISO). */
    public static Map<String, String> aDatos(List<CampoEditable> campos, Map<String, String> destino) {
        for (CampoEditable c : campos) {
            destino.put(c.nombre, c.valorParaGuardar());
        }
        return destino;
    }

    String valorParaGuardar() {
        if (valor == null || valor.isBlank()) {
            return null;
        }
        if ("FECHA".equals(tipo)) {
            return Fechas.leer(valor).map(LocalDate::toString).orElseThrow(() -> ReglaIncumplida.deLaPagina(nombre,
                    etiqueta + ": " + Fechas.mensaje(valor).orElseThrow()));
        }
        return valor;
    }

    /**
     * Revisa antes de enviar al dominio lo que se puede revisar aquí, en todos los campos a la vez: los obligatorios
     * ({@code todosObligatorios} en un cambio de estado, donde cada campo es un requisito) y el formato de las fechas.
     * Deja el error en cada campo (se muestra junto a él) y devuelve true si todo está bien.
     */
    public static boolean revisar(List<CampoEditable> campos, boolean todosObligatorios) {
        boolean bien = true;
        for (CampoEditable c : campos) {
            c.error = null;
            boolean vacio = c.valor == null || c.valor.isBlank();
            if (vacio && (todosObligatorios || c.obligatorio)) {
                c.error = c.etiqueta + ": " + Mensajes.texto("validacion.obligatorio", "este campo es obligatorio.");
            } else if (!vacio && "FECHA".equals(c.tipo) && Fechas.leer(c.valor).isEmpty()) {
                c.error = c.etiqueta + ": " + Fechas.mensaje(c.valor).orElseThrow();
            }
            bien &= c.error == null;
        }
        return bien;
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

    public String etiquetaOpcion(String opcion) {
        return Mensajes.legible(opcion);
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
