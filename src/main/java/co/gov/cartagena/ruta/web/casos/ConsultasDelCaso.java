package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.casos.PoliticaAcceso;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import java.util.List;

/**
 * Formulario {@code quien-vio}: quién consultó o cambió el caso (coordinadores de la sede); se pide con un botón porque
 * verlo se audita.
 */
public class ConsultasDelCaso extends FormularioDelCaso {

    private static final long serialVersionUID = 1L;

    /** Lo leído con el botón: no se relee solo (leerlo otra vez quedaría en la auditoría), se pide de nuevo. */
    private transient List<RegistroAuditoria> lista;

    ConsultasDelCaso(VerCasoBacking vista) {
        super(vista);
    }

    public void ver() {
        try {
            lista = vista.servicio.quienVio(vista.id());
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    /** Si quien mira coordina la sede del caso (solo a ella se le ofrece). */
    public boolean isPermitidas() {
        return caso() != null && vista.usuarioActual.get().map(u -> PoliticaAcceso.coordina(u, caso())).orElse(false);
    }

    public List<RegistroAuditoria> getLista() {
        return lista;
    }

    public String momento(RegistroAuditoria r) {
        return Fechas.formatear(r.getMomento());
    }
}
