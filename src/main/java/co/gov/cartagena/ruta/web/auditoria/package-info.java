/** Páginas del rastro de auditoría para auditores ({@code app/auditoria/}). */
package co.gov.cartagena.ruta.web.auditoria;
