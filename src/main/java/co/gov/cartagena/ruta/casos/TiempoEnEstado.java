package co.gov.cartagena.ruta.casos;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuánto estuvo un caso en cada estado, según su historia: sirve para reportar el tiempo de cada paso (p. ej. en
 * la Comisaría, de la solicitud a la medida provisional y de ahí a la audiencia).
 */
public record TiempoEnEstado(String estado, Instant desde, Instant hasta, boolean vigente) {

    public long dias() {
        return Duration.between(desde, hasta).toDays();
    }

    public static List<TiempoEnEstado> de(Caso caso, Instant ahora) {
        List<TiempoEnEstado> tiempos = new ArrayList<>();
        List<EventoCaso> eventos = caso.getEventos();
        for (int i = 0; i < eventos.size(); i++) {
            EventoCaso e = eventos.get(i);
            boolean ultimo = i == eventos.size() - 1;
            tiempos.add(new TiempoEnEstado(e.getEstadoA(), e.getMomento(),
                    ultimo ? ahora : eventos.get(i + 1).getMomento(), ultimo));
        }
        return tiempos;
    }
}
