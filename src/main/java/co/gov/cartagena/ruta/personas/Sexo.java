package co.gov.cartagena.ruta.personas;

/** Sexo registrado al nacer. */
public enum Sexo { MUJER, HOMBRE, INTERSEXUAL }
