package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.comun.Texto;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Lee valores de una fila (listas cerradas, SI/NO, fechas, fechas del plan) anotando cada error con su columna. */
final class LecturaDeFila {

    /** Hoy, por el reloj de Ruta: ninguna fecha del plan puede ser posterior. */
    private final LocalDate hoy;

    private static final DateTimeFormatter DIA_MES_ANIO = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private final FilaLeida f;
    private final Map<String, Columna> columnas;
    private final List<ErrorDeFila> errores;

    LecturaDeFila(FilaLeida f, Map<String, Columna> columnas, List<ErrorDeFila> errores, LocalDate hoy) {
        this.hoy = hoy;
        this.f = f;
        this.columnas = columnas;
        this.errores = errores;
    }

    void error(String clave, Texto texto) {
        errores.add(new ErrorDeFila(f.numero(), columnas.get(clave).encabezado(), texto));
    }

    <E extends Enum<E>> E enumerado(String clave, Class<E> tipo) {
        String v = f.valor(clave);
        if (v == null) {
            return null;
        }
        String codigo = columnas.get(clave).codigo(v);
        for (E e : tipo.getEnumConstants()) {
            if (e.name().equals(codigo)) {
                return e;
            }
        }
        error(clave, Texto.de("importacion.elijaDeLaLista", columnas.get(clave).encabezado(),
                String.join(", ", columnas.get(clave).opciones())));
        return null;
    }

    Boolean siNo(String clave) {
        String v = f.valor(clave);
        if (v == null) {
            return null;
        }
        String c = LectorDeArchivo.comparable(v);
        if (c.equals("si") || c.equals("true") || c.equals("s")) {
            return true;
        }
        if (c.equals("no") || c.equals("false") || c.equals("n")) {
            return false;
        }
        error(clave, Texto.de("importacion.respondaSiNo", columnas.get(clave).encabezado()));
        return null;
    }

    LocalDate fecha(String clave) {
        String v = f.valor(clave);
        if (v == null) {
            return null;
        }
        try {
            return v.contains("/") ? LocalDate.parse(v, DIA_MES_ANIO) : LocalDate.parse(v);
        } catch (DateTimeParseException e) {
            error(clave, Texto.de("importacion.fechaIlegible", columnas.get(clave).encabezado(), v));
            return null;
        }
    }

    /** Una fecha de un registro del plan: desde el 1 de enero de 2024 y no futura. */
    LocalDate fechaDelPlan(String clave) {
        LocalDate d = fecha(clave);
        if (d == null) {
            return null;
        }
        if (d.isBefore(ServicioImportacion.INICIO_DEL_PLAN)) {
            error(clave, Texto.de("importacion.fechaAntesDelPlan", columnas.get(clave).encabezado()));
            return null;
        }
        if (d.isAfter(hoy)) {
            error(clave, Texto.de("importacion.fechaFutura", columnas.get(clave).encabezado()));
            return null;
        }
        return d;
    }
}
