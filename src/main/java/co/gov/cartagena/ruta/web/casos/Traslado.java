package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.PoliticaAcceso;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import java.util.List;

/**
 * Formulario {@code trasladar}: traslada el caso (y, si se eligió, lo asigna en la sede de destino). Si con el
 * traslado el caso sale de las sedes de quien lo hizo, ya no puede verlo: vuelve a la lista de casos con el mensaje.
 */
public class Traslado extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private String sede;
    private String gestor;
    /** Se lee una vez por vista (pregunta a Keycloak) y tras cada traslado. */
    private transient List<SelectItem> personal;

    Traslado(VerCasoBacking vista) {
        super(vista);
    }

    public String trasladar() {
        String s = sede;
        String g = gestor;
        personal = null;
        if (!hacer(() -> vista.servicio.trasladar(vista.id(), vista.version(), s, g), null, "trasladar")) {
            return null;
        }
        sede = null;
        gestor = null;
        String mensaje = g == null || g.isBlank()
                ? Mensajes.formato("caso.trasladadoA", "Caso {0} trasladado a {1}.", caso().getRadicado(),
                        caso().getSede().getNombre())
                : Mensajes.formato("caso.trasladadoAsignado", "Caso {0} trasladado a {1} y asignado a {2}.",
                        caso().getRadicado(), caso().getSede().getNombre(), vista.getNombreGestor());
        boolean loSigueViendo = vista.usuarioActual.get().map(u -> PoliticaAcceso.puedeVer(u, caso())).orElse(false);
        if (loSigueViendo) {
            Mensajes.infoEn("trasladar", mensaje);
            return null;
        }
        Mensajes.info(mensaje);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/casos/lista?faces-redirect=true";
    }

    /** Las sedes que hoy pueden recibir el caso (en operación y del tipo de su ruta), menos la suya. */
    public List<SelectItem> getSedes() {
        if (caso() == null) {
            return List.of();
        }
        return vista.servicio.sedesParaTrasladar(caso()).stream()
                .map(x -> new SelectItem(x.getCodigo(), x.getNombre())).toList();
    }

    /**
     * Quién puede llevar el caso en cada sede de destino, agrupado por sede (un {@code optgroup} por sede, que los
     * lectores de pantalla anuncian): se elige sin recargar la página y el servicio comprueba que sea de la elegida.
     */
    public List<SelectItem> getPersonal() {
        if (personal == null) {
            personal = caso() == null ? List.of() : vista.servicio.personalParaTrasladar(caso()).entrySet().stream()
                    .map(e -> {
                        var grupo = new SelectItemGroup(e.getKey().getNombre());
                        grupo.setSelectItems(e.getValue().stream().map(m -> new SelectItem(m.usuario(), m.nombre()))
                                .toArray(SelectItem[]::new));
                        return (SelectItem) grupo;
                    }).toList();
        }
        return personal;
    }

    public String getSede() {
        return sede;
    }

    public void setSede(String sede) {
        this.sede = sede;
    }

    public String getGestor() {
        return gestor;
    }

    public void setGestor(String gestor) {
        this.gestor = gestor;
    }
}
