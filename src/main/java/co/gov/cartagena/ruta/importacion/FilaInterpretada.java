package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.personas.DatosPersona;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Una fila ya leída como datos de Ruta: la persona (mínimos y completos), la autorización declarada, el caso (sede,
 * apertura, estados por los que pasa hasta el declarado, narrativa, campos de la ruta), la atención, el estado
 * declarado, la clave del caso (las filas que la comparten son un caso) y el cierre.
 */
record FilaInterpretada(DatosPersona minimos, DatosPersona completos, boolean autorizaPersonales,
        boolean autorizaSensibles, LocalDate fechaAutorizacion, String soporteAutorizacion, String sede,
        LocalDate apertura, List<String> camino, String narrativa, Map<String, String> datos, String tipoAtencion,
        LocalDate fechaAtencion, String estado, String claveCaso, LocalDate fechaCierre, String motivoCierre) {

    boolean autoriza() {
        return autorizaPersonales || autorizaSensibles;
    }

    PersonaInterpretada persona() {
        return new PersonaInterpretada(minimos, completos, autorizaPersonales, autorizaSensibles, fechaAutorizacion,
                soporteAutorizacion);
    }
}
