package co.gov.cartagena.ruta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * El único convertidor de fechas de las páginas (issue 12, ítem 7): una fecha bien escrita que no existe lo dice con
 * la fecha; una mal escrita dice el formato. Sin Faces alrededor, los textos salen del paquete en español.
 */
class ConvertidorFechaTest {

    private final ConvertidorFecha convertidor = new ConvertidorFecha();

    @Test
    void unaFechaQueNoExisteDiceQueNoExiste() {
        assertEquals(Optional.of(Fechas.Problema.INEXISTENTE), Fechas.problema("31/02/2025"));
        assertEquals(Optional.of(Fechas.Problema.INEXISTENTE), Fechas.problema("29/02/2025"));
        assertEquals(Optional.of(Fechas.Problema.INEXISTENTE), Fechas.problema("10/13/2025"));
        assertEquals(Optional.of(Fechas.Problema.INEXISTENTE), Fechas.problema("00/01/2025"));
        ConverterException e = assertThrows(ConverterException.class,
                () -> convertidor.getAsObject(null, null, "31/02/2025"));
        assertEquals("La fecha 31/02/2025 no existe.", e.getFacesMessage().getSummary());
    }

    @Test
    void unaFechaMalEscritaDiceElFormato() {
        for (String mala : new String[] {"2025-02-01", "1/2/2025", "01/02/25", "mañana", "01/02/2025 10:00"}) {
            assertEquals(Optional.of(Fechas.Problema.FORMATO), Fechas.problema(mala), mala);
            ConverterException e = assertThrows(ConverterException.class, () -> convertidor.getAsObject(null, null, mala));
            assertEquals("Escriba la fecha como dd/mm/aaaa, por ejemplo 24/11/2026.", e.getFacesMessage().getSummary(),
                    mala);
        }
    }

    @Test
    void unaFechaBuenaOVaciaNoEsProblema() {
        assertEquals(LocalDate.of(2024, 2, 29), convertidor.getAsObject(null, null, "29/02/2024"));
        assertNull(convertidor.getAsObject(null, null, ""));
        assertNull(convertidor.getAsObject(null, null, null));
        assertEquals(Optional.empty(), Fechas.problema("29/02/2024"));
        assertEquals(Optional.empty(), Fechas.problema("  "));
        assertEquals("29/02/2024", convertidor.getAsString(null, null, LocalDate.of(2024, 2, 29)));
    }
}
