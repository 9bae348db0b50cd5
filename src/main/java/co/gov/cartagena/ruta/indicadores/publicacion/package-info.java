/**
 * Rendición de cuentas (issue 17): un supervisor publica un corte cerrado y sus cifras congeladas quedan a la vista de
 * cualquiera —página pública, CSV y JSON de datos abiertos— sin entrar a Ruta; puede retirarlo. Lo publicado es un
 * documento congelado al publicar ({@link DocumentoPublico}), armado solo con lo que el corte congeló y protegido
 * ({@link Proteccion}): ninguna celda de una desagregación con menos de 5 personas.
 */
package co.gov.cartagena.ruta.indicadores.publicacion;
