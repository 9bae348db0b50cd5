package co.gov.cartagena.ruta.indicadores.catalogo;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;

/** El periodo del Plan de Desarrollo: 01/01/2024 a 31/12/2027, y las fracciones de tiempo transcurrido. */
public final class Cuatrienio {

    public static final int PRIMER_ANIO = 2024;
    public static final int ULTIMO_ANIO = 2027;
    public static final LocalDate INICIO = LocalDate.of(PRIMER_ANIO, 1, 1);
    public static final LocalDate FIN = LocalDate.of(ULTIMO_ANIO, 12, 31);
    /** Precisión de las razones (avance, esperado): seis decimales, redondeo bancario. */
    public static final int ESCALA = 6;
    static final MathContext CONTEXTO = MathContext.DECIMAL64;

    private Cuatrienio() {
    }

    public static boolean contiene(int anio) {
        return anio >= PRIMER_ANIO && anio <= ULTIMO_ANIO;
    }

    public static IntStream anios() {
        return IntStream.rangeClosed(PRIMER_ANIO, ULTIMO_ANIO);
    }

    public static LocalDate inicioDe(int anio) {
        return LocalDate.of(anio, 1, 1);
    }

    public static LocalDate finDe(int anio) {
        return LocalDate.of(anio, 12, 31);
    }

    /** Fracción del cuatrienio corrida hasta el corte, contando el día del corte: 0 antes de empezar, 1 al final. */
    public static BigDecimal fraccionTranscurrida(LocalDate corte) {
        return fraccion(INICIO, FIN, corte);
    }

    /** Fracción del año corrida hasta el corte, contando el día del corte. */
    public static BigDecimal fraccionDelAnio(int anio, LocalDate corte) {
        return fraccion(inicioDe(anio), finDe(anio), corte);
    }

    private static BigDecimal fraccion(LocalDate desde, LocalDate hasta, LocalDate corte) {
        if (corte.isBefore(desde)) {
            return BigDecimal.ZERO;
        }
        if (!corte.isBefore(hasta)) {
            return BigDecimal.ONE;
        }
        long corridos = ChronoUnit.DAYS.between(desde, corte) + 1;
        long total = ChronoUnit.DAYS.between(desde, hasta) + 1;
        return BigDecimal.valueOf(corridos).divide(BigDecimal.valueOf(total), CONTEXTO);
    }

    /** a / b con la precisión de las razones. */
    public static BigDecimal razon(BigDecimal a, BigDecimal b) {
        return a.divide(b, CONTEXTO).setScale(ESCALA, RoundingMode.HALF_EVEN);
    }
}
