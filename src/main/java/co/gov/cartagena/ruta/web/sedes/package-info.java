/** Páginas del registro de sedes ({@code app/sedes/}): la lista con su estado a una fecha y la edición del administrador. */
package co.gov.cartagena.ruta.web.sedes;
