package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.comun.FormatoFecha;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.sedes.EstadoSede;
import co.gov.cartagena.ruta.sedes.Sede;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Regla: un caso solo se abre en una sede que está en operación a la fecha de apertura, y solo se traslada a una
 * sede que está en operación el día del traslado. Se lee de la historia de estados de la sede
 * ({@link Sede#estadoA}), así que una sede en creación, suspendida, cerrada o sin estado registrado no recibe casos,
 * ni con fecha pasada si a esa fecha no operaba.
 */
public final class SedeQueRecibe {


    private SedeQueRecibe() {
    }

    /** Para abrir un caso en {@code sede} con fecha de apertura {@code apertura}. */
    public static void paraAbrir(Sede sede, LocalDate apertura) {
        exigir(sede, apertura, "sede", false);
    }

    /** Para trasladar un caso a {@code destino} el día {@code hoy}. */
    public static void paraTrasladar(Sede destino, LocalDate hoy) {
        exigir(destino, hoy, "sede", true);
    }

    /** Si {@code destino} puede recibir un traslado el día {@code hoy} (para ofrecerla en la página). */
    public static boolean puedeRecibirTraslado(Sede destino, LocalDate hoy) {
        return destino.estadoA(hoy).orElse(null) == EstadoSede.EN_OPERACION;
    }

    private static void exigir(Sede sede, LocalDate fecha, String campo, boolean traslado) {
        Objects.requireNonNull(fecha, "Falta la fecha");
        EstadoSede estado = sede.estadoA(fecha).orElse(null);
        if (estado == EstadoSede.EN_OPERACION) {
            return;
        }
        String nombre = sede.getNombre();
        String dia = FormatoFecha.FECHA.format(fecha);
        Object como = estado == null ? null : Texto.codigo(estado.name(), estado.texto());
        if (traslado) {
            throw new ReglaIncumplida(campo, como == null ? Texto.de("casos.sedeNoRecibeTrasladoSinEstado", nombre, dia)
                    : Texto.de("casos.sedeNoRecibeTraslado", nombre, dia, como));
        }
        throw new ReglaIncumplida(campo, como == null ? Texto.de("casos.sedeNoRecibeAperturaSinEstado", nombre, dia)
                : Texto.de("casos.sedeNoRecibeApertura", nombre, dia, como));
    }
}
