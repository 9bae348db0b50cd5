package co.gov.cartagena.ruta.indicadores.catalogo;

/**
 * Qué parte de la cifra de un indicador calculado se cuenta: el valor mismo, o el numerador y el denominador de una
 * cobertura o porcentaje. Sus nombres son los de la columna {@code componente} del almacén.
 */
public enum ParteDeLaCifra {
    /** El valor mismo (conteos). */
    VAL,
    /** El numerador de una cobertura o porcentaje. */
    NUM,
    /** El denominador de una cobertura. */
    DEN
}
