package co.gov.cartagena.ruta.actividades;

import java.time.LocalDate;

/**
 * Una fila de la lista de actividades: sus datos, cuántas personas del registro asistieron y cuántas evidencias
 * vigentes tiene (sin nombres ni archivos). Sin evidencias, la actividad está «sin soporte» y no cuenta en los
 * indicadores.
 */
public record ResumenActividad(Long id, String tipoCodigo, String tipoNombre, LocalDate fecha, String lugar,
        String localidad, String sedeCodigo, String sedeNombre, int participantes, String objeto, long personas,
        long evidencias, boolean anulada, int version) {

    public boolean sinSoporte() {
        return evidencias == 0;
    }

    static ResumenActividad de(Actividad a, long personas, long evidencias) {
        return new ResumenActividad(a.getId(), a.getTipo().getCodigo(), a.getTipo().getNombre(), a.getFecha(),
                a.getLugar(), a.getLocalidad(), a.getSede().getCodigo(), a.getSede().getNombre(), a.getParticipantes(),
                a.getObjeto(), personas, evidencias, a.isAnulada(), a.getVersion());
    }
}
