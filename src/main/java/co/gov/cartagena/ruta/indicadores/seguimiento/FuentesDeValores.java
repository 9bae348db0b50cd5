package co.gov.cartagena.ruta.indicadores.seguimiento;

import co.gov.cartagena.ruta.indicadores.catalogo.FuenteIndicador;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Elige, entre los beans {@link FuenteDeValores}, el que da los valores de una fuente. Si ninguno la atiende, el
 * indicador queda «sin cálculo todavía»; si dos la atienden, es un error de despliegue y se dice.
 */
@ApplicationScoped
public class FuentesDeValores {

    @Inject
    @Any
    Instance<FuenteDeValores> implementaciones;

    /** Las implementaciones, resueltas una vez (referencias contextuales: sirven en cada petición). */
    private volatile List<FuenteDeValores> todas;

    public Optional<FuenteDeValores> para(FuenteIndicador fuente) {
        if (todas == null) {
            todas = implementaciones.stream().toList();
        }
        List<FuenteDeValores> candidatas = todas.stream().filter(f -> f.atiende(fuente)).toList();
        if (candidatas.size() > 1) {
            throw new IllegalStateException("Hay más de una fuente de valores para «" + fuente.codigo() + "»: "
                    + candidatas.stream().map(f -> f.getClass().getSimpleName()).collect(Collectors.joining(", ")));
        }
        return candidatas.stream().findFirst();
    }
}
