package co.gov.cartagena.ruta.personas;

import java.util.List;

/**
 * Evento CDI: cambiaron datos de personas que pueden decidir si sus casos cuentan (sexo, fecha de nacimiento,
 * condición de víctima) o se fusionaron dos personas. Lo escuchan, en la misma transacción, quienes mantienen cifras
 * derivadas.
 */
public record CambioEnPersona(List<Long> personas) {
}
