package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.TipoCampo;
import co.gov.cartagena.ruta.comun.EtiquetasEnEspanol;
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
    static final String CLAVE_CASO = "claveCaso";
    static final String FECHA_CIERRE = "fechaCierre";
    static final String MOTIVO_CIERRE = "motivoCierre";

    static final List<String> SI_NO = List.of("SI", "NO");

    /** El prefijo de las etiquetas de estados, atenciones y opciones de las rutas en los textos de las páginas. */
    private static final String CODIGO = "ruta.codigo.";

    private ColumnasDeRuta() {
    }

    /** Las columnas de la plantilla de {@code ruta}; {@code sedes}: los códigos de sede que se pueden elegir. */
    public static List<Columna> de(Ruta ruta, List<String> sedes) {
        DefinicionRuta def = ruta.definicion();
        List<Columna> c = new ArrayList<>();
        c.addAll(dePersona(true, def.edadMinima().isPresent(), def.sexoDelTitular().orElse(Sexo.MUJER).name(),
                def.exigeTitularVictima()));
        c.add(new Columna(CLAVE_CASO, "Clave del caso", "Opcional. Un código suyo del caso (p. ej. el de la hoja"
                + " anterior). Las filas con la misma clave son el mismo caso: la primera lo abre y cada una de las"
                + " siguientes, que repiten la persona y la fecha de apertura, agrega su atención, avanza el estado o"
                + " lo cierra. Sin clave, cada fila es un caso.", List.of(), false, ""));
        c.add(new Columna(SEDE, "Sede", "Código de la sede que lleva el caso: la del lote (vacío vale por ella). Debe"
                + " estar en operación a la fecha de apertura.", sedes, false, sedes.isEmpty() ? "" : sedes.get(0)));
        c.add(new Columna(FECHA_APERTURA, "Fecha de apertura", "AAAA-MM-DD o DD/MM/AAAA, desde 2024-01-01 y no"
                + " futura.", List.of(), true, "2025-03-03"));
        List<String> estados = def.estados().stream().filter(e -> !DefinicionRuta.CERRADO.equals(e)).toList();
        c.add(Columna.conEtiquetas(ESTADO, "Estado", "Estado actual del caso. Vacío: "
                + EtiquetasEnEspanol.de(CODIGO, def.estadoInicial()) + ". Cada estado exige los campos que exige al"
                + " registrarlo a mano.", estados, ColumnasDeRuta::etiqueta, false, def.estadoInicial()));
        c.add(new Columna(NARRATIVA, "Narrativa", "Relato del caso (opcional).", List.of(), false, ""));
        for (Campo campo : def.campos()) {
            c.add(campo.tipo() == TipoCampo.OPCION
                    ? Columna.conEtiquetas(campo.nombre(), campo.etiqueta(), descripcion(campo), campo.opciones(),
                            ColumnasDeRuta::etiqueta, campo.obligatorio(), ejemplo(campo))
                    : new Columna(campo.nombre(), campo.etiqueta(), descripcion(campo), opciones(campo),
                            campo.obligatorio(), ejemplo(campo)));
        }
        c.add(Columna.conEtiquetas(TIPO_ATENCION, "Tipo de atención", "Una atención prestada en el caso (opcional);"
                + " debe poder prestarse en el estado del caso.", List.copyOf(def.tiposAtencion()),
                ColumnasDeRuta::etiqueta, false, ""));
        c.add(new Columna(FECHA_ATENCION, "Fecha de la atención", "AAAA-MM-DD o DD/MM/AAAA; obligatoria si hay"
                + " tipo de atención, no antes de la apertura.", List.of(), false, ""));
        c.add(new Columna(FECHA_CIERRE, "Fecha de cierre", "Si el caso se cerró: AAAA-MM-DD o DD/MM/AAAA, no antes"
                + " de la apertura ni futura (con el motivo).", List.of(), false, ""));
        c.add(new Columna(MOTIVO_CIERRE, "Motivo del cierre", "Por qué se cerró el caso; obligatorio con la fecha de"
                + " cierre.", List.of(), false, ""));
        return List.copyOf(c);
    }

    /**
     * Las columnas de la persona de una fila: documento, nombres, datos mínimos, datos personales y sensibles y su
     * autorización de la Ley 1581. {@code obligatoria}: si el documento y los nombres son obligatorios (en una ruta,
     * siempre; en actividades, una fila puede no traer asistente); {@code conEdad}: si la fecha de nacimiento lo es;
     * {@code victima}: si la ruta exige titular víctima del conflicto (el ejemplo trae la autorización).
     */
    static List<Columna> dePersona(boolean obligatoria, boolean conEdad, String ejemploSexo, boolean victima) {
        List<Columna> p = new ArrayList<>();
        p.add(Columna.conEtiquetas(TIPO_DOCUMENTO, "Tipo de documento", "Tipo de documento de identidad de la"
                + " persona.", nombres(TipoDocumento.values()), c -> EtiquetasEnEspanol.de("persona.tipoDocumento.", c),
                obligatoria, TipoDocumento.CC.name()));
        p.add(new Columna(NUMERO_DOCUMENTO, "Número de documento",
                "Sin puntos ni espacios. Vacío solo si el tipo es SIN_DOCUMENTO. Si ya existe una persona con ese"
                        + " documento, la fila se asocia a ella.", List.of(), false, "1047123456"));
        p.add(new Columna(NOMBRES, "Nombres", "Nombres de la persona.", List.of(), obligatoria, "Luz Marina"));
        p.add(new Columna(APELLIDOS, "Apellidos", "Apellidos de la persona.", List.of(), obligatoria, "Pérez Julio"));
        p.add(new Columna(FECHA_NACIMIENTO, "Fecha de nacimiento", "AAAA-MM-DD o DD/MM/AAAA.", List.of(),
                conEdad, conEdad ? "2008-05-10" : "1985-08-20"));
        p.add(Columna.conEtiquetas(SEXO, "Sexo", "Sexo registrado al nacer.", nombres(Sexo.values()),
                c -> EtiquetasEnEspanol.de("persona.sexo.", c), false, ejemploSexo));
        p.add(Columna.conEtiquetas(ETNIA, "Etnia", "Autorreconocimiento étnico. Dato sensible: exige la autorización"
                + " de datos sensibles.", nombres(Etnia.values()), c -> EtiquetasEnEspanol.de("persona.etnia.", c),
                false, ""));
        p.add(new Columna(VICTIMA, "¿Víctima del conflicto armado?", "SI si está registrada como víctima (Ley 1448"
                + " de 2011). Dato sensible: exige la autorización de datos sensibles.", SI_NO,
                victima, victima ? "SI" : ""));
        p.add(new Columna(TELEFONO, "Teléfono", "Dato personal: exige la autorización de datos personales.",
                List.of(), false, ""));
        p.add(new Columna(LOCALIDAD, "Localidad", "Localidad de residencia. Dato personal: exige la autorización"
                + " de datos personales.", Localidades.TODAS, false, ""));
        p.add(new Columna(AUTORIZA_PERSONALES, "Autoriza datos personales (Ley 1581)",
                "SI si la persona firmó la autorización de tratamiento de datos personales. Sin ella solo se guardan"
                        + " los datos mínimos (documento, nombres, fecha de nacimiento y sexo).", SI_NO, false,
                victima ? "SI" : "NO"));
        p.add(new Columna(AUTORIZA_SENSIBLES, "Autoriza datos sensibles (Ley 1581)",
                "SI si la persona firmó la autorización de datos sensibles (etnia, condición de víctima…).", SI_NO,
                false, victima ? "SI" : "NO"));
        p.add(new Columna(FECHA_AUTORIZACION, "Fecha de la autorización",
                "Fecha en que la persona firmó la autorización (obligatoria si autoriza algo).", List.of(), false,
                victima ? "2025-03-03" : ""));
        p.add(new Columna(SOPORTE_AUTORIZACION, "Soporte de la autorización",
                "Referencia del formato firmado (carpeta, folio o archivo). Obligatoria si autoriza algo.", List.of(),
                false, victima ? "Carpeta 2025, folio 12" : ""));
        return p;
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

    /** Un estado, una atención o una opción de una ruta por su nombre en español. */
    static String etiqueta(String codigo) {
        return EtiquetasEnEspanol.de(CODIGO, codigo);
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
