package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.model.SelectItem;
import java.util.List;

/** Formulario {@code coordinar}: la coordinación asigna el caso a alguien del personal de su sede. */
public class Asignacion extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private String gestor;

    Asignacion(VerCasoBacking vista) {
        super(vista);
    }

    public void asignar() {
        String g = gestor;
        if (hacer(() -> vista.servicio.asignar(vista.id(), vista.version(), g), null, "coordinar")) {
            Mensajes.infoEn("coordinar", Mensajes.texto("caso.asignado", "Caso asignado a ") + vista.getNombreGestor() + ".");
            gestor = null;
        }
    }

    /** A quién se puede asignar el caso: el personal real de su sede (Keycloak), por nombre completo. */
    public List<SelectItem> getPersonal() {
        if (caso() == null) {
            return List.of();
        }
        return vista.servicio.personalParaAsignar(caso()).orElse(List.of()).stream()
                .map(m -> new SelectItem(m.usuario(), m.nombre())).toList();
    }

    /** Si no se pudo leer el personal de la sede (Keycloak no respondió): la página lo dice. */
    public boolean isSinPersonal() {
        return caso() != null && vista.servicio.personalParaAsignar(caso()).isEmpty();
    }

    public String getGestor() {
        return gestor;
    }

    public void setGestor(String gestor) {
        this.gestor = gestor;
    }
}
