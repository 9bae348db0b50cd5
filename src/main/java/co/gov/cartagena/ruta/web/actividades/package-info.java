/** Páginas de actividades colectivas ({@code app/actividades/}): lista con filtros, registro y edición, tipos. */
package co.gov.cartagena.ruta.web.actividades;
