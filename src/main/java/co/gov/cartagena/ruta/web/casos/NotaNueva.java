package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.adjuntos.Nota;
import co.gov.cartagena.ruta.web.Mensajes;
import java.util.List;

/** Formulario {@code anotar}: agrega una nota al caso; también da las notas que ya tiene. */
public class NotaNueva extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    private String texto;
    /** Se leen una vez por vista (Faces llama los getters varias veces por página) y tras cada cambio. */
    private transient List<Nota> lista;

    NotaNueva(VerCasoBacking vista) {
        super(vista);
    }

    public void anotar() {
        try {
            vista.adjuntos.anotar(vista.id(), texto);
            lista = null;
            texto = null;
            Mensajes.infoEn("anotar", Mensajes.texto("caso.notaAgregada", "Nota agregada."));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e, "anotar")) {
                throw e;
            }
        }
    }

    /** Tras mostrar el caso otra vez, las notas se vuelven a leer. */
    void olvidar() {
        lista = null;
    }

    public List<Nota> getLista() {
        if (lista == null) {
            lista = caso() == null ? List.of() : vista.adjuntos.notas(vista.id());
        }
        return lista;
    }

    public String getTexto() {
        return texto;
    }

    public void setTexto(String texto) {
        this.texto = texto;
    }
}
