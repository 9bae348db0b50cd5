package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Un campo propio de una ruta. {@code sensible} marca lo que se enmascara para quien no debe verlo (detalles de la
 * explotación o de la violencia, descripción del riesgo). {@code minimo} es el menor valor de un campo
 * {@link TipoCampo#ENTERO}; {@code admiteFutura} deja una fecha posterior a hoy (el fin de un periodo);
 * {@code ayuda} es el texto que orienta al gestor (null si no hace falta).
 */
public record Campo(String nombre, String etiqueta, TipoCampo tipo, boolean obligatorio, boolean sensible,
        List<String> opciones, long minimo, boolean admiteFutura, String ayuda) {

    public static Campo texto(String nombre, String etiqueta, boolean obligatorio) {
        return new Campo(nombre, etiqueta, TipoCampo.TEXTO, obligatorio, false, List.of(), 0, false, null);
    }

    public static Campo textoLargo(String nombre, String etiqueta, boolean obligatorio, boolean sensible) {
        return new Campo(nombre, etiqueta, TipoCampo.TEXTO_LARGO, obligatorio, sensible, List.of(), 0, false, null);
    }

    public static Campo fecha(String nombre, String etiqueta, boolean obligatorio) {
        return new Campo(nombre, etiqueta, TipoCampo.FECHA, obligatorio, false, List.of(), 0, false, null);
    }

    /** Una fecha que puede ser futura (el inicio o el fin de un periodo). */
    public static Campo fechaDePeriodo(String nombre, String etiqueta, boolean obligatorio) {
        return new Campo(nombre, etiqueta, TipoCampo.FECHA, obligatorio, false, List.of(), 0, true, null);
    }

    public static Campo siNo(String nombre, String etiqueta, boolean obligatorio) {
        return new Campo(nombre, etiqueta, TipoCampo.SI_NO, obligatorio, false, List.of(), 0, false, null);
    }

    public static Campo opcion(String nombre, String etiqueta, boolean obligatorio, boolean sensible,
            String... opciones) {
        return new Campo(nombre, etiqueta, TipoCampo.OPCION, obligatorio, sensible, List.of(opciones), 0, false,
                null);
    }

    /** Un número entero, sin decimales, no menor que {@code minimo}. */
    public static Campo entero(String nombre, String etiqueta, boolean obligatorio, long minimo) {
        return new Campo(nombre, etiqueta, TipoCampo.ENTERO, obligatorio, false, List.of(), minimo, false, null);
    }

    /** El mismo campo con un texto de ayuda para quien lo diligencia. */
    public Campo conAyuda(String texto) {
        return new Campo(nombre, etiqueta, tipo, obligatorio, sensible, opciones, minimo, admiteFutura, texto);
    }

    /**
     * Valida y normaliza un valor (texto del formulario o de la API); null si viene vacío. Una fecha no puede pasar de
     * {@code hoy} (en Colombia) salvo que el campo admita fechas futuras.
     */
    public String normalizar(String valor, LocalDate hoy) {
        if (valor == null || valor.isBlank()) {
            return null;
        }
        String v = valor.trim();
        switch (tipo) {
            case FECHA -> {
                try {
                    LocalDate fecha = LocalDate.parse(v);
                    ReglaIncumplida.exigir(admiteFutura || !fecha.isAfter(hoy), nombre,
                            Texto.de("casos.fechaNoPuedeSer", etiqueta));
                    return fecha.toString();
                } catch (DateTimeParseException e) {
                    throw new ReglaIncumplida(nombre, Texto.de("casos.escribaFechaValida", etiqueta));
                }
            }
            case SI_NO -> {
                ReglaIncumplida.exigir(v.equals("true") || v.equals("false"), nombre,
                        Texto.de("casos.respondaSiNo", etiqueta));
                return v;
            }
            case OPCION -> {
                ReglaIncumplida.exigir(opciones.contains(v), nombre,
                        Texto.de("casos.elijaOpciones", etiqueta, String.join(", ", opciones)));
                return v;
            }
            case ENTERO -> {
                return entero(v);
            }
            case TEXTO -> {
                ReglaIncumplida.exigir(v.length() <= 200, nombre, Texto.de("casos.maximo200Caracteres", etiqueta));
                return v;
            }
            default -> {
                ReglaIncumplida.exigir(v.length() <= 5000, nombre, Texto.de("casos.maximo5000Caracteres", etiqueta));
                return v;
            }
        }
    }

    /**
     * Un entero escrito como 2500000, 2.500.000 o $ 2.500.000 (puntos de miles, como se escribe en Colombia).
     * Se guarda sin separadores ni ceros a la izquierda.
     */
    private String entero(String v) {
        String sinSignoPeso = v.startsWith("$") ? v.substring(1).trim() : v;
        String digitos = sinSignoPeso.matches("\\d{1,3}(\\.\\d{3})+") ? sinSignoPeso.replace(".", "") : sinSignoPeso;
        ReglaIncumplida.exigir(digitos.matches("-?\\d+"), nombre,
                Texto.de("casos.escribaNumeroEnteroSin", etiqueta));
        String sinCeros = digitos.replaceFirst("^(-?)0+(?=\\d)", "$1");
        ReglaIncumplida.exigir(sinCeros.replace("-", "").length() <= 15, nombre,
                Texto.de("casos.numeroDemasiadoGrande", etiqueta));
        long n = Long.parseLong(sinCeros);
        ReglaIncumplida.exigir(n >= minimo, nombre, minimo == 1 ? Texto.de("casos.debeSerMayorQueCero", etiqueta)
                : Texto.de("casos.debeSerAlMenos", etiqueta, minimo));
        return Long.toString(n);
    }
}
