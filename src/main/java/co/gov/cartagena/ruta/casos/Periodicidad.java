package co.gov.cartagena.ruta.casos;

import java.time.LocalDate;

/** Cómo se agrupan los periodos de un reporte: por mes ({@code 2025-03}), trimestre ({@code 2025-T1}) o año. */
public enum Periodicidad {
    MES, TRIMESTRE, ANIO;

    /** La etiqueta del periodo al que pertenece la fecha; ordenarlas como texto las deja en orden cronológico. */
    public String periodoDe(LocalDate fecha) {
        return switch (this) {
            case MES -> String.format("%04d-%02d", fecha.getYear(), fecha.getMonthValue());
            case TRIMESTRE -> String.format("%04d-T%d", fecha.getYear(), (fecha.getMonthValue() - 1) / 3 + 1);
            case ANIO -> String.format("%04d", fecha.getYear());
        };
    }
}
