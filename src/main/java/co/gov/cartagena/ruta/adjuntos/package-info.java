/**
 * Adjuntos de casos, personas y actividades (soportes, formatos de autorización firmados, evidencias) y notas de los
 * casos: tamaño y tipo verificados por su contenido, guardados aparte de sus datos y entregados solo como descarga,
 * nunca para mostrarse en el navegador.
 */
package co.gov.cartagena.ruta.adjuntos;
