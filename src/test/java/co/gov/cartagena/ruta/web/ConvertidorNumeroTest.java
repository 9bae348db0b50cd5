package co.gov.cartagena.ruta.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.faces.convert.ConverterException;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * El único convertidor de números de las páginas (issues 12 y 16): las letras se rechazan con un mensaje que nombra
 * el campo, nunca se descartan en silencio; la coma separa los decimales y el punto agrupa miles. Sin Faces alrededor,
 * los textos salen del paquete en español y el número es un {@code BigDecimal}.
 */
class ConvertidorNumeroTest {

    private final ConvertidorNumero convertidor = new ConvertidorNumero();

    @Test
    void lasLetrasSeRechazanNombrandoElCampo() {
        ConvertidorNumero.Regla valor = campo("Valor", null, null);
        for (String malo : new String[] {"abc", "12a", "doce", "1,2,3", "1234.5", "12.34", "1 234", "--1"}) {
            ConverterException e = assertThrows(ConverterException.class, () -> leer(valor, malo),
                    malo);
            assertEquals("Valor: escriba solo números, con coma para los decimales (por ejemplo 1.234,5).",
                    e.getFacesMessage().getSummary(), malo);
        }
    }

    @Test
    void laComaSeparaLosDecimalesYElPuntoAgrupaMiles() {
        ConvertidorNumero.Regla valor = campo("Valor", null, null);
        assertEquals(new BigDecimal("1234.5"), leer(valor, "1234,5"));
        assertEquals(new BigDecimal("1234.5"), leer(valor, "1.234,5"));
        assertEquals(new BigDecimal("1234"), leer(valor, " 1.234 "));
        assertEquals(new BigDecimal("1234567.25"), leer(valor, "1.234.567,25"));
        assertEquals(new BigDecimal("0.5"), leer(valor, "0,5"));
        assertNull(convertidor.getAsObject(null, null, " "));
        assertNull(convertidor.getAsObject(null, null, null));
        assertEquals("1.234,5", formato(valor, new BigDecimal("1234.5000")));
        assertEquals("25", formato(valor, new BigDecimal("25.0000")));
        assertEquals("", convertidor.getAsString(null, null, null));
    }

    @Test
    void enInglesElPuntoSeparaLosDecimales() {
        assertEquals(Optional.of(new BigDecimal("1234.5")), ConvertidorNumero.leer("1,234.5", Locale.ENGLISH));
        assertEquals(Optional.empty(), ConvertidorNumero.leer("1234,5", Locale.ENGLISH));
        assertEquals("1,234.5", ConvertidorNumero.formatear(new BigDecimal("1234.5"), Locale.ENGLISH, 4));
    }

    @Test
    void sinDecimalesPideUnEnteroYConDecimalesLimitaCuantos() {
        ConvertidorNumero.Regla entero = campo("Participantes", 0, null);
        ConverterException e = assertThrows(ConverterException.class, () -> leer(entero, "12,5"));
        assertEquals("Participantes: escriba solo números enteros, sin letras ni decimales (por ejemplo 1.234).",
                e.getFacesMessage().getSummary());
        e = assertThrows(ConverterException.class, () -> leer(entero, "veinte"));
        assertEquals("Participantes: escriba solo números enteros, sin letras ni decimales (por ejemplo 1.234).",
                e.getFacesMessage().getSummary());
        assertEquals(new BigDecimal("12"), leer(entero, "12,000"));

        ConvertidorNumero.Regla meta = campo("Meta 2024", 4, null);
        e = assertThrows(ConverterException.class, () -> leer(meta, "1,23456"));
        assertEquals("Meta 2024: escriba a lo sumo 4 decimales.", e.getFacesMessage().getSummary());
        assertEquals(new BigDecimal("1.2345"), leer(meta, "1,2345"));
    }

    @Test
    void elMinimoSeDiceJuntoAlCampo() {
        ConvertidorNumero.Regla valor = campo("Valor", null, 0);
        ConverterException e = assertThrows(ConverterException.class, () -> leer(valor, "-3"));
        assertEquals("Valor: no puede ser negativo.", e.getFacesMessage().getSummary());
        assertEquals(BigDecimal.ZERO, leer(valor, "0"));

        ConvertidorNumero.Regla sesiones = campo("Sesiones", 0, 1);
        e = assertThrows(ConverterException.class, () -> leer(sesiones, "0"));
        assertEquals("Sesiones: debe ser 1 o más.", e.getFacesMessage().getSummary());
    }

    @Test
    void unNumeroQueNoCabeEnLaColumnaSeRechaza() {
        ConvertidorNumero.Regla valor = campo("Valor", null, null);
        ConverterException e = assertThrows(ConverterException.class,
                () -> leer(valor, "123456789012345"));
        assertEquals("Valor: el número es demasiado grande.", e.getFacesMessage().getSummary());
        assertEquals(new BigDecimal("12345678901234"), leer(valor, "12345678901234"));

        ConvertidorNumero.Regla participantes = new ConvertidorNumero.Regla("Participantes", Integer.class, 0, BigDecimal.ZERO);
        assertEquals(37, leer(participantes, "37"));
        e = assertThrows(ConverterException.class, () -> leer(participantes, "3.000.000.000"));
        assertEquals("Participantes: el número es demasiado grande.", e.getFacesMessage().getSummary());
    }

    private static ConvertidorNumero.Regla campo(String etiqueta, Integer decimales, Integer minimo) {
        return new ConvertidorNumero.Regla(etiqueta, BigDecimal.class, decimales == null ? 4 : decimales,
                minimo == null ? null : BigDecimal.valueOf(minimo));
    }

    private static Object leer(ConvertidorNumero.Regla regla, String texto) {
        return ConvertidorNumero.convertir(texto, Locale.forLanguageTag("es-CO"), regla);
    }

    private String formato(ConvertidorNumero.Regla regla, BigDecimal valor) {
        return ConvertidorNumero.formatear(valor, Locale.forLanguageTag("es-CO"), regla.decimales());
    }
}
