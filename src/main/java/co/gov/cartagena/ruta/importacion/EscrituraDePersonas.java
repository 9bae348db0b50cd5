package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.personas.AlcanceConsentimiento;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.RepositorioPersonas;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Escribe la persona de una fila dentro de la transacción de quien llama (el tramo de un lote): la registrada con
 * ese documento, la elegida en la revisión o una nueva por {@link ServicioPersonas}, con sus autorizaciones y los
 * datos que ellas cubren, como a mano. La clave de envío hace que repetir el tramo no la duplique.
 */
@ApplicationScoped
public class EscrituraDePersonas {

    @Inject
    RepositorioPersonas personas;

    @Inject
    ServicioPersonas servicioPersonas;

    /** La persona escrita y si la creó esta fila. */
    record Escrita(Persona persona, boolean nueva) {
    }

    Escrita escribir(PersonaInterpretada d, DatosPersona a, Long personaElegida, String claveEnvio) {
        Persona p = personas.porDocumento(a.tipoDocumento(), a.numeroDocumento()).map(Persona::vigente)
                .orElse(null);
        if (p == null && personaElegida != null) {
            p = personas.porId(personaElegida).map(Persona::vigente).orElseThrow(
                    () -> new NoEncontrado(Texto.de("personas.que.persona")));
        }
        if (p != null) {
            return new Escrita(p, false);
        }
        p = servicioPersonas.registrar(DatosPersona.minimos(a.tipoDocumento(), a.numeroDocumento(), a.nombres(),
                a.apellidos(), a.fechaNacimiento(), a.sexo()), claveEnvio);
        if (d.autorizaPersonales()) {
            p = servicioPersonas.otorgarConsentimiento(p.getId(), d.fechaAutorizacion(),
                    AlcanceConsentimiento.DATOS_PERSONALES, d.soporteAutorizacion());
        }
        if (d.autorizaSensibles()) {
            p = servicioPersonas.otorgarConsentimiento(p.getId(), d.fechaAutorizacion(),
                    AlcanceConsentimiento.DATOS_SENSIBLES, d.soporteAutorizacion());
        }
        if (!p.datos().equals(a)) {
            p = servicioPersonas.actualizar(p.getId(), p.getVersion(), a);
        }
        return new Escrita(p, true);
    }
}
