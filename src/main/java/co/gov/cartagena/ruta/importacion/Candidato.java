package co.gov.cartagena.ruta.importacion;

import java.io.Serializable;
import java.time.LocalDate;

/** Una persona ya registrada que se parece a la de la fila (mismos nombres y fecha de nacimiento, otro documento). */
public record Candidato(Long id, String nombre, String documento, LocalDate fechaNacimiento) implements Serializable {
}
