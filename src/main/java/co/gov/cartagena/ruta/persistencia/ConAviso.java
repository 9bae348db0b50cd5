package co.gov.cartagena.ruta.persistencia;

import java.util.Optional;

/**
 * Una entidad de la que otros necesitan enterarse cuando cambia (el almacén de los indicadores, cuando cambia un caso,
 * una atención, una actividad o una evidencia): dice qué evento CDI dan sus cambios. Lleva
 * {@code @EntityListeners(AvisoDeCambios.class)}: al guardarse, el cambio queda anotado en la transacción, y
 * {@link EntregaDeAvisos} entrega el evento al terminar la unidad de trabajo. Ningún servicio lo dispara a mano, así
 * que un método nuevo no puede olvidarlo.
 */
public interface ConAviso {

    /** El evento que da un cambio de esta entidad, ya guardada (con su id); vacío si este cambio no avisa nada. */
    Optional<Object> aviso();
}
