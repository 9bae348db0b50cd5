package co.gov.cartagena.ruta.sedes;

import java.time.LocalDate;

/** Filtro de la lista de sedes: tipo y estado (vacíos = todos) a una fecha de corte (vacía = {@code hoy}). */
public record FiltroSedes(TipoSede tipo, EstadoSede estado, LocalDate corte) {

    public LocalDate corteO(LocalDate hoy) {
        return corte == null ? hoy : corte;
    }
}
