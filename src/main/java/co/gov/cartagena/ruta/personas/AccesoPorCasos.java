package co.gov.cartagena.ruta.personas;

import co.gov.cartagena.ruta.seguridad.Usuario;

/**
 * Lo que el registro de personas pregunta a los casos para decidir quién trabaja con una persona. Las reglas son las
 * de los casos ({@code casos.PoliticaAcceso}), que las implementan: así {@code personas} no depende de {@code casos},
 * que sí depende de {@code personas}.
 */
public interface AccesoPorCasos {

    /** Si el rol del usuario registra y consulta personas (quien trabaja casos). */
    boolean trabajaCasos(Usuario u);

    /** Si el usuario puede fusionar personas duplicadas. */
    boolean puedeFusionar(Usuario u);

    /** Si el usuario ve los datos de la persona más allá de su identidad: ve alguno de sus casos, o no tiene casos. */
    boolean puedeVerDatos(Usuario u, Persona p);

    /** Si el usuario ve los datos sensibles de la persona: ve lo sensible de alguno de sus casos, o no tiene casos. */
    boolean puedeVerSensibles(Usuario u, Persona p);
}
