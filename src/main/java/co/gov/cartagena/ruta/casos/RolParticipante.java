package co.gov.cartagena.ruta.casos;

/** Papel de una persona en un caso. */
public enum RolParticipante { TITULAR, MIEMBRO_HOGAR, VICTIMA, AGRESOR }
