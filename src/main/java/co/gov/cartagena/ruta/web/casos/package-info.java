/**
 * Páginas de casos ({@code app/casos/}): abrir, ver y trabajar un caso, las listas (mis casos, mi sede, vencidos) y el
 * reporte de tiempos de la Comisaría de Familia.
 */
package co.gov.cartagena.ruta.web.casos;
