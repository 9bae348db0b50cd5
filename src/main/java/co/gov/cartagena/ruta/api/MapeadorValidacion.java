package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Toda violación de Bean Validation en la API (las restricciones de los records {@link Peticion}) sale con el mismo
 * contrato de error que las demás: 400, {@code dato_invalido}, el campo y un mensaje en español (los textos de las
 * restricciones están en {@code ValidationMessages.properties}). Si hay varias, se responde la del primer campo en
 * orden alfabético, para que la respuesta no cambie entre dos envíos iguales. Un cuerpo que no llegó (el parámetro
 * entero es nulo) responde como {@link Entrada}: campo {@code cuerpo}.
 */
@Provider
public class MapeadorValidacion implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException error) {
        ReglaIncumplida regla = error.getConstraintViolations().stream()
                .sorted(Comparator.comparing((ConstraintViolation<?> v) -> campo(v)).thenComparing(
                        ConstraintViolation::getMessage))
                .findFirst().map(MapeadorValidacion::regla)
                .orElseGet(() -> new ReglaIncumplida("cuerpo", Texto.de("api.peticionNecesitaCuerpoJson")));
        return ErrorApi.respuesta(Response.Status.BAD_REQUEST, "dato_invalido", regla.getMessage(), regla.campo());
    }

    private static ReglaIncumplida regla(ConstraintViolation<?> violacion) {
        String campo = campo(violacion);
        if (campo == null) {
            return new ReglaIncumplida("cuerpo", Texto.de("api.peticionNecesitaCuerpoJson"));
        }
        return new ReglaIncumplida(campo, Texto.de("api.campoNoCumple", campo, violacion.getMessage()));
    }

    /** El campo del cuerpo que violó la restricción, o null si es el cuerpo entero (o un parámetro del método). */
    private static String campo(ConstraintViolation<?> violacion) {
        String campo = null;
        for (Path.Node nodo : violacion.getPropertyPath()) {
            campo = nodo.getKind() == ElementKind.PROPERTY ? nodo.getName() : null;
        }
        return campo;
    }
}
