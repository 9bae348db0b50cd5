package co.gov.cartagena.ruta.indicadores.informes;

import co.gov.cartagena.ruta.indicadores.seguimiento.ServicioIndicadores;

/**
 * Qué lleva una exportación de indicadores, y por tanto qué permiso exige además del rol que ve el tablero
 * ({@link ServicioIndicadores#VEN_TABLERO}). Hoy solo hay cifras agregadas. Una exportación futura que lleve datos
 * personales (por ejemplo, el listado de las personas detrás de una cifra) se declara aquí con
 * {@code datosPersonales = true} y {@link InformeDeAvance} le exige entonces
 * {@link co.gov.cartagena.ruta.casos.PoliticaAcceso#puedeExportarDatosPersonales}: así nadie la agrega sin esa
 * comprobación.
 */
public enum ContenidoExportado {

    /** El informe de avance: una fila de cifras por indicador, sin datos personales. */
    CIFRAS_AGREGADAS(false);

    private final boolean datosPersonales;

    ContenidoExportado(boolean datosPersonales) {
        this.datosPersonales = datosPersonales;
    }

    /** Si lleva nombres, documentos, contactos, relatos o cualquier dato que identifique a una persona. */
    public boolean llevaDatosPersonales() {
        return datosPersonales;
    }
}
