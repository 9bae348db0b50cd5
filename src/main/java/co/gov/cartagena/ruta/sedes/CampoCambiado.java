package co.gov.cartagena.ruta.sedes;

/** Un dato de la sede que una corrección cambió, con su valor de antes y el de después (para la auditoría). */
public record CampoCambiado(String campo, String antes, String despues) {
}
