package co.gov.cartagena.ruta.seguridad;

/**
 * Dónde deja {@link Acceso} cada negativa. Lo implementa el rastro de auditoría ({@code auditoria/Auditor}), que la
 * escribe en una transacción propia para que quede aunque la operación termine en excepción y se deshaga; la
 * interfaz es de este paquete para que seguridad no dependa de auditoria.
 */
public interface RastroDeDenegaciones {

    /** Un acceso denegado de quien llama sobre {@code entidad}/{@code id}, con lo que intentó ({@code detalle}). */
    void registrarDenegado(String entidad, Object id, String detalle);
}
