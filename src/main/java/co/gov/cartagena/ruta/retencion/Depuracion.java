package co.gov.cartagena.ruta.retencion;

import java.util.List;

/** Lo que depuró una corrida: los ids de casos, atenciones y adjuntos, y el plazo aplicado. */
public record Depuracion(int dias, List<Long> casos, List<Long> atenciones, List<Long> adjuntos) {

    public Depuracion {
        casos = List.copyOf(casos);
        atenciones = List.copyOf(atenciones);
        adjuntos = List.copyOf(adjuntos);
    }

    public int total() {
        return casos.size() + atenciones.size() + adjuntos.size();
    }

    /** El detalle de la fila resumen del rastro. */
    public String describir() {
        return "plazo " + dias + " días; casos " + casos + "; atenciones " + atenciones + "; adjuntos " + adjuntos;
    }
}
