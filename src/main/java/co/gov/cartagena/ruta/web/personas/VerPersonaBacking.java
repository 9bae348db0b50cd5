package co.gov.cartagena.ruta.web.personas;

import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.personas.AlcanceConsentimiento;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** {@code personas/ver.xhtml?id=…}: identidad, datos (si puede verlos), autorizaciones y casos visibles. */
@Named
@ViewScoped
public class VerPersonaBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ServicioPersonas servicio;

    @Inject
    transient ServicioCasos casos;

    private Long id;
    private transient Persona persona;
    private transient List<Caso> casosVisibles = List.of();
    private boolean datosVisibles;
    private AlcanceConsentimiento alcance = AlcanceConsentimiento.DATOS_PERSONALES;
    private String fechaConsentimiento;
    private String soporte;

    public void cargar() {
        try {
            persona = servicio.obtener(id);
            id = persona.getId();
            datosVisibles = servicio.puedeVerDatos(persona);
            casosVisibles = casos.dePersona(persona);
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public void consentir() {
        try {
            var fecha = Fechas.leer(fechaConsentimiento);
            if (fecha.isEmpty()) {
                Mensajes.error("Fecha de la autorización: escriba la fecha como dd/mm/aaaa.");
                return;
            }
            persona = servicio.otorgarConsentimiento(id, fecha.get(), alcance, soporte);
            Mensajes.info("Autorización registrada.");
            soporte = null;
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public AlcanceConsentimiento[] getAlcances() {
        return AlcanceConsentimiento.values();
    }

    public String legible(String codigo) {
        return Mensajes.legible(codigo);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Persona getPersona() {
        return persona;
    }

    public List<Caso> getCasosVisibles() {
        return casosVisibles;
    }

    public boolean isDatosVisibles() {
        return datosVisibles;
    }

    public AlcanceConsentimiento getAlcance() {
        return alcance;
    }

    public void setAlcance(AlcanceConsentimiento alcance) {
        this.alcance = alcance;
    }

    public String getFechaConsentimiento() {
        return fechaConsentimiento;
    }

    public void setFechaConsentimiento(String fechaConsentimiento) {
        this.fechaConsentimiento = fechaConsentimiento;
    }

    public String getSoporte() {
        return soporte;
    }

    public void setSoporte(String soporte) {
        this.soporte = soporte;
    }
}
