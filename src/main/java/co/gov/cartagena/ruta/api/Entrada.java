package co.gov.cartagena.ruta.api;

import co.gov.cartagena.ruta.comun.Hoy;
import co.gov.cartagena.ruta.comun.Json;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * La única puerta de los datos de la API: el cuerpo JSON (ya acotado en tamaño y anidamiento por
 * {@link LectorCuerpoJson}) y los parámetros de la URL se leen con estos accesos tipados. Cada uno comprueba tipo,
 * rango y largo contra la columna que lo guarda (migraciones en {@code db/migracion}) antes de que el dato llegue a un
 * servicio; un error responde 400 con el campo y un mensaje en español ({@link ReglaIncumplida}), nunca 500, y el
 * mensaje nunca repite el valor recibido más allá de un extracto corto.
 *
 * <p>Textos cortos ({@link #texto}): sin caracteres de control (ni saltos de línea). Textos largos ({@link #textoLargo},
 * para notas, relatos, motivos y justificaciones): admiten salto de línea y tabulador, ningún otro carácter de control
 * (nunca NUL). Ids: enteros de 1 a 2^63−1. Versiones: enteros de 0 a 2^31−1. Fechas: AAAA-MM-DD, desde
 * {@link #FECHA_MINIMA} y hasta {@link #ANIOS_ADELANTE} años después de hoy, salvo las que piden otro tope.
 */
final class Entrada {

    /** Largo de los textos libres que se guardan en columnas TEXT (hasta 65.535 bytes; 4 bytes por carácter). */
    static final int TEXTO_LIBRE = 10_000;
    /** Ninguna fecha de la API es anterior a esta. */
    static final LocalDate FECHA_MINIMA = LocalDate.of(1900, 1, 1);
    /** Ninguna fecha de la API pasa de hoy más estos años (los seguimientos, de {@link #ANIOS_SEGUIMIENTO}). */
    static final int ANIOS_ADELANTE = 5;
    static final int ANIOS_SEGUIMIENTO = 3;
    /** Campos propios de una ruta ({@link #textos}): cuántos, el largo de cada valor y el total (columna TEXT). */
    static final int CAMPOS_RUTA = 60;
    static final int LARGO_VALOR_RUTA = 2_000;
    static final int TOTAL_CAMPOS_RUTA = 12_000;
    /** Lo más que un mensaje de error repite de un valor recibido. */
    static final int EXTRACTO = 40;

    private static final Pattern NOMBRE_CAMPO = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,59}");
    private static final BigInteger MAX_ID = BigInteger.valueOf(Long.MAX_VALUE);
    private static final BigInteger MAX_VERSION = BigInteger.valueOf(Integer.MAX_VALUE);

    private final JsonObject json;
    /** Parámetros de la URL: todo llega como texto, y sí/no y enteros se leen de él. */
    private final boolean deUrl;

    Entrada(JsonObject json) {
        this(json, false);
    }

    private Entrada(JsonObject json, boolean deUrl) {
        ReglaIncumplida.exigir(json != null, "cuerpo", Texto.de("api.peticionNecesitaCuerpoJson"));
        this.json = json;
        this.deUrl = deUrl;
    }

    /** Los parámetros de la URL ({@code nombre, valor, nombre, valor…}) leídos con las mismas reglas que un cuerpo. */
    static Entrada deParametros(String... nombresYValores) {
        JsonObjectBuilder o = Json.createObjectBuilder();
        for (int i = 0; i < nombresYValores.length; i += 2) {
            if (nombresYValores[i + 1] != null) {
                o.add(nombresYValores[i], nombresYValores[i + 1]);
            }
        }
        return new Entrada(o.build(), true);
    }

    /** La cabecera {@code Idempotency-Key}: un texto corto de hasta 64 caracteres (columna {@code clave_envio}). */
    static String claveDeEnvio(String valor) {
        return cabecera("Idempotency-Key", valor, 64);
    }

    /** Una cabecera con las reglas de un texto corto ({@link #texto}). */
    static String cabecera(String nombre, String valor, int largo) {
        if (valor != null) {
            revisar(nombre, valor, largo, false);
        }
        return valor;
    }

    boolean tiene(String campo) {
        return json.containsKey(campo);
    }

    // ---------------------------------------------------------------------------------------------- textos

    /** Un texto corto (nombre, código, teléfono…): sin caracteres de control y de hasta {@code largo} caracteres. */
    String texto(String campo, int largo) {
        String t = cadena(campo);
        if (t != null) {
            revisar(campo, t, largo, false);
        }
        return t;
    }

    String textoObligatorio(String campo, int largo) {
        return presente(campo, texto(campo, largo));
    }

    /** Un texto libre (notas, relato, motivo, justificación): admite saltos de línea; ningún otro control. */
    String textoLargo(String campo, int largo) {
        String t = cadena(campo);
        if (t != null) {
            revisar(campo, t, largo, true);
        }
        return t;
    }

    String textoLargoObligatorio(String campo, int largo) {
        return presente(campo, textoLargo(campo, largo));
    }

    private static String presente(String campo, String t) {
        ReglaIncumplida.exigir(t != null && !t.isBlank(), campo, Texto.de("api.faltaCampo", campo));
        return t;
    }

    private String cadena(String campo) {
        JsonValue v = json.get(campo);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        ReglaIncumplida.exigir(v instanceof JsonString, campo, Texto.de("api.campoDebeSerTexto", campo));
        return ((JsonString) v).getString();
    }

    /** Largo en caracteres (como cuenta MariaDB) y caracteres permitidos. */
    static void revisar(String campo, String t, int largo, boolean saltosDeLinea) {
        int caracteres = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < t.length() && Character.isLowSurrogate(t.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new ReglaIncumplida(campo, Texto.de("api.campoTieneCaracteresNo", campo));
            } else if (Character.isISOControl(c) && !(saltosDeLinea && (c == '\n' || c == '\r' || c == '\t'))) {
                throw new ReglaIncumplida(campo, saltosDeLinea
                        ? Texto.de("api.caracteresDeControlSalvoSaltos", campo)
                        : Texto.de("api.caracteresDeControlUnaLinea", campo));
            }
            caracteres++;
        }
        ReglaIncumplida.exigir(caracteres <= largo, campo,
                Texto.de("api.campoAdmiteHastaCaracteres", campo, largo, caracteres));
    }

    // --------------------------------------------------------------------------------------------- números

    /** El id de un registro: un entero de 1 a 2^63−1 (ni decimales, ni notación que lo desborde). */
    Long id(String campo) {
        BigInteger n = entero(campo);
        if (n == null) {
            return null;
        }
        ReglaIncumplida.exigir(n.signum() > 0 && n.compareTo(MAX_ID) <= 0, campo,
                Texto.de("api.campoDebeSerId", campo));
        return n.longValueExact();
    }

    long idObligatorio(String campo) {
        Long n = id(campo);
        ReglaIncumplida.exigir(n != null, campo, Texto.de("api.faltaCampo", campo));
        return n;
    }

    /** La versión leída de un registro (control de edición): un entero de 0 a 2^31−1. */
    Integer version(String campo) {
        BigInteger n = entero(campo);
        if (n == null) {
            return null;
        }
        ReglaIncumplida.exigir(n.signum() >= 0 && n.compareTo(MAX_VERSION) <= 0, campo,
                Texto.de("api.campoDebeSerVersion", campo));
        return n.intValueExact();
    }

    int versionObligatoria(String campo) {
        Integer n = version(campo);
        ReglaIncumplida.exigir(n != null, campo, Texto.de("api.faltaCampoVersionUsted", campo));
        return n;
    }

    /** Un entero entre {@code minimo} y {@code maximo}. */
    Integer entero(String campo, int minimo, int maximo) {
        BigInteger n = entero(campo);
        if (n == null) {
            return null;
        }
        ReglaIncumplida.exigir(n.compareTo(BigInteger.valueOf(minimo)) >= 0 && n.compareTo(BigInteger.valueOf(maximo)) <= 0,
                campo, Texto.de("api.campoDebeSerEntero", campo, minimo, maximo));
        return n.intValueExact();
    }

    private BigInteger entero(String campo) {
        JsonValue v = json.get(campo);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (deUrl && v instanceof JsonString s) {
            if (s.getString().isBlank()) {
                return null;
            }
            try {
                ReglaIncumplida.exigir(s.getString().length() <= 30, campo,
                        Texto.de("api.parametroDemasiadoLargo", campo));
                return enteroExacto(campo, new BigDecimal(s.getString().trim()));
            } catch (NumberFormatException e) {
                throw new ReglaIncumplida(campo, Texto.de("api.parametroDebeSerNumero", campo));
            }
        }
        ReglaIncumplida.exigir(v instanceof JsonNumber, campo, Texto.de("api.campoDebeSerNumeroEntero", campo));
        return enteroExacto(campo, ((JsonNumber) v).bigDecimalValue());
    }

    private static BigInteger enteroExacto(String campo, BigDecimal d) {
        // 1e400 es entero pero no cabe en nada: se mira la magnitud antes de convertir.
        ReglaIncumplida.exigir(d.precision() - d.scale() <= 20, campo, Texto.de("api.campoDemasiadoGrande", campo));
        try {
            return d.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new ReglaIncumplida(campo, Texto.de("api.campoDebeSerEnteroSinDecimales", campo));
        }
    }

    /**
     * Un número decimal que se guarda en una columna {@code DECIMAL(precision, decimales)}: su parte entera cabe en
     * {@code precision − decimales} cifras. Se acepta también escrito como texto ("12.5").
     */
    BigDecimal decimal(String campo, int precision, int decimales) {
        JsonValue v = json.get(campo);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        BigDecimal d = null;
        if (v instanceof JsonNumber n) {
            d = n.bigDecimalValue();
        } else if (v instanceof JsonString s && s.getString().length() <= 60) {
            try {
                d = new BigDecimal(s.getString().trim());
            } catch (NumberFormatException e) {
                // cae al error de abajo
            }
        }
        ReglaIncumplida.exigir(d != null, campo, Texto.de("api.campoDebeSerUnNumero", campo));
        BigDecimal tope = BigDecimal.TEN.pow(precision - decimales);
        ReglaIncumplida.exigir(d.abs().compareTo(tope) < 0, campo,
                Texto.de("api.campoDebeTenerMenos", campo, precision - decimales));
        ReglaIncumplida.exigir(d.scale() <= decimales || d.stripTrailingZeros().scale() <= decimales, campo,
                Texto.de("api.campoAdmiteHastaDecimales", campo, decimales));
        return d;
    }

    /** Una lista de ids (p. ej. personas de una actividad), de a lo sumo {@code maximo}. */
    List<Long> ids(String campo, int maximo) {
        JsonValue v = json.get(campo);
        List<Long> ids = new ArrayList<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return ids;
        }
        ReglaIncumplida.exigir(v.getValueType() == JsonValue.ValueType.ARRAY, campo,
                Texto.de("api.campoDebeSerListaDeIds", campo));
        ReglaIncumplida.exigir(v.asJsonArray().size() <= maximo, campo,
                Texto.de("api.campoAdmiteHastaIds", campo, maximo));
        for (JsonValue x : v.asJsonArray()) {
            ReglaIncumplida.exigir(x instanceof JsonNumber, campo, Texto.de("api.campoDebeSerListaDeIds", campo));
            BigInteger n = enteroExacto(campo, ((JsonNumber) x).bigDecimalValue());
            ReglaIncumplida.exigir(n.signum() > 0 && n.compareTo(MAX_ID) <= 0, campo,
                    Texto.de("api.campoDebeSerListaDeEnteros", campo));
            ids.add(n.longValueExact());
        }
        return ids;
    }

    // ---------------------------------------------------------------------------------------------- fechas

    /** Una fecha AAAA-MM-DD entre {@link #FECHA_MINIMA} y hoy más {@link #ANIOS_ADELANTE} años. */
    LocalDate fecha(String campo) {
        return fecha(campo, LocalDate.now(Hoy.COLOMBIA).plusYears(ANIOS_ADELANTE));
    }

    /** Una fecha que ya pasó o es hoy (nacimiento, autorización firmada). */
    LocalDate fechaPasada(String campo) {
        return fecha(campo, LocalDate.now(Hoy.COLOMBIA));
    }

    /** Una fecha AAAA-MM-DD entre {@link #FECHA_MINIMA} y {@code hasta}. */
    LocalDate fecha(String campo, LocalDate hasta) {
        String t = cadena(campo);
        if (t == null || t.isBlank()) {
            return null;
        }
        // En la URL es un parámetro; en el cuerpo, un campo: el mismo formato y las mismas reglas.
        Texto noEsFecha = deUrl ? Texto.de("api.parametroDebeSerFecha", campo) : Texto.de("api.campoDebeSerFecha", campo);
        LocalDate f;
        try {
            ReglaIncumplida.exigir(t.trim().length() <= 10, campo, noEsFecha);
            f = LocalDate.parse(t.trim());
        } catch (DateTimeParseException e) {
            throw new ReglaIncumplida(campo, noEsFecha);
        }
        ReglaIncumplida.exigir(!f.isBefore(FECHA_MINIMA), campo,
                Texto.de("api.campoNoPuedeSerAnterior", campo, FECHA_MINIMA));
        ReglaIncumplida.exigir(!f.isAfter(hasta), campo,
                Texto.de("api.campoNoPuedeSerPosterior", campo, hasta));
        return f;
    }

    // ---------------------------------------------------------------------------------------------- otros

    boolean siNo(String campo) {
        JsonValue v = json.get(campo);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        if (deUrl && v instanceof JsonString s) {
            ReglaIncumplida.exigir(s.getString().isBlank() || s.getString().equals("true")
                    || s.getString().equals("false"), campo, Texto.de("api.parametroDebeSerTrue", campo));
            return s.getString().equals("true");
        }
        ReglaIncumplida.exigir(v == JsonValue.TRUE || v == JsonValue.FALSE, campo,
                Texto.de("api.campoDebeSerTrue", campo));
        return v == JsonValue.TRUE;
    }

    <E extends Enum<E>> E opcion(String campo, Class<E> tipo) {
        String t = cadena(campo);
        if (t == null || t.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(tipo, t.trim().toUpperCase());
        } catch (IllegalArgumentException e) {
            StringBuilder validas = new StringBuilder();
            for (E c : tipo.getEnumConstants()) {
                validas.append(validas.length() == 0 ? "" : ", ").append(c.name());
            }
            throw new ReglaIncumplida(campo, Texto.de("api.valorNoValidoUse", campo, validas));
        }
    }

    /**
     * Un objeto de textos (los campos propios de la ruta); fechas y sí/no también llegan como texto. Nombres de campo
     * de letras, cifras y «_»; cada valor, un texto libre de hasta {@link #LARGO_VALOR_RUTA} caracteres.
     */
    Map<String, String> textos(String campo) {
        JsonValue v = json.get(campo);
        Map<String, String> m = new LinkedHashMap<>();
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return m;
        }
        ReglaIncumplida.exigir(v.getValueType() == JsonValue.ValueType.OBJECT, campo,
                Texto.de("api.campoDebeSerObjeto", campo));
        ReglaIncumplida.exigir(v.asJsonObject().size() <= CAMPOS_RUTA, campo,
                Texto.de("api.campoAdmiteHastaCampos", campo, CAMPOS_RUTA));
        int total = 0;
        for (Map.Entry<String, JsonValue> e : v.asJsonObject().entrySet()) {
            String nombre = e.getKey();
            ReglaIncumplida.exigir(NOMBRE_CAMPO.matcher(nombre).matches(), campo,
                    Texto.de("api.campoTieneNombreCampo", campo, extracto(nombre)));
            JsonValue x = e.getValue();
            switch (x.getValueType()) {
                case STRING -> {
                    String t = ((JsonString) x).getString();
                    revisar(nombre, t, LARGO_VALOR_RUTA, true);
                    total += t.length();
                    m.put(nombre, t);
                }
                case TRUE -> m.put(nombre, "true");
                case FALSE -> m.put(nombre, "false");
                case NULL -> m.put(nombre, null);
                default -> throw new ReglaIncumplida(nombre, Texto.de("api.campoDebeSerTexto", nombre));
            }
        }
        ReglaIncumplida.exigir(total <= TOTAL_CAMPOS_RUTA, campo,
                Texto.de("api.camposSumanMasCaracteres", campo, TOTAL_CAMPOS_RUTA));
        return m;
    }

    /** Lo que un mensaje puede repetir de un valor recibido: los primeros caracteres, sin controles. */
    static String extracto(String valor) {
        if (valor == null) {
            return "";
        }
        String limpio = valor.codePoints().limit(EXTRACTO + 1L)
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return limpio.codePointCount(0, limpio.length()) > EXTRACTO
                ? limpio.substring(0, limpio.offsetByCodePoints(0, EXTRACTO)) + "…" : limpio;
    }
}
