/** Rastro de auditoría de solo inserción: quién vio, creó, cambió, anuló, exportó o intentó acceder a qué. */
package co.gov.cartagena.ruta.auditoria;
