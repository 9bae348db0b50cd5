package co.gov.cartagena.ruta.casos;

/** Clases de dato de los campos propios de una ruta. {@code ENTERO}: número entero (p. ej. un valor en pesos). */
public enum TipoCampo { TEXTO, TEXTO_LARGO, FECHA, SI_NO, OPCION, ENTERO }
