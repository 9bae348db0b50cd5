package co.gov.cartagena.ruta.actividades;

import java.time.LocalDate;

/**
 * Lo que se escribe de una actividad al registrarla o editarla: el código del tipo, la fecha, el lugar, la localidad
 * (opcional), el código de la sede responsable, el número de participantes, el objeto (si el tipo lo lleva) y una
 * descripción.
 */
public record DatosActividad(String tipo, LocalDate fecha, String lugar, String localidad, String sede,
        Integer participantes, String objeto, String descripcion) {
}
