package co.gov.cartagena.ruta.auditoria;

/** Acciones que deja el rastro de auditoría. */
public enum Accion {
    VER, CREAR, CAMBIAR, ANULAR, EXPORTAR, DESCARGAR, INGRESO, SALIDA, ACCESO_DENEGADO, PURGAR
}
