package co.gov.cartagena.ruta.indicadores.generador;

import java.nio.file.Path;

/**
 * Lo que el benchmark dejó en marcha para otra medición sobre la misma base: Ruta en Payara Micro, Keycloak con las
 * cuentas de demostración y el MariaDB generado (con la cuenta dueña del esquema, para leer una muestra de casos).
 *
 * @param carpeta {@code target/benchmark}, donde se escriben los resultados
 * @param urlRuta la raíz de Ruta, sin barra final ({@code http://localhost:8360})
 * @param puertoKeycloak el puerto de Keycloak; los tokens se piden en {@code localhost}
 * @param urlJdbc la base generada
 * @param datos una línea que describe la base (semilla, casos, atenciones, si se reusó)
 */
public record ServidoresBenchmark(Path carpeta, String urlRuta, int puertoKeycloak, String urlJdbc, String usuarioDb,
        String claveDb, String datos) {
}
