package co.gov.cartagena.ruta.indicadores.avance;

import java.math.BigDecimal;

/**
 * El color de un indicador: su avance comparado con el avance esperado a la fecha de corte
 * ({@link Programacion#esperado}). Verde desde el 90 % de lo esperado, amarillo desde el 70 %, rojo por debajo.
 * Sin avance calculado, {@link #SIN_DATOS}. Si todavía no se esperaba avance (esperado 0), verde.
 */
public enum Semaforo {
    VERDE, AMARILLO, ROJO, SIN_DATOS;

    public static final BigDecimal UMBRAL_VERDE = new BigDecimal("0.90");
    public static final BigDecimal UMBRAL_AMARILLO = new BigDecimal("0.70");

    public static Semaforo de(Avance avance, BigDecimal esperado) {
        if (!avance.calculado() || esperado == null) {
            return SIN_DATOS;
        }
        if (esperado.signum() <= 0) {
            return VERDE;
        }
        BigDecimal razon = avance.getRazon();
        if (razon.compareTo(esperado.multiply(UMBRAL_VERDE)) >= 0) {
            return VERDE;
        }
        if (razon.compareTo(esperado.multiply(UMBRAL_AMARILLO)) >= 0) {
            return AMARILLO;
        }
        return ROJO;
    }
}
