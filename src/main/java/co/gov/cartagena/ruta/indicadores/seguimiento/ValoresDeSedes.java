package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.indicadores.avance.Valor;
import co.gov.cartagena.ruta.indicadores.catalogo.FuenteIndicador;
import co.gov.cartagena.ruta.indicadores.catalogo.Indicador;
import co.gov.cartagena.ruta.sedes.CambioEnSede;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.TipoSede;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Reception;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Valores de los indicadores de fuente {@code sedes}: cuántas sedes de cada tipo estaban en operación (o dotadas)
 * a la fecha de corte, según la historia del registro de sedes. Un cambio posterior no mueve la cifra de una
 * fecha pasada. La regla de cada código es la columna {@code regla} de indicadores.csv.
 *
 * <p>Vive lo que dura la petición: los siete indicadores de un corte salen de tres consultas (las sedes en operación
 * por tipo, los Centros de Conciliación adscritos y las Inspecciones dotadas), hechas una vez por fecha de corte.
 */
@RequestScoped
public class ValoresDeSedes implements FuenteDeValores {

    private static final Map<String, TipoSede> EN_OPERACION = Map.of(
            "PZ.JUS.1", TipoSede.COMISARIA_DE_FAMILIA,
            "PZ.JUS.2", TipoSede.COMISARIA_DE_FAMILIA_MOVIL,
            "PZ.JUS.5", TipoSede.CASA_DE_JUSTICIA,
            "PZ.CON.1", TipoSede.CENTRO_DE_TRASLADO_POR_PROTECCION,
            "PZ.DDH.4", TipoSede.CASA_DE_ACOGIDA);
    private static final String CENTROS_DE_CONCILIACION = "PZ.JUS.6";
    private static final String INSPECCIONES_DOTADAS = "PZ.JUS.7";

    @Inject
    RepositorioSedes sedes;

    private final Map<LocalDate, Map<String, Long>> porCorte = new HashMap<>();

    @Override
    public boolean atiende(FuenteIndicador fuente) {
        return fuente == FuenteIndicador.SEDES;
    }

    /** El estado «a la fecha» no se suma por año: con o sin año, es el conteo a la fecha de corte. */
    @Override
    public Optional<Valor> valor(Indicador indicador, Integer anio, LocalDate corte, Long sede) {
        String codigo = indicador.getCodigoTexto();
        if (sede != null || !(EN_OPERACION.containsKey(codigo) || CENTROS_DE_CONCILIACION.equals(codigo)
                || INSPECCIONES_DOTADAS.equals(codigo))) {
            return Optional.empty();
        }
        long cifra = porCorte.computeIfAbsent(corte, this::cifras).get(codigo);
        return Optional.of(Valor.de(BigDecimal.valueOf(cifra), corte, "Ruta: registro de sedes"));
    }

    /** Un cambio en el registro de sedes durante la petición: lo contado antes ya no vale. */
    void olvidar(@Observes(notifyObserver = Reception.IF_EXISTS) CambioEnSede cambio) {
        porCorte.clear();
    }

    private Map<String, Long> cifras(LocalDate corte) {
        Map<TipoSede, Long> enOperacion = sedes.contarEnOperacionPorTipo(corte);
        Map<String, Long> cifras = new HashMap<>();
        EN_OPERACION.forEach((codigo, tipo) -> cifras.put(codigo, enOperacion.get(tipo)));
        cifras.put(CENTROS_DE_CONCILIACION, sedes.contarCentrosDeConciliacionEnOperacion(corte));
        cifras.put(INSPECCIONES_DOTADAS, sedes.contarInspeccionesDotadas(corte));
        return cifras;
    }
}
