package co.gov.cartagena.ruta.persistencia;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marca un servicio (o un método) cuya transacción es una unidad de trabajo completa: si choca con otra transacción
 * (bloqueo mutuo, espera de bloqueo agotada) se repite entera, unas pocas veces; si la base no responde, sale
 * {@link co.gov.cartagena.ruta.comun.ServicioNoDisponible}. Ver {@link ReintentoDeUnidadDeTrabajo}.
 */
@Inherited
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface UnidadDeTrabajo {
}
