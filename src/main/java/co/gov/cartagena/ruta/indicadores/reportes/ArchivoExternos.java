package co.gov.cartagena.ruta.indicadores.reportes;

import co.gov.cartagena.ruta.comun.FormatoFecha;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lee un archivo CSV de cifras oficiales: encabezado {@code codigo,fecha_corte,valor,fuente} (en cualquier orden,
 * separado por coma o punto y coma) y, opcionales, {@code numerador,denominador}. Fechas dd/MM/aaaa o aaaa-MM-dd;
 * números con punto o coma decimal y sin separador de miles. Aquí solo se revisa la forma de cada fila; las reglas
 * del indicador las revisa {@code seguimiento.ServicioIndicadores.importarExternos}.
 */
public final class ArchivoExternos {

    static final int MAX_FILAS = 2000;
    static final List<String> OBLIGATORIAS = List.of("codigo", "fecha_corte", "valor", "fuente");
    static final Set<String> OPCIONALES = Set.of("numerador", "denominador");
    private static final Pattern NUMERO = Pattern.compile("\\d{1,14}([.,]\\d{1,4})?");

    /** Una fila bien formada: su línea, el código y lo que reporta. */
    public record FilaExterna(int linea, String codigo, NuevoReporte datos) {
    }

    /** Las filas bien formadas y los errores, cada uno con su línea. */
    public record Lectura(List<FilaExterna> filas, List<Texto> textos) {

        /** Los errores en español. */
        public List<String> errores() {
            return textos.stream().map(Texto::enEspanol).toList();
        }
    }

    private ArchivoExternos() {
    }

    public static Lectura leer(String contenido) {
        List<Texto> errores = new ArrayList<>();
        List<FilaExterna> filas = new ArrayList<>();
        if (contenido == null || contenido.isBlank()) {
            errores.add(Texto.de("indicadores.importacion.archivoVacio"));
            return new Lectura(filas, errores);
        }
        List<LectorCsv.Fila> leidas;
        try {
            leidas = LectorCsv.leer(contenido);
        } catch (ReglaIncumplida e) {
            errores.add(e.texto());
            return new Lectura(filas, errores);
        }
        Map<String, Integer> columnas = columnas(leidas.get(0), errores);
        if (!errores.isEmpty()) {
            return new Lectura(filas, errores);
        }
        if (leidas.size() == 1) {
            errores.add(Texto.de("indicadores.importacion.soloEncabezado"));
        }
        if (leidas.size() - 1 > MAX_FILAS) {
            errores.add(Texto.de("indicadores.importacion.demasiadasFilas", leidas.size() - 1, MAX_FILAS));
            return new Lectura(filas, errores);
        }
        for (LectorCsv.Fila fila : leidas.subList(1, leidas.size())) {
            leerFila(fila, columnas, filas, errores);
        }
        return new Lectura(filas, errores);
    }

    private static Map<String, Integer> columnas(LectorCsv.Fila encabezado, List<Texto> errores) {
        Map<String, Integer> columnas = new HashMap<>();
        for (int i = 0; i < encabezado.campos().size(); i++) {
            String nombre = encabezado.campos().get(i).strip().toLowerCase(Locale.ROOT);
            if (!OBLIGATORIAS.contains(nombre) && !OPCIONALES.contains(nombre)) {
                errores.add(Texto.de("indicadores.importacion.columnaDesconocida", encabezado.linea(),
                        encabezado.campos().get(i).strip(),
                        String.join(",", OBLIGATORIAS)));
            } else if (columnas.putIfAbsent(nombre, i) != null) {
                errores.add(Texto.de("indicadores.importacion.columnaRepetida", encabezado.linea(), nombre));
            }
        }
        for (String obligatoria : OBLIGATORIAS) {
            if (!columnas.containsKey(obligatoria) && errores.isEmpty()) {
                errores.add(Texto.de("indicadores.importacion.faltaColumna", encabezado.linea(), obligatoria,
                        String.join(",", OBLIGATORIAS)));
            }
        }
        return columnas;
    }

    private static void leerFila(LectorCsv.Fila fila, Map<String, Integer> columnas, List<FilaExterna> filas,
            List<Texto> errores) {
        int linea = fila.linea();
        int esperadas = columnas.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (fila.campos().size() != esperadas) {
            errores.add(Texto.de("indicadores.importacion.columnasDeMas", linea, fila.campos().size(), esperadas));
            return;
        }
        int antes = errores.size();
        String codigo = campo(fila, columnas, "codigo");
        if (codigo.isEmpty()) {
            errores.add(Texto.de("indicadores.importacion.faltaCodigo", linea));
        }
        LocalDate fecha = fecha(campo(fila, columnas, "fecha_corte"), linea, errores);
        BigDecimal valor = numero(campo(fila, columnas, "valor"), "valor", linea, errores, true);
        BigDecimal numerador = numero(campo(fila, columnas, "numerador"), "numerador", linea, errores, false);
        BigDecimal denominador = numero(campo(fila, columnas, "denominador"), "denominador", linea, errores, false);
        if (errores.size() == antes) {
            filas.add(new FilaExterna(fila.linea(), codigo, new NuevoReporte(fecha, valor, numerador, denominador,
                    campo(fila, columnas, "fuente"), null)));
        }
    }

    private static String campo(LectorCsv.Fila fila, Map<String, Integer> columnas, String nombre) {
        Integer i = columnas.get(nombre);
        return i == null ? "" : fila.campos().get(i).strip();
    }

    private static LocalDate fecha(String texto, int linea, List<Texto> errores) {
        if (texto.isEmpty()) {
            errores.add(Texto.de("indicadores.importacion.faltaFecha", linea));
            return null;
        }
        try {
            return texto.contains("/") ? LocalDate.parse(texto, FormatoFecha.FECHA) : LocalDate.parse(texto);
        } catch (DateTimeParseException e) {
            errores.add(Texto.de("indicadores.importacion.noEsFecha", linea, texto));
            return null;
        }
    }

    private static BigDecimal numero(String texto, String campo, int linea, List<Texto> errores,
            boolean obligatorio) {
        if (texto.isEmpty()) {
            if (obligatorio) {
                errores.add(Texto.de("indicadores.importacion.faltaNumero", linea, campo));
            }
            return null;
        }
        if (!NUMERO.matcher(texto).matches()) {
            errores.add(Texto.de("indicadores.importacion.noEsNumero", linea, campo, texto));
            return null;
        }
        return new BigDecimal(texto.replace(',', '.'));
    }
}
