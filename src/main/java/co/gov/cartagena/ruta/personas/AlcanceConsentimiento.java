package co.gov.cartagena.ruta.personas;

/**
 * Lo que autoriza la persona (Ley 1581 de 2012). Sin {@link #DATOS_PERSONALES} solo se guarda lo mínimo para una
 * atención urgente (documento, nombres, sexo, fecha de nacimiento).
 */
public enum AlcanceConsentimiento {
    /** Contacto, residencia, nacionalidad y demás datos personales. */
    DATOS_PERSONALES,
    /** Datos sensibles: identidad de género, orientación sexual, etnia, discapacidad, condición de víctima. */
    DATOS_SENSIBLES,
    /** Compartir sus datos con otras entidades en una remisión. */
    COMPARTIR_CON_ENTIDADES
}
