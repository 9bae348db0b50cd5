/** Retención: depuración, pasado el plazo configurado, del contenido personal de los registros anulados. */
package co.gov.cartagena.ruta.retencion;
