/** Los casos de uso de los indicadores (metas, textos, reportes y su aprobación, medición a una fecha de corte y desgloses), las fuentes de cada valor y el repositorio que guarda sus consultas. */
package co.gov.cartagena.ruta.indicadores.seguimiento;
