package co.gov.cartagena.ruta.importacion;

import static co.gov.cartagena.ruta.importacion.ColumnasDeRuta.*;

import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.casos.Ruta;
import co.gov.cartagena.ruta.casos.TipoCampo;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.personas.DatosPersona;
import co.gov.cartagena.ruta.personas.Etnia;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.personas.TipoDocumento;
import co.gov.cartagena.ruta.sedes.Localidades;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Convierte una fila leída en {@link FilaInterpretada}: listas cerradas, fechas, SI/NO, y el camino de estados desde
 * el inicial de la ruta hasta el declarado. Cada valor ilegible es un error con su columna; las reglas del dominio
 * (las mismas que a mano) se aplican después, en {@link ServicioImportacion}.
 */
final class InterpreteDeFila {

    private static final DateTimeFormatter DIA_MES_ANIO = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(java.time.format.ResolverStyle.STRICT);

    private final Ruta ruta;
    private final LocalDate hoy;
    private final Map<String, Columna> columnas = new LinkedHashMap<>();

    InterpreteDeFila(Ruta ruta, List<Columna> columnas, LocalDate hoy) {
        this.ruta = ruta;
        this.hoy = hoy;
        columnas.forEach(c -> this.columnas.put(c.clave(), c));
    }

    record Interpretacion(FilaInterpretada fila, List<ErrorDeFila> errores) {
    }

    Interpretacion interpretar(FilaLeida f) {
        List<ErrorDeFila> errores = new ArrayList<>();
        Lectura l = new Lectura(f, errores);
        TipoDocumento tipo = l.enumerado(TIPO_DOCUMENTO, TipoDocumento.class);
        String numero = f.valor(NUMERO_DOCUMENTO);
        String nombres = f.valor(NOMBRES);
        String apellidos = f.valor(APELLIDOS);
        LocalDate nacimiento = l.fecha(FECHA_NACIMIENTO);
        Sexo sexo = l.enumerado(SEXO, Sexo.class);
        Etnia etnia = l.enumerado(ETNIA, Etnia.class);
        Boolean victima = l.siNo(VICTIMA);
        String localidad = null;
        if (f.valor(LOCALIDAD) != null) {
            localidad = Localidades.canonica(f.valor(LOCALIDAD)).orElse(null);
            if (localidad == null) {
                l.error(LOCALIDAD, Texto.de("importacion.elijaDeLaLista", columnas.get(LOCALIDAD).encabezado(),
                        String.join(", ", Localidades.TODAS)));
            }
        }
        Boolean personales = l.siNo(AUTORIZA_PERSONALES);
        Boolean sensibles = l.siNo(AUTORIZA_SENSIBLES);
        LocalDate fechaAutorizacion = l.fecha(FECHA_AUTORIZACION);
        String soporte = f.valor(SOPORTE_AUTORIZACION);
        boolean autoriza = Boolean.TRUE.equals(personales) || Boolean.TRUE.equals(sensibles);
        if (autoriza && fechaAutorizacion == null && f.valor(FECHA_AUTORIZACION) == null) {
            l.error(FECHA_AUTORIZACION, Texto.de("importacion.autorizacionSinFecha"));
        }
        if (autoriza && soporte == null) {
            l.error(SOPORTE_AUTORIZACION, Texto.de("importacion.autorizacionSinSoporte"));
        }
        String sede = f.valor(SEDE);
        LocalDate apertura = l.fechaDelPlan(FECHA_APERTURA);
        if (apertura == null && f.valor(FECHA_APERTURA) == null) {
            l.error(FECHA_APERTURA, Texto.de("importacion.obligatoria", columnas.get(FECHA_APERTURA).encabezado()));
        }
        DefinicionRuta def = ruta.definicion();
        List<String> camino = List.of();
        String estado = f.valor(ESTADO);
        if (estado != null) {
            String buscado = estado.toUpperCase(Locale.ROOT);
            Optional<List<String>> encontrado = camino(def, buscado);
            if (encontrado.isEmpty()) {
                l.error(ESTADO, Texto.de("importacion.elijaDeLaLista", columnas.get(ESTADO).encabezado(),
                        String.join(", ", columnas.get(ESTADO).opciones())));
            } else {
                camino = encontrado.get();
            }
        }
        Map<String, String> datos = new LinkedHashMap<>();
        for (Campo campo : def.campos()) {
            String v = f.valor(campo.nombre());
            if (v == null) {
                continue;
            }
            if (campo.tipo() == TipoCampo.SI_NO) {
                Boolean b = l.siNo(campo.nombre());
                if (b != null) {
                    datos.put(campo.nombre(), b.toString());
                }
            } else if (campo.tipo() == TipoCampo.FECHA) {
                LocalDate d = l.fecha(campo.nombre());
                if (d != null) {
                    datos.put(campo.nombre(), d.toString());
                }
            } else if (campo.tipo() == TipoCampo.OPCION) {
                datos.put(campo.nombre(), v.toUpperCase(Locale.ROOT));
            } else {
                datos.put(campo.nombre(), v);
            }
        }
        String tipoAtencion = f.valor(TIPO_ATENCION) == null ? null : f.valor(TIPO_ATENCION).toUpperCase(Locale.ROOT);
        LocalDate fechaAtencion = l.fechaDelPlan(FECHA_ATENCION);
        if (tipoAtencion != null && fechaAtencion == null && f.valor(FECHA_ATENCION) == null) {
            l.error(FECHA_ATENCION, Texto.de("importacion.atencionSinFecha"));
        }
        if (tipoAtencion == null && f.valor(FECHA_ATENCION) != null) {
            l.error(TIPO_ATENCION, Texto.de("importacion.fechaAtencionSinTipo"));
        }
        if (!errores.isEmpty()) {
            return new Interpretacion(null, errores);
        }
        DatosPersona minimos = DatosPersona.minimos(tipo, numero, nombres, apellidos, nacimiento, sexo);
        DatosPersona completos = new DatosPersona(tipo, numero, nombres, apellidos, nacimiento, sexo, null, null,
                etnia, null, null, null, Boolean.TRUE.equals(victima), false, f.valor(TELEFONO), null, null, localidad,
                null);
        return new Interpretacion(new FilaInterpretada(minimos, completos, Boolean.TRUE.equals(personales),
                Boolean.TRUE.equals(sensibles), fechaAutorizacion, soporte, sede, apertura, camino,
                f.valor(NARRATIVA), datos, tipoAtencion, fechaAtencion), errores);
    }

    /** Los estados por los que pasa un caso, desde el inicial, hasta {@code destino} (el camino más corto). */
    static Optional<List<String>> camino(DefinicionRuta def, String destino) {
        if (DefinicionRuta.CERRADO.equals(destino)) {
            return Optional.empty();
        }
        Map<String, String> previo = new LinkedHashMap<>();
        ArrayDeque<String> cola = new ArrayDeque<>(List.of(def.estadoInicial()));
        previo.put(def.estadoInicial(), null);
        while (!cola.isEmpty()) {
            String e = cola.poll();
            if (e.equals(destino)) {
                List<String> pasos = new ArrayList<>();
                for (String x = e; previo.get(x) != null; x = previo.get(x)) {
                    pasos.add(0, x);
                }
                return Optional.of(pasos);
            }
            for (String s : def.siguientes(e)) {
                if (!previo.containsKey(s)) {
                    previo.put(s, e);
                    cola.add(s);
                }
            }
        }
        return Optional.empty();
    }

    /** La clave de una fila: la huella de la ruta y de sus valores (igual en cualquier archivo que la traiga). */
    static String clave(Ruta ruta, List<Columna> columnas, FilaLeida f) {
        StringBuilder s = new StringBuilder(ruta.name());
        for (Columna c : columnas) {
            String v = f.valor(c.clave());
            s.append('\u001F').append(v == null ? "" : v);
        }
        return huella(s.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String huella(byte[] contenido) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lee valores de la fila anotando cada error con el encabezado de su columna. */
    private final class Lectura {
        private final FilaLeida f;
        private final List<ErrorDeFila> errores;

        Lectura(FilaLeida f, List<ErrorDeFila> errores) {
            this.f = f;
            this.errores = errores;
        }

        void error(String clave, Texto texto) {
            errores.add(new ErrorDeFila(f.numero(), columnas.get(clave).encabezado(), texto.enEspanol()));
        }

        <E extends Enum<E>> E enumerado(String clave, Class<E> tipo) {
            String v = f.valor(clave);
            if (v == null) {
                return null;
            }
            String buscado = v.toUpperCase(Locale.ROOT).replace(' ', '_');
            for (E e : tipo.getEnumConstants()) {
                if (e.name().equals(buscado)) {
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
}
