package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import jakarta.json.JsonObject;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * El cuerpo JSON de una operación de la API: un record que dice sus campos, con las restricciones de Bean Validation
 * de las columnas que los guardan (migraciones en {@code db/migracion}), y que el documento {@code /openapi} publica
 * como esquema. Cada record tiene un {@code static X de(Entrada e)} que lo lee con {@link Entrada}: tipo, rango y
 * largo de cada campo, con el campo y un mensaje en español. El método del recurso lo recibe con {@code @Valid}: Bean
 * Validation revisa otra vez las restricciones declaradas y {@link MapeadorValidacion} responde cualquier violación
 * con el mismo 400 de {@link ErrorApi}. Las reglas del dominio siguen en los servicios y entidades.
 *
 * <p>Cada record declara su constructor canónico sin anotaciones en los parámetros: si no, Java copia las restricciones
 * del componente a los parámetros del constructor, y el escáner de OpenAPI de Payara toma una restricción en un
 * parámetro por la de un {@code @PathParam} y no arma el documento (NullPointerException en
 * {@code ApplicationProcessor.addSchemaParameter}). En el campo y en el accesor las restricciones siguen.
 */
interface Peticion {

    /** El record {@code tipo} leído de {@code json} (null si el cuerpo vino vacío, que {@link Entrada} rechaza). */
    static Peticion leer(Class<? extends Peticion> tipo, JsonObject json) {
        Method de;
        try {
            de = tipo.getDeclaredMethod("de", Entrada.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(tipo.getName() + " no tiene static de(Entrada)", e);
        }
        if (!Modifier.isStatic(de.getModifiers()) || !tipo.isAssignableFrom(de.getReturnType())) {
            throw new IllegalStateException(tipo.getName() + ".de(Entrada) debe ser static y devolver su record");
        }
        de.setAccessible(true);
        try {
            return tipo.cast(de.invoke(null, new Entrada(json)));
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof ReglaIncumplida r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
