package co.gov.cartagena.ruta.indicadores;

import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.TipoSede;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Valores de los indicadores de fuente {@code sedes}: cuántas sedes de cada tipo estaban en operación (o dotadas)
 * a la fecha de corte, según la historia del registro de sedes. Un cambio posterior no mueve la cifra de una
 * fecha pasada. La regla de cada código es la columna {@code regla} de indicadores.csv.
 */
@ApplicationScoped
public class ValoresDeSedes implements FuenteDeValores {

    @Inject
    RepositorioSedes sedes;

    private Map<String, Function<LocalDate, Long>> reglas() {
        return Map.of(
                "PZ.JUS.1", corte -> sedes.contarEnOperacion(TipoSede.COMISARIA_DE_FAMILIA, corte),
                "PZ.JUS.2", corte -> sedes.contarEnOperacion(TipoSede.COMISARIA_DE_FAMILIA_MOVIL, corte),
                "PZ.JUS.5", corte -> sedes.contarEnOperacion(TipoSede.CASA_DE_JUSTICIA, corte),
                "PZ.JUS.6", sedes::contarCentrosDeConciliacionEnOperacion,
                "PZ.JUS.7", sedes::contarInspeccionesDotadas,
                "PZ.CON.1", corte -> sedes.contarEnOperacion(TipoSede.CENTRO_DE_TRASLADO_POR_PROTECCION, corte),
                "PZ.DDH.4", corte -> sedes.contarEnOperacion(TipoSede.CASA_DE_ACOGIDA, corte));
    }

    @Override
    public boolean atiende(FuenteIndicador fuente) {
        return fuente == FuenteIndicador.SEDES;
    }

    /** El estado «a la fecha» no se suma por año: con o sin año, es el conteo a la fecha de corte. */
    @Override
    public Optional<Valor> valor(Indicador indicador, Integer anio, LocalDate corte, Long sede) {
        Function<LocalDate, Long> regla = reglas().get(indicador.getCodigoTexto());
        if (regla == null || sede != null) {
            return Optional.empty();
        }
        return Optional.of(Valor.de(BigDecimal.valueOf(regla.apply(corte)), corte, "Ruta: registro de sedes"));
    }
}
