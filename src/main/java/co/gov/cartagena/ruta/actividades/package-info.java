/**
 * Registro de actividades colectivas (jornadas, estrategias, acciones) de las sedes: su tipo (catálogo que amplían
 * los administradores), fecha, lugar, participantes, las personas que asistieron, el objeto que cuentan los
 * indicadores y sus evidencias. Fuente de los indicadores de fuente {@code actividades}.
 */
package co.gov.cartagena.ruta.actividades;
