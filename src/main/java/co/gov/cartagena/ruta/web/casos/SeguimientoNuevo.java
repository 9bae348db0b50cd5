package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.web.Mensajes;
import java.time.LocalDate;

/** Formulario {@code seguir}: programa un seguimiento con su clave de envío; tras el éxito queda limpio. */
public class SeguimientoNuevo extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private String descripcion;
    private LocalDate vencimiento;
    private String clave = claveNueva();

    SeguimientoNuevo(VerCasoBacking vista) {
        super(vista);
    }

    public void programar() {
        String d = descripcion;
        LocalDate vence = vencimiento;
        String k = clave;
        if (hacer(() -> vista.servicio.programarSeguimiento(vista.id(), d, vence, k).getCaso(),
                Mensajes.texto("caso.seguimiento.programado", "Seguimiento programado."), "seguir")) {
            clave = claveNueva();
            descripcion = null;
            vencimiento = null;
        }
    }

    public String getDescripcion() {
        return descripcion;
    }

    public void setDescripcion(String descripcion) {
        this.descripcion = descripcion;
    }

    public LocalDate getVencimiento() {
        return vencimiento;
    }

    public void setVencimiento(LocalDate vencimiento) {
        this.vencimiento = vencimiento;
    }

    public String getClave() {
        return clave;
    }

    public void setClave(String clave) {
        this.clave = claveRecibida(clave);
    }
}
