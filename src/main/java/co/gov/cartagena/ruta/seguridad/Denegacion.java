package co.gov.cartagena.ruta.seguridad;

import co.gov.cartagena.ruta.comun.ErrorDelDominio;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.Texto;
import java.util.Objects;

/**
 * Una negativa de {@link Acceso}: qué queda en el rastro (sobre qué registro, {@code entidad} e {@code id}, y qué se
 * intentó, {@code detalle}, en español) y qué recibe quien llama. Dos clases, según lo que puede saber:
 * <ul>
 * <li>{@link #operacion}: ve el registro (o el área) pero su rol o sus sedes no le dejan hacer eso;
 * recibe {@link OperacionNoPermitida} con {@code mensaje} (403 en la API).</li>
 * <li>{@link #comoSiNoExistiera}: el registro existe fuera de su alcance; recibe la misma {@link NoEncontrado}
 * que si no existiera (404), para que nadie averigüe qué existe adivinando identificadores.</li>
 * </ul>
 */
public record Denegacion(String entidad, Object id, String detalle, Texto mensaje, boolean oculta) {

    public Denegacion {
        Objects.requireNonNull(entidad, "entidad");
        Objects.requireNonNull(detalle, "detalle");
        Objects.requireNonNull(mensaje, "mensaje");
    }

    /** Una operación que su rol o sus sedes no permiten: 403 con {@code mensaje}. */
    public static Denegacion operacion(String entidad, Object id, String detalle, Texto mensaje) {
        return new Denegacion(entidad, id, detalle, mensaje, false);
    }

    /** Un registro fuera de su alcance: «No se encontró {@code que}», igual que si no existiera. */
    public static Denegacion comoSiNoExistiera(String entidad, Object id, String detalle, Texto que) {
        return new Denegacion(entidad, id, detalle, que, true);
    }

    /** La excepción que recibe quien llama. */
    ErrorDelDominio excepcion() {
        return oculta ? new NoEncontrado(mensaje) : new OperacionNoPermitida(mensaje);
    }
}
