package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.seguridad.Rol;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Los roles que pueden llamar un recurso o método de la API. Un método sin esta anotación (ni en su clase)
 * no lo puede llamar nadie: la API niega por defecto.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Permitido {
    Rol[] value();
}
