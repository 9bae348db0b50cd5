/** Registro de personas atendidas: documento, datos personales y sensibles, autorización de tratamiento (Ley 1581) y fusión de duplicados. */
package co.gov.cartagena.ruta.personas;
