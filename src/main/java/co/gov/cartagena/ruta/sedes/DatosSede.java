package co.gov.cartagena.ruta.sedes;

/**
 * Lo que se escribe al crear una sede. {@code codigoPadre} es la Casa de Justicia de un Centro de Conciliación;
 * para los demás tipos va vacío.
 */
public record DatosSede(String codigo, String nombre, TipoSede tipo, String localidad, String direccion,
        String codigoPadre) {
}
