/** Página de retención de anulados para administradores ({@code app/retencion/}). */
package co.gov.cartagena.ruta.web.retencion;
