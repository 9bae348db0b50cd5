package co.gov.cartagena.ruta.soporte;

import co.gov.cartagena.ruta.comun.Hoy;
import java.time.Clock;
import java.time.LocalDate;

/**
 * El «hoy» fijo de las pruebas unitarias: un día dentro del cuatrienio 2024–2027 y posterior a toda fecha fija que usan,
 * así que ninguna cambia de resultado según el día en que corre (ni en 2028, cuando el reloj sale del plan). Las reglas
 * del dominio lo reciben como parámetro ({@code hoy}); los servicios, como el {@code Clock} que da {@code comun/Reloj}.
 */
public final class HoyDePrueba {

    public static final LocalDate HOY = LocalDate.of(2027, 6, 30);

    /** Un reloj parado en {@link #HOY} al mediodía de Colombia. */
    public static final Clock RELOJ = Clock.fixed(HOY.atTime(12, 0).atZone(Hoy.COLOMBIA).toInstant(), Hoy.COLOMBIA);

    private HoyDePrueba() {
    }
}
