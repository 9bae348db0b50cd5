/** Claves de configuración de Ruta (MicroProfile Config): el único registro de lo que Ruta lee del entorno. */
package co.gov.cartagena.ruta.configuracion;
