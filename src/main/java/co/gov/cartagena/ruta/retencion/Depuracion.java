package co.gov.cartagena.ruta.retencion;

import java.util.List;

/** Lo que depuró una corrida: los ids de casos, atenciones, actividades y adjuntos, y el plazo aplicado. */
public record Depuracion(int dias, List<Long> casos, List<Long> atenciones, List<Long> actividades,
        List<Long> adjuntos) {

    public Depuracion {
        casos = List.copyOf(casos);
        atenciones = List.copyOf(atenciones);
        actividades = List.copyOf(actividades);
        adjuntos = List.copyOf(adjuntos);
    }

    public int total() {
        return casos.size() + atenciones.size() + actividades.size() + adjuntos.size();
    }

    /** El detalle de la fila resumen del rastro. */
    public String describir() {
        return "plazo " + dias + " días; casos " + casos + "; atenciones " + atenciones + "; actividades " + actividades
                + "; adjuntos " + adjuntos;
    }
}
