package co.gov.cartagena.ruta.indicadores.informes;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Los valores del informe en CSV para abrirlos con Excel en español (configuración regional de Colombia): UTF-8 con
 * BOM (así Excel reconoce las tildes), separado por punto y coma, coma decimal sin separador de miles, fechas
 * dd/MM/aaaa y fin de línea CRLF. Primero el encabezado (título, periodo, fecha de corte, sede, «Generado por… el…»
 * y notas, una línea cada uno), una línea en blanco y luego la tabla: una línea de nombres de columna y una por
 * indicador. El avance y el esperado van en porcentaje (66,67 = 66,67 %). Un texto que empieza por = + - @ se
 * escribe precedido de un apóstrofo para que Excel no lo tome por fórmula.
 */
final class InformeCsv {

    static final char SEPARADOR = ';';
    private static final String FIN = "\r\n";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private InformeCsv() {
    }

    static byte[] escribir(Informe informe) {
        StringBuilder s = new StringBuilder();
        linea(s, List.of(Informe.TITULO));
        linea(s, List.of(Informe.SUBTITULO));
        for (String l : informe.encabezado()) {
            linea(s, List.of(l));
        }
        for (String nota : informe.notas()) {
            linea(s, List.of(nota));
        }
        s.append(FIN);
        linea(s, Informe.COLUMNAS);
        for (Informe.Fila f : informe.filas()) {
            List<String> campos = new ArrayList<>(Informe.COLUMNAS.size());
            campos.add(f.codigo());
            campos.add(f.nombre());
            campos.add(f.nivel());
            campos.add(f.componente());
            campos.add(f.programa());
            campos.add(f.fuente());
            campos.add(f.tipoMeta());
            campos.add(f.unidad());
            campos.add(f.lineaBase() == null ? "Sin línea base" : Informe.numeroPlano(f.lineaBase()));
            campos.add(Informe.numeroPlano(f.meta()));
            campos.add(Informe.numeroPlano(f.valor()));
            campos.add(Informe.numeroPlano(f.numerador()));
            campos.add(Informe.numeroPlano(f.denominador()));
            campos.add(Informe.numeroPlano(Informe.porcentaje(f.avance())));
            campos.add(Informe.numeroPlano(Informe.porcentaje(f.esperado())));
            campos.add(f.semaforoTexto());
            campos.add(Informe.fecha(f.fechaValor()));
            campos.add(f.origenValor());
            campos.add(f.notaCompleta());
            linea(s, campos);
        }
        byte[] texto = s.toString().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream salida = new ByteArrayOutputStream(texto.length + BOM.length);
        salida.writeBytes(BOM);
        salida.writeBytes(texto);
        return salida.toByteArray();
    }

    private static void linea(StringBuilder s, List<String> campos) {
        for (int i = 0; i < campos.size(); i++) {
            if (i > 0) {
                s.append(SEPARADOR);
            }
            s.append(campo(campos.get(i)));
        }
        s.append(FIN);
    }

    /** Un campo con comillas si lleva separador, comillas o saltos; a salvo de la inyección de fórmulas. */
    static String campo(String valor) {
        if (valor == null || valor.isEmpty()) {
            return "";
        }
        String v = valor;
        if ("=+-@\t\r".indexOf(v.charAt(0)) >= 0 && !esNumero(v)) {
            v = "'" + v;
        }
        if (v.indexOf(SEPARADOR) >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            return '"' + v.replace("\"", "\"\"") + '"';
        }
        return v;
    }

    private static boolean esNumero(String v) {
        return v.matches("-?\\d+(,\\d+)?");
    }
}
