package co.gov.cartagena.ruta.indicadores.reportes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchivoExternosTest {

    @Test
    void leeFilasBienFormadas() {
        ArchivoExternos.Lectura l = ArchivoExternos.leer("codigo,fecha_corte,valor,fuente\n"
                + "SC.R1,30/06/2025,31.5,Policía Metropolitana - boletín junio 2025\n"
                + "SC.R2,2025-06-30,700,\"Policía Metropolitana, boletín\"\n");
        assertEquals(List.of(), l.errores());
        assertEquals(2, l.filas().size());
        ArchivoExternos.FilaExterna primera = l.filas().get(0);
        assertEquals(2, primera.linea());
        assertEquals("SC.R1", primera.codigo());
        assertEquals(LocalDate.of(2025, 6, 30), primera.datos().fechaCorte());
        assertEquals(new BigDecimal("31.5"), primera.datos().valor());
        assertNull(primera.datos().numerador());
        assertEquals("Policía Metropolitana, boletín", l.filas().get(1).datos().fuente());
    }

    @Test
    void puntoYComaDecimalConComaYColumnasOpcionales() {
        ArchivoExternos.Lectura l = ArchivoExternos.leer("fuente;codigo;fecha_corte;valor;numerador;denominador\n"
                + "Unidad para las Víctimas;PZ.R3;31/12/2024;63,5;56433;88871\n");
        assertEquals(List.of(), l.errores());
        NuevoReporte d = l.filas().get(0).datos();
        assertEquals(new BigDecimal("63.5"), d.valor());
        assertEquals(new BigDecimal("56433"), d.numerador());
        assertEquals(new BigDecimal("88871"), d.denominador());
        assertEquals("Unidad para las Víctimas", d.fuente());
    }

    @Test
    void cadaErrorNombraSuLinea() {
        ArchivoExternos.Lectura l = ArchivoExternos.leer("codigo,fecha_corte,valor,fuente\n"
                + "SC.R1,30/06/2025,31.5,Policía\n"
                + "SC.R2,31/02/2025,abc,Policía\n"
                + "SC.R3,30/06/2025,1.234,56,Policía\n"
                + ",30/06/2025,-4,Policía\n");
        assertEquals(1, l.filas().size());
        assertEquals(5, l.errores().size(), l.errores().toString());
        assertTrue(l.errores().get(0).startsWith("Línea 3: «31/02/2025» no es una fecha"), l.errores().get(0));
        assertTrue(l.errores().get(1).startsWith("Línea 3: el valor «abc»"), l.errores().get(1));
        assertTrue(l.errores().get(2).startsWith("Línea 4: tiene 5 columnas"), l.errores().get(2));
        assertTrue(l.errores().get(3).startsWith("Línea 5: falta el código"), l.errores().get(3));
        assertTrue(l.errores().get(4).startsWith("Línea 5: el valor «-4»"), l.errores().get(4));
    }

    @Test
    void elEncabezadoSeRevisa() {
        assertEquals(List.of("Línea 1: falta la columna «fuente»; el encabezado debe ser codigo,fecha_corte,valor,fuente"),
                ArchivoExternos.leer("codigo,fecha_corte,valor\nSC.R1,30/06/2025,31.5\n").errores());
        assertTrue(ArchivoExternos.leer("codigo,fecha,valor,fuente\n").errores().get(0)
                .startsWith("Línea 1: la columna «fecha» no se conoce"));
        assertEquals(List.of("El archivo está vacío"), ArchivoExternos.leer("  \n").errores());
        assertEquals(List.of("El archivo solo tiene el encabezado: no hay cifras para importar"),
                ArchivoExternos.leer("codigo,fecha_corte,valor,fuente\n").errores());
    }
}
