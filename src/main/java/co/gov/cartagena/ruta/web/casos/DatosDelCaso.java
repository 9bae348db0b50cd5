package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.web.Mensajes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Formulario {@code datos-caso}: la narrativa y los campos propios de la ruta (los sensibles, solo a quien los ve). */
public class DatosDelCaso extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private String narrativa;
    private List<CampoEditable> campos = new ArrayList<>();
    private List<String> reservados = new ArrayList<>();

    DatosDelCaso(VerCasoBacking vista) {
        super(vista);
    }

    /** Lo que el caso tiene guardado, para quien lo mira ({@code sensibles}: si ve la narrativa y los sensibles). */
    void mostrar(Caso c, boolean sensibles) {
        narrativa = sensibles ? c.getNarrativa() : null;
        campos = new ArrayList<>();
        reservados = new ArrayList<>();
        Map<String, String> datos = c.datos();
        for (Campo campo : c.getRuta().definicion().campos()) {
            if (sensibles || !campo.sensible()) {
                campos.add(new CampoEditable(c.getRuta(), campo, datos.get(campo.nombre())));
            } else {
                reservados.add(campo.etiqueta());
            }
        }
    }

    public void guardar() {
        // lo obligatorio y las fechas ya los revisó Faces (fragmentos/campos.xhtml); quedan los errores del dominio
        CampoEditable.limpiar(campos);
        vista.cambioEstado.limpiarErrores();
        String texto = vista.isSensibles() ? narrativa : null;
        Map<String, String> datos = CampoEditable.aDatos(campos, new LinkedHashMap<>());
        vista.hacer(() -> vista.servicio.actualizar(vista.id(), vista.version(), texto, datos),
                Mensajes.texto("caso.cambiosGuardados", "Cambios guardados."), "datos-caso", campos);
    }

    void limpiarErrores() {
        CampoEditable.limpiar(campos);
    }

    public String getNarrativa() {
        return narrativa;
    }

    public void setNarrativa(String narrativa) {
        this.narrativa = narrativa;
    }

    public List<CampoEditable> getCampos() {
        return campos;
    }

    /** Etiquetas de los campos sensibles que no se le muestran. */
    public List<String> getReservados() {
        return reservados;
    }
}
