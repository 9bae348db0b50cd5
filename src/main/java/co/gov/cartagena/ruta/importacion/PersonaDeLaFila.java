package co.gov.cartagena.ruta.importacion;

import static co.gov.cartagena.ruta.importacion.ColumnasDeRuta.ETNIA;
import static co.gov.cartagena.ruta.importacion.ColumnasDeRuta.LOCALIDAD;
import static co.gov.cartagena.ruta.importacion.ColumnasDeRuta.TELEFONO;
import static co.gov.cartagena.ruta.importacion.ColumnasDeRuta.VICTIMA;

import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.personas.AlcanceConsentimiento;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.RepositorioPersonas;
import co.gov.cartagena.ruta.seguridad.Usuario;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * La persona de una fila en la revisión, igual en una ruta y en actividades: qué datos se guardan según su
 * autorización, la persona en memoria (con las reglas de siempre, sin guardarla) y las registradas que se le parecen.
 */
final class PersonaDeLaFila {

    private PersonaDeLaFila() {
    }

    /**
     * Los datos de la persona que se guardan: los mínimos siempre; los personales y los sensibles solo con su
     * autorización. Lo que se descarta se avisa, columna por columna.
     */
    static DatosPersona aGuardar(PersonaInterpretada d, List<Texto> avisos, Map<String, Columna> columnas) {
        DatosPersona c = d.completos();
        List<String> descartadas = new ArrayList<>();
        boolean personales = d.autorizaPersonales();
        boolean sensibles = d.autorizaSensibles();
        if (!personales && c.telefono() != null) {
            descartadas.add(columnas.get(TELEFONO).encabezado());
        }
        if (!personales && c.localidad() != null) {
            descartadas.add(columnas.get(LOCALIDAD).encabezado());
        }
        if (!sensibles && c.etnia() != null) {
            descartadas.add(columnas.get(ETNIA).encabezado());
        }
        if (!sensibles && c.victimaConflicto()) {
            descartadas.add(columnas.get(VICTIMA).encabezado());
        }
        if (!descartadas.isEmpty()) {
            avisos.add(Texto.de("importacion.datosDescartados", String.join(", ", descartadas)));
        }
        return new DatosPersona(c.tipoDocumento(), c.numeroDocumento(), c.nombres(), c.apellidos(),
                c.fechaNacimiento(), c.sexo(), null, null, sensibles ? c.etnia() : null, null, null, null,
                sensibles && c.victimaConflicto(), false, personales ? c.telefono() : null, null, null,
                personales ? c.localidad() : null, null);
    }

    /** La persona nueva en memoria (nunca se guarda aquí), con las mismas reglas que al registrarla a mano. */
    static Persona enMemoria(PersonaInterpretada d, DatosPersona aGuardar, Usuario u, LocalDate hoy) {
        Persona p = new Persona(d.minimos(), null, u.getUsuario(), hoy);
        if (d.autorizaPersonales()) {
            p.otorgarConsentimiento(d.fechaAutorizacion(), AlcanceConsentimiento.DATOS_PERSONALES,
                    d.soporteAutorizacion(), u.getUsuario(), hoy);
        }
        if (d.autorizaSensibles()) {
            p.otorgarConsentimiento(d.fechaAutorizacion(), AlcanceConsentimiento.DATOS_SENSIBLES,
                    d.soporteAutorizacion(), u.getUsuario(), hoy);
        }
        if (d.autoriza()) {
            p.actualizar(aGuardar, u.getUsuario(), hoy);
        }
        return p;
    }

    /** Personas registradas con los mismos nombres y la misma fecha de nacimiento (y, por tanto, otro documento). */
    static List<Candidato> parecidas(RepositorioPersonas personas, PersonaInterpretada d) {
        if (d.minimos().fechaNacimiento() == null) {
            return List.of();
        }
        return personas.porNombre(d.minimos().nombres() + " " + d.minimos().apellidos(), 20).stream()
                .filter(p -> p.getFusionadaEn() == null && d.minimos().fechaNacimiento().equals(p.getFechaNacimiento()))
                .map(p -> new Candidato(p.getId(), p.nombreCompleto(), p.documento(), p.getFechaNacimiento()))
                .toList();
    }
}
