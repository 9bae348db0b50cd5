package co.gov.cartagena.ruta.actividades;

import co.gov.cartagena.ruta.adjuntos.Adjunto;
import co.gov.cartagena.ruta.personas.Persona;
import java.util.List;

/**
 * Una actividad como la puede ver quien consulta: las personas y las evidencias solo si puede verlas
 * ({@link PoliticaActividades#puedeVerPersonas}); si no, vacías, y solo sus cifras. Las páginas y la API muestran
 * esto, nunca {@link Actividad#getPersonas()} directamente.
 */
public record FichaActividad(Actividad actividad, boolean verPersonas, boolean puedeCambiar, List<Persona> personas,
        long numeroPersonas, List<Adjunto> evidencias, long numeroEvidencias) {

    public boolean sinSoporte() {
        return numeroEvidencias == 0;
    }
}
