package co.gov.cartagena.ruta.indicadores.informes;

/**
 * Un informe ya escrito, listo para descargar.
 *
 * @param nombre        el nombre del archivo, p. ej. {@code informe-avance-2026-corte-2026-11-24.xlsx}
 * @param tipoContenido su {@code Content-Type}
 * @param contenido     los bytes
 */
public record ArchivoInforme(String nombre, String tipoContenido, byte[] contenido) {
}
