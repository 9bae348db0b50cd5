package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.model.SelectItem;
import java.util.List;

/** Formulario {@code cumplir}: da por cumplido un seguimiento pendiente, con su resultado. */
public class CumplimientoDeSeguimiento extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private Long seguimiento;
    private String resultado;

    CumplimientoDeSeguimiento(VerCasoBacking vista) {
        super(vista);
    }

    public void cumplir() {
        Long s = seguimiento;
        String r = resultado;
        if (hacer(() -> vista.servicio.cumplirSeguimiento(vista.id(), s, vista.hoy(), r),
                Mensajes.texto("caso.seguimientoCumplido", "Seguimiento cumplido."), "cumplir")) {
            seguimiento = null;
            resultado = null;
        }
    }

    /** Los seguimientos sin cumplir: descripción y vencimiento. */
    public List<SelectItem> getOpciones() {
        return caso() == null ? List.of() : caso().getSeguimientos().stream().filter(x -> x.getCumplidoEn() == null)
                .map(x -> new SelectItem(x.getId(), x.getDescripcion() + " ("
                        + Fechas.formatear(x.getFechaVencimiento()) + ")")).toList();
    }

    public Long getSeguimiento() {
        return seguimiento;
    }

    public void setSeguimiento(Long seguimiento) {
        this.seguimiento = seguimiento;
    }

    public String getResultado() {
        return resultado;
    }

    public void setResultado(String resultado) {
        this.resultado = resultado;
    }
}
