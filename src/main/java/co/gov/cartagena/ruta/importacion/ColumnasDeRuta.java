package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.TipoCampo;
import co.gov.cartagena.ruta.personas.Etnia;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.sedes.Localidades;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Las columnas de la plantilla de una ruta: la persona (documento, nombres, datos mínimos y, con su autorización de
 * la Ley 1581, datos personales y sensibles), el caso (sede, fecha de apertura, estado, narrativa), los campos
 * propios de la ruta tal como los declara su {@link DefinicionRuta} y una atención. No hay otra lista: si la ruta
 * cambia, la plantilla cambia con ella.
 */
public final class ColumnasDeRuta {

    static final String TIPO_DOCUMENTO = "tipoDocumento";
    static final String NUMERO_DOCUMENTO = "numeroDocumento";
    static final String NOMBRES = "nombres";
    static final String APELLIDOS = "apellidos";
    static final String FECHA_NACIMIENTO = "fechaNacimiento";
    static final String SEXO = "sexo";
    static final String ETNIA = "etnia";
    static final String VICTIMA = "victimaConflicto";
    static final String TELEFONO = "telefono";
    static final String LOCALIDAD = "localidad";
    static final String AUTORIZA_PERSONALES = "autorizaDatosPersonales";
    static final String AUTORIZA_SENSIBLES = "autorizaDatosSensibles";
    static final String FECHA_AUTORIZACION = "fechaAutorizacion";
    static final String SOPORTE_AUTORIZACION = "soporteAutorizacion";
    static final String SEDE = "sede";
    static final String FECHA_APERTURA = "fechaApertura";
    static final String ESTADO = "estado";
    static final String NARRATIVA = "narrativa";
    static final String TIPO_ATENCION = "tipoAtencion";
    static final String FECHA_ATENCION = "fechaAtencion";

    static final List<String> SI_NO = List.of("SI", "NO");

    private ColumnasDeRuta() {
    }

    /** Las columnas de la plantilla de {@code ruta}; {@code sedes}: los códigos de sede que se pueden elegir. */
    public static List<Columna> de(Ruta ruta, List<String> sedes) {
        DefinicionRuta def = ruta.definicion();
        List<Columna> c = new ArrayList<>();
        c.add(new Columna(TIPO_DOCUMENTO, "Tipo de documento", "Tipo de documento de identidad de la persona.",
                nombres(TipoDocumento.values()), true, TipoDocumento.CC.name()));
        c.add(new Columna(NUMERO_DOCUMENTO, "Número de documento",
                "Sin puntos ni espacios. Vacío solo si el tipo es SIN_DOCUMENTO. Si ya existe una persona con ese"
                        + " documento, la fila se asocia a ella.", List.of(), false, "1047123456"));
        c.add(new Columna(NOMBRES, "Nombres", "Nombres de la persona.", List.of(), true, "Luz Marina"));
        c.add(new Columna(APELLIDOS, "Apellidos", "Apellidos de la persona.", List.of(), true, "Pérez Julio"));
        c.add(new Columna(FECHA_NACIMIENTO, "Fecha de nacimiento", "AAAA-MM-DD o DD/MM/AAAA.", List.of(),
                def.edadMinima().isPresent(), def.edadMinima().isPresent() ? "2008-05-10" : "1985-08-20"));
        c.add(new Columna(SEXO, "Sexo", "Sexo registrado al nacer.", nombres(Sexo.values()), false,
                def.sexoDelTitular().orElse(Sexo.MUJER).name()));
        c.add(new Columna(ETNIA, "Etnia", "Autorreconocimiento étnico. Dato sensible: exige la autorización de datos"
                + " sensibles.", nombres(Etnia.values()), false, ""));
        c.add(new Columna(VICTIMA, "¿Víctima del conflicto armado?", "SI si está registrada como víctima (Ley 1448"
                + " de 2011). Dato sensible: exige la autorización de datos sensibles.", SI_NO,
                def.exigeTitularVictima(), def.exigeTitularVictima() ? "SI" : ""));
        c.add(new Columna(TELEFONO, "Teléfono", "Dato personal: exige la autorización de datos personales.",
                List.of(), false, ""));
        c.add(new Columna(LOCALIDAD, "Localidad", "Localidad de residencia. Dato personal: exige la autorización"
                + " de datos personales.", Localidades.TODAS, false, ""));
        c.add(new Columna(AUTORIZA_PERSONALES, "Autoriza datos personales (Ley 1581)",
                "SI si la persona firmó la autorización de tratamiento de datos personales. Sin ella solo se guardan"
                        + " los datos mínimos (documento, nombres, fecha de nacimiento y sexo).", SI_NO, false,
                def.exigeTitularVictima() ? "SI" : "NO"));
        c.add(new Columna(AUTORIZA_SENSIBLES, "Autoriza datos sensibles (Ley 1581)",
                "SI si la persona firmó la autorización de datos sensibles (etnia, condición de víctima…).", SI_NO,
                false, def.exigeTitularVictima() ? "SI" : "NO"));
        c.add(new Columna(FECHA_AUTORIZACION, "Fecha de la autorización",
                "Fecha en que la persona firmó la autorización (obligatoria si autoriza algo).", List.of(), false,
                def.exigeTitularVictima() ? "2025-03-03" : ""));
        c.add(new Columna(SOPORTE_AUTORIZACION, "Soporte de la autorización",
                "Referencia del formato firmado (carpeta, folio o archivo). Obligatoria si autoriza algo.", List.of(),
                false, def.exigeTitularVictima() ? "Carpeta 2025, folio 12" : ""));
        c.add(new Columna(SEDE, "Sede", "Código de la sede que lleva el caso: la del lote (vacío vale por ella). Debe"
                + " estar en operación a la fecha de apertura.", sedes, false, sedes.isEmpty() ? "" : sedes.get(0)));
        c.add(new Columna(FECHA_APERTURA, "Fecha de apertura", "AAAA-MM-DD o DD/MM/AAAA, desde 2024-01-01 y no"
                + " futura.", List.of(), true, "2025-03-03"));
        List<String> estados = def.estados().stream().filter(e -> !DefinicionRuta.CERRADO.equals(e)).toList();
        c.add(new Columna(ESTADO, "Estado", "Estado actual del caso. Vacío: " + def.estadoInicial() + ". Cada"
                + " estado exige los campos que exige al registrarlo a mano.", estados, false, def.estadoInicial()));
        c.add(new Columna(NARRATIVA, "Narrativa", "Relato del caso (opcional).", List.of(), false, ""));
        for (Campo campo : def.campos()) {
            c.add(new Columna(campo.nombre(), campo.etiqueta(), descripcion(campo), opciones(campo),
                    campo.obligatorio(), ejemplo(campo)));
        }
        c.add(new Columna(TIPO_ATENCION, "Tipo de atención", "Una atención prestada en el caso (opcional); debe"
                + " poder prestarse en el estado del caso.", List.copyOf(def.tiposAtencion()), false, ""));
        c.add(new Columna(FECHA_ATENCION, "Fecha de la atención", "AAAA-MM-DD o DD/MM/AAAA; obligatoria si hay"
                + " tipo de atención, no antes de la apertura.", List.of(), false, ""));
        return List.copyOf(c);
    }

    private static String descripcion(Campo campo) {
        String tipo = switch (campo.tipo()) {
            case FECHA -> "Fecha AAAA-MM-DD o DD/MM/AAAA.";
            case SI_NO -> "SI o NO.";
            case OPCION -> "Una de las opciones de la lista.";
            case ENTERO -> "Número entero sin decimales.";
            case TEXTO -> "Texto de hasta 200 caracteres.";
            case TEXTO_LARGO -> "Texto de hasta 5000 caracteres.";
        };
        String obligatorio = campo.obligatorio() ? " Obligatorio." : "";
        return campo.etiqueta() + ". " + tipo + obligatorio + (campo.ayuda() == null ? "" : " " + campo.ayuda());
    }

    private static List<String> opciones(Campo campo) {
        return campo.tipo() == TipoCampo.OPCION ? campo.opciones()
                : campo.tipo() == TipoCampo.SI_NO ? SI_NO : List.of();
    }

    private static String ejemplo(Campo campo) {
        if (!campo.obligatorio()) {
            return "";
        }
        return switch (campo.tipo()) {
            case FECHA -> "2025-03-01";
            case SI_NO -> "NO";
            case OPCION -> campo.opciones().get(0);
            case ENTERO -> String.valueOf(Math.max(1, campo.minimo()));
            default -> "Texto de ejemplo";
        };
    }

    private static List<String> nombres(Enum<?>[] valores) {
        return Arrays.stream(valores).map(Enum::name).toList();
    }
}
