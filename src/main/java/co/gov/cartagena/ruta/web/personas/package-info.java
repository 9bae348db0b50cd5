/** Páginas de personas ({@code app/personas/}): buscar antes de registrar, registrar y ver (con sus autorizaciones y casos visibles). */
package co.gov.cartagena.ruta.web.personas;
