package co.gov.cartagena.ruta.casos;

/** Clases de dato de los campos propios de una ruta. */
public enum TipoCampo { TEXTO, TEXTO_LARGO, FECHA, SI_NO, OPCION }
