package co.gov.cartagena.ruta.sedes;

import co.gov.cartagena.ruta.comun.Hoy;
import java.time.LocalDate;

/** Filtro de la lista de sedes: tipo y estado (vacíos = todos) a una fecha de corte (vacía = hoy). */
public record FiltroSedes(TipoSede tipo, EstadoSede estado, LocalDate corte) {

    public LocalDate corteOHoy() {
        return corte == null ? Hoy.enColombia() : corte;
    }
}
