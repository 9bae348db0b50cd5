package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.ws.rs.core.Response;

/**
 * Un cuerpo que no se deja leer (demasiado grande, JSON mal formado, anidado de más o que no es un objeto): nada
 * cambió. {@link MapeadorErrores} lo responde con su estado y su código, con el mismo cuerpo de error que el resto.
 */
class PeticionRechazada extends ReglaIncumplida {

    private final Response.Status estado;
    private final String codigo;

    PeticionRechazada(Response.Status estado, String codigo, String campo, Texto mensaje) {
        super(campo, mensaje);
        this.estado = estado;
        this.codigo = codigo;
    }

    Response.Status estado() {
        return estado;
    }

    Response respuesta() {
        return ErrorApi.respuesta(estado, codigo, getMessage(), campo());
    }
}
