package co.gov.cartagena.ruta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class FechasTest {

    @Test
    void formateaFechasComoDiaMesAnio() {
        assertEquals("05/03/2026", Fechas.formatear(LocalDate.of(2026, 3, 5)));
        assertEquals("31/12/2025", Fechas.formatear(LocalDate.of(2025, 12, 31)));
        assertEquals("29/02/2024", Fechas.formatear(LocalDate.of(2024, 2, 29)));
        assertEquals("", Fechas.formatear(null));
    }

    @Test
    void formateaFechaYHoraSinCambiarDeZona() {
        assertEquals("01/02/2026 07:05", Fechas.formatear(LocalDateTime.of(2026, 2, 1, 7, 5)));
    }

    @Test
    void unInstanteSeMuestraEnLaHoraDeColombia() {
        assertEquals("31/12/2025 22:00", Fechas.formatear(Instant.parse("2026-01-01T03:00:00Z")));
        assertEquals("01/01/2026 00:00", Fechas.formatear(Instant.parse("2026-01-01T05:00:00Z")));
        assertEquals("31/12/2025 22:00",
                Fechas.formatear(ZonedDateTime.parse("2026-01-01T04:00:00+01:00[Europe/Madrid]")));
    }

    @Test
    void laZonaNoDependeDeLaDelServidor() {
        TimeZone antes = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Tokyo"));
            assertEquals("31/12/2025 22:00", Fechas.formatear(Instant.parse("2026-01-01T03:00:00Z")));
        } finally {
            TimeZone.setDefault(antes);
        }
        assertEquals(ZoneId.of("America/Bogota"), Fechas.ZONA);
    }

    @Test
    void rechazaLoQueNoEsFecha() {
        assertThrows(IllegalArgumentException.class, () -> Fechas.formatear("2026-01-01"));
        assertThrows(IllegalArgumentException.class, () -> Fechas.formatear(new Date()));
    }

    @Test
    void leeDiaMesAnio() {
        assertEquals(Optional.of(LocalDate.of(2025, 2, 1)), Fechas.leer("01/02/2025"));
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), Fechas.leer("29/02/2024"));
        assertEquals(Optional.of(LocalDate.of(2025, 12, 31)), Fechas.leer("  31/12/2025 "));
    }

    @Test
    void laLecturaEsEstricta() {
        assertEquals(Optional.empty(), Fechas.leer("31/02/2025"));
        assertEquals(Optional.empty(), Fechas.leer("29/02/2025"));
        assertEquals(Optional.empty(), Fechas.leer("31/04/2025"));
        assertEquals(Optional.empty(), Fechas.leer("00/01/2025"));
        assertEquals(Optional.empty(), Fechas.leer("01/13/2025"));
        assertEquals(Optional.empty(), Fechas.leer("2025-02-01"));
        assertEquals(Optional.empty(), Fechas.leer("1/2/2025"));
        assertEquals(Optional.empty(), Fechas.leer("01/02/25"));
        assertEquals(Optional.empty(), Fechas.leer("01/02/2025 10:00"));
        assertEquals(Optional.empty(), Fechas.leer("mañana"));
    }

    @Test
    void leerVacioNoEsError() {
        assertEquals(Optional.empty(), Fechas.leer(null));
        assertEquals(Optional.empty(), Fechas.leer(""));
        assertEquals(Optional.empty(), Fechas.leer("   "));
    }

    @Test
    void formatearYLeerSonInversos() {
        LocalDate d = LocalDate.of(2026, 7, 20);
        assertEquals(Optional.of(d), Fechas.leer(Fechas.formatear(d)));
    }
}
