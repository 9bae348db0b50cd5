/** Páginas de casos: abrir, ver y trabajar un caso, y las listas (mis casos, mi sede, vencidos). */
package co.gov.cartagena.ruta.web.casos;
