package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.web.Mensajes;
import java.time.LocalDate;

/** Formulario {@code cerrar}: cierra el caso (fecha y motivo) o, si está cerrado, lo reabre (motivo). */
public class Cierre extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private LocalDate fecha;
    private String motivo;

    Cierre(VerCasoBacking vista) {
        super(vista);
    }

    public void cerrar() {
        LocalDate f = fecha;
        String m = motivo;
        if (hacer(() -> vista.servicio.cerrar(vista.id(), vista.version(), f, m),
                Mensajes.texto("caso.cerrado", "Caso cerrado."), "cerrar")) {
            motivo = null;
        }
    }

    public void reabrir() {
        String m = motivo;
        if (hacer(() -> vista.servicio.reabrir(vista.id(), vista.version(), m),
                Mensajes.texto("caso.reabierto", "Caso reabierto."), "cerrar")) {
            motivo = null;
        }
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public void setFecha(LocalDate fecha) {
        this.fecha = fecha;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }
}
