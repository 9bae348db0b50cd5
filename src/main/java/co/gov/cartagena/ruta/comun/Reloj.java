package co.gov.cartagena.ruta.comun;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * El único reloj de Ruta: el del sistema, en la zona de Colombia ({@link Hoy#COLOMBIA}). Todo servicio, página o
 * recurso que decide qué día es hoy lo recibe con {@code @Inject Clock} y lo lee con {@code LocalDate.now(reloj)}; las
 * entidades no inyectan, así que sus reglas de «no puede ser futura» reciben {@code hoy} de su servicio. Las pruebas
 * unitarias le pasan a esas reglas un {@code Clock.fixed}; las de integración corren con este reloj y dan a sus datos
 * fechas dentro del plan (decisión 0013).
 */
@ApplicationScoped
public class Reloj {

    private final Clock reloj = Clock.system(Hoy.COLOMBIA);

    @Produces
    public Clock reloj() {
        return reloj;
    }
}
