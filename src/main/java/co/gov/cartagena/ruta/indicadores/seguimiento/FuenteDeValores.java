package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.indicadores.avance.Valor;
import co.gov.cartagena.ruta.indicadores.catalogo.FuenteIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import java.time.LocalDate;
import java.util.Optional;

/**
 * De dónde sale el valor de los indicadores de una o más {@link FuenteIndicador fuentes}. Cada implementación es
 * un bean CDI; {@link FuentesDeValores} elige la que atiende la fuente del indicador. Una fuente sin implementación
 * se muestra como «sin cálculo todavía»: nunca se inventa una cifra.
 *
 * <p>Hoy existe {@link ValoresReportados} (manual y externo). Las fuentes casos, actividades y sedes llegarán con su
 * propia implementación, calculada desde el almacén incremental.
 */
public interface FuenteDeValores {

    /** Si esta implementación da los valores de los indicadores de esa fuente. */
    boolean atiende(FuenteIndicador fuente);

    /**
     * El valor del indicador a la fecha de corte.
     *
     * @param indicador el indicador (de una fuente que {@link #atiende})
     * @param anio      {@code null}: el cuatrienio (desde el 01/01/2024) hasta el corte; un año: solo lo de ese año
     *                  hasta el corte (el llamador ya limitó el corte al 31/12 de ese año)
     * @param corte     fecha de corte, inclusive
     * @param sede      {@code null}: toda la ciudad; si no, solo lo registrado en esa sede (id). Las cifras
     *                  reportadas o del registro de sedes no se desagregan por sede y devuelven vacío.
     * @return vacío si no hay valor (p. ej. ningún reporte aprobado)
     */
    Optional<Valor> valor(Indicador indicador, Integer anio, LocalDate corte, Long sede);
}
