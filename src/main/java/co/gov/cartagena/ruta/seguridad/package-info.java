/**
 * Identidad y acceso: el inicio de sesión OIDC contra Keycloak para las páginas, la verificación de tokens
 * Bearer para la API y el {@link co.gov.cartagena.ruta.seguridad.Usuario} (roles, sedes y equipos) con que
 * cada servicio decide qué puede ver y hacer quien llama; y {@link co.gov.cartagena.ruta.seguridad.Acceso}, la única
 * manera de negarle algo, que deja cada negativa en el rastro.
 */
package co.gov.cartagena.ruta.seguridad;
