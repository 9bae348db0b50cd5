package co.gov.cartagena.ruta.sedes;

import java.time.LocalDate;

/** Una sede como estaba a una fecha de corte: su estado y, si es Inspección de Policía, su dotación. */
public final class SedeALaFecha {

    private final Sede sede;
    private final LocalDate corte;
    private final CambioDeEstado estado;
    private final RegistroDeDotacion dotacion;

    public SedeALaFecha(Sede sede, LocalDate corte, CambioDeEstado estado, RegistroDeDotacion dotacion) {
        this.sede = sede;
        this.corte = corte;
        this.estado = estado;
        this.dotacion = dotacion;
    }

    public Sede getSede() {
        return sede;
    }

    public LocalDate getCorte() {
        return corte;
    }

    /** El renglón de estado que regía; {@code null} si la sede aún no tenía estado a esa fecha. */
    public CambioDeEstado getEstado() {
        return estado;
    }

    /** El registro de dotación que regía (solo Inspecciones); {@code null} si no había. */
    public RegistroDeDotacion getDotacion() {
        return dotacion;
    }
}
