package co.gov.cartagena.ruta.personas;

/** Autorreconocimiento étnico. */
public enum Etnia { INDIGENA, NEGRO_AFROCOLOMBIANO, RAIZAL, PALENQUERO, RROM, NINGUNA }
