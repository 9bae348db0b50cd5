package co.gov.cartagena.ruta.indicadores.publicacion;

import java.util.ArrayList;
import java.util.List;

/**
 * El diccionario de datos de los dos CSV de un corte publicado (el de indicadores y el de desagregaciones): cada
 * columna con su tipo, su descripción y el archivo al que pertenece. De aquí salen
 * {@code /datos-abiertos/diccionario.csv} y los campos del documento de metadatos; una prueba exige que nombre las
 * mismas columnas que {@link DocumentoPublico#COLUMNAS} y {@link DocumentoPublico#COLUMNAS_DESAGREGACIONES}, en el
 * mismo orden.
 */
public final class DiccionarioDeDatos {

    /** Una columna. */
    public record Campo(String nombre, String tipo, String descripcion) {
    }

    /** Los archivos descritos: el nombre de cada uno tras la fecha del corte. */
    public static final String ARCHIVO_INDICADORES = "AAAA-MM-DD.csv";
    public static final String ARCHIVO_DESAGREGACIONES = "AAAA-MM-DD-desagregaciones.csv";

    /** Las columnas del CSV de indicadores. */
    public static final List<Campo> CAMPOS;

    /** Las columnas del CSV de desagregaciones. */
    public static final List<Campo> CAMPOS_DESAGREGACIONES = List.of(
            new Campo("fecha_corte", "fecha (AAAA-MM-DD)", "Fecha de corte (la misma del CSV de indicadores)."),
            new Campo("codigo", "texto", "Código del indicador en el plan (columna codigo del CSV de indicadores)."),
            new Campo("dimension", "texto", "sexo o grupoEdad (edad cumplida a la fecha de corte)."),
            new Campo("categoria", "texto", "Categoría de la dimensión: MUJER, HOMBRE, INTERSEXUAL o SIN_DATO; o 0-11, "
                    + "12-17, 18-28, 29-59, 60+ o SIN_DATO."),
            new Campo("componente", "texto", "Qué se cuenta: VAL (personas del valor), NUM (del numerador) o DEN (del "
                    + "denominador)."),
            new Campo("personas", "entero", "Personas distintas de la cifra del cuatrienio en esa categoría. Vacía: "
                    + "suprimida (de 1 a 4 personas, o suprimida para que no se despeje restando del total). Sin filas: "
                    + "la desagregación no se publica (rutas sensibles con alguna celda de menos de 5 personas)."));

    static {
        List<Campo> c = new ArrayList<>(List.of(
                new Campo("fecha_corte", "fecha (AAAA-MM-DD)", "Fecha de corte: las cifras son las acumuladas hasta ese día, inclusive."),
                new Campo("aprobado_en", "fecha y hora (ISO 8601, UTC)", "Cuándo un supervisor cerró y aprobó el corte (desde entonces sus cifras no cambian)."),
                new Campo("publicado_en", "fecha y hora (ISO 8601, UTC)", "Cuándo se publicó el corte."),
                new Campo("componente", "texto", "Componente de la línea estratégica al que pertenece el indicador."),
                new Campo("programa", "texto", "Programa del componente (vacío en los indicadores de resultado)."),
                new Campo("codigo", "texto", "Código del indicador en el plan (p. ej. PZ.VIC.3)."),
                new Campo("indicador", "texto", "Nombre del indicador."),
                new Campo("nivel", "texto", "resultado o producto."),
                new Campo("unidad", "texto", "Unidad de medida del valor."),
                new Campo("tipo_meta", "texto", "Tipo de meta: incremento, reduccion, acumulado, cobertura, mantenimiento o hito; dice cómo se calcula el avance."),
                new Campo("linea_base", "decimal", "Línea base del plan (vacía si el plan no la trae)."),
                new Campo("meta_cuatrienio", "decimal", "Meta del cuatrienio 2024–2027."),
                new Campo("valor", "decimal", "Valor del indicador en el cuatrienio hasta la fecha de corte (vacío si no hay valor aprobado)."),
                new Campo("numerador", "decimal", "Numerador del valor, en los indicadores que son una proporción."),
                new Campo("denominador", "decimal", "Denominador del valor, en los indicadores que son una proporción."),
                new Campo("avance_pct", "decimal", "Avance hacia la meta del cuatrienio, en porcentaje (100 = meta cumplida; puede pasar de 100)."),
                new Campo("esperado_pct", "decimal", "Avance esperado a la fecha de corte según la programación, en porcentaje."),
                new Campo("semaforo", "texto", "VERDE (avance de al menos el 90 % de lo esperado), AMARILLO (al menos el 70 %), ROJO (menos) o SIN_DATOS."),
                new Campo("anio_corte", "entero", "Año de la fecha de corte."),
                new Campo("meta_anio", "decimal", "Meta anual de referencia del año del corte (vacía si no hay metas anuales)."),
                new Campo("valor_anio", "decimal", "Valor del indicador en el año del corte, hasta la fecha de corte."),
                new Campo("numerador_anio", "decimal", "Numerador del valor del año."),
                new Campo("denominador_anio", "decimal", "Denominador del valor del año."),
                new Campo("avance_anio_pct", "decimal", "Avance hacia la meta del año, en porcentaje."),
                new Campo("semaforo_anio", "texto", "Semáforo del año (mismos valores que semaforo).")));
        for (int anio = 2024; anio <= 2027; anio++) {
            c.add(new Campo("meta_" + anio, "decimal", "Meta anual de referencia de " + anio
                    + " (en acumulado, la suma de las metas anuales hasta ese año)."));
            c.add(new Campo("valor_" + anio, "decimal", "Valor de " + anio + ": del último corte publicado de ese año "
                    + "(o de este corte en su propio año); vacío si no hay corte publicado de ese año."));
        }
        CAMPOS = List.copyOf(c);
    }

    private DiccionarioDeDatos() {
    }

    /** El diccionario como CSV (UTF-8, «,»): campo, tipo, descripcion, archivo. */
    public static String csv() {
        StringBuilder s = new StringBuilder("campo,tipo,descripcion,archivo\r\n");
        for (Campo c : CAMPOS) {
            fila(s, c, ARCHIVO_INDICADORES);
        }
        for (Campo c : CAMPOS_DESAGREGACIONES) {
            fila(s, c, ARCHIVO_DESAGREGACIONES);
        }
        return s.toString();
    }

    private static void fila(StringBuilder s, Campo c, String archivo) {
        s.append(DocumentoPublico.campoCsv(c.nombre())).append(',').append(DocumentoPublico.campoCsv(c.tipo()))
                .append(',').append(DocumentoPublico.campoCsv(c.descripcion())).append(',').append(archivo)
                .append("\r\n");
    }
}
