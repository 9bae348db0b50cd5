package co.gov.cartagena.ruta.importacion;

import java.io.Serializable;
/** Un error de una fila: su número, el encabezado de la columna culpable (vacío si es de la fila entera) y el motivo. */
public record ErrorDeFila(int fila, String columna, String mensaje) implements Serializable {
}
