/** API REST {@code /api/v1}: autenticación por token Bearer del realm, autorización por {@link co.gov.cartagena.ruta.api.Permitido} y errores en JSON. */
package co.gov.cartagena.ruta.api;
