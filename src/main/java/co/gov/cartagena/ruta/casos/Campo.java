package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Un campo propio de una ruta. {@code sensible} marca lo que se enmascara para quien no debe verlo (detalles de la
 * explotación o de la violencia, descripción del riesgo).
 */
public record Campo(String nombre, String etiqueta, TipoCampo tipo, boolean obligatorio, boolean sensible,
        List<String> opciones) {

    public static Campo texto(String nombre, String etiqueta, boolean obligatorio) {
        return new Campo(nombre, etiqueta, TipoCampo.TEXTO, obligatorio, false, List.of());
    }

    public static Campo textoLargo(String nombre, String etiqueta, boolean obligatorio, boolean sensible) {
        return new Campo(nombre, etiqueta, TipoCampo.TEXTO_LARGO, obligatorio, sensible, List.of());
    }

    public static Campo fecha(String nombre, String etiqueta, boolean obligatorio) {
        return new Campo(nombre, etiqueta, TipoCampo.FECHA, obligatorio, false, List.of());
    }

    public static Campo siNo(String nombre, String etiqueta, boolean obligatorio) {
        return new Campo(nombre, etiqueta, TipoCampo.SI_NO, obligatorio, false, List.of());
    }

    public static Campo opcion(String nombre, String etiqueta, boolean obligatorio, boolean sensible,
            String... opciones) {
        return new Campo(nombre, etiqueta, TipoCampo.OPCION, obligatorio, sensible, List.of(opciones));
    }

    /** Valida y normaliza un valor (texto del formulario o de la API); null si viene vacío. */
    public String normalizar(String valor) {
        if (valor == null || valor.isBlank()) {
            return null;
        }
        String v = valor.trim();
        switch (tipo) {
            case FECHA -> {
                try {
                    LocalDate fecha = LocalDate.parse(v);
                    ReglaIncumplida.exigir(!fecha.isAfter(co.gov.cartagena.ruta.comun.Hoy.enColombia()), nombre,
                            etiqueta + ": la fecha no puede ser futura.");
                    return fecha.toString();
                } catch (DateTimeParseException e) {
                    throw new ReglaIncumplida(nombre, etiqueta + ": escriba una fecha válida.");
                }
            }
            case SI_NO -> {
                ReglaIncumplida.exigir(v.equals("true") || v.equals("false"), nombre,
                        etiqueta + ": responda sí o no.");
                return v;
            }
            case OPCION -> {
                ReglaIncumplida.exigir(opciones.contains(v), nombre,
                        etiqueta + ": elija una de las opciones (" + String.join(", ", opciones) + ").");
                return v;
            }
            case TEXTO -> {
                ReglaIncumplida.exigir(v.length() <= 200, nombre, etiqueta + ": máximo 200 caracteres.");
                return v;
            }
            default -> {
                ReglaIncumplida.exigir(v.length() <= 5000, nombre, etiqueta + ": máximo 5000 caracteres.");
                return v;
            }
        }
    }
}
