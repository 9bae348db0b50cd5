package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.personas.DatosPersona;
import java.time.LocalDate;

/**
 * La persona de una fila: sus datos mínimos, los completos que trae el archivo y la autorización de la Ley 1581
 * declarada (personales, sensibles, fecha y soporte). Qué se guarda de ella lo decide {@link PersonaDeLaFila}.
 */
record PersonaInterpretada(DatosPersona minimos, DatosPersona completos, boolean autorizaPersonales,
        boolean autorizaSensibles, LocalDate fechaAutorizacion, String soporteAutorizacion) {

    boolean autoriza() {
        return autorizaPersonales || autorizaSensibles;
    }
}
