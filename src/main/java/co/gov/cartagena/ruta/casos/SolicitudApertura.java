package co.gov.cartagena.ruta.casos;

import java.time.LocalDate;
import java.util.Map;

/** Lo necesario para abrir un caso. {@code claveEnvio} identifica el envío del formulario: repetirlo no duplica. */
public record SolicitudApertura(
        Ruta ruta,
        String sede,
        Long personaId,
        RolParticipante rolPersona,
        LocalDate fechaApertura,
        String narrativa,
        Map<String, String> datos,
        String claveEnvio) {
}
