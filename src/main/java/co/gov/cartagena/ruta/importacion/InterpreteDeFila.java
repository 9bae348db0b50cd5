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
import java.util.Objects;
import java.util.Optional;

/**
 * Convierte una fila leída en {@link FilaInterpretada}: listas cerradas, fechas, SI/NO, y el camino de estados desde
 * el inicial de la ruta hasta el declarado. Cada valor ilegible es un error con su columna; las reglas del dominio
 * (las mismas que a mano) se aplican después, en {@link ServicioImportacion}.
 */
final class InterpreteDeFila {

    private final Ruta ruta;
    private final LocalDate hoy;
    private final Map<String, Columna> columnas = new LinkedHashMap<>();

    /** Columnas de las rutas agregadas después de las primeras importaciones (ver {@link #clave}). */
    private static final java.util.Set<String> AGREGADAS_DESPUES = java.util.Set.of(CLAVE_CASO, FECHA_CIERRE,
            MOTIVO_CIERRE);

    InterpreteDeFila(Ruta ruta, List<Columna> columnas, LocalDate hoy) {
        this.ruta = ruta;
        this.hoy = hoy;
        columnas.forEach(c -> this.columnas.put(c.clave(), c));
    }

    record Interpretacion(FilaInterpretada fila, List<ErrorDeFila> errores) {
    }

    Interpretacion interpretar(FilaLeida f) {
        List<ErrorDeFila> errores = new ArrayList<>();
        LecturaDeFila l = new LecturaDeFila(f, columnas, errores, hoy);
        PersonaInterpretada persona = persona(l, f, columnas);
        String sede = f.valor(SEDE);
        LocalDate apertura = l.fechaDelPlan(FECHA_APERTURA);
        if (apertura == null && f.valor(FECHA_APERTURA) == null) {
            l.error(FECHA_APERTURA, Texto.de("importacion.obligatoria", columnas.get(FECHA_APERTURA).encabezado()));
        }
        DefinicionRuta def = ruta.definicion();
        List<String> camino = List.of();
        String estado = f.valor(ESTADO);
        if (estado != null) {
            String buscado = columnas.get(ESTADO).codigo(estado);
            estado = buscado == null ? estado.toUpperCase(Locale.ROOT) : buscado;
            Optional<List<String>> encontrado = buscado == null ? Optional.empty() : camino(def, buscado);
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
                String codigo = columnas.get(campo.nombre()).codigo(v);
                datos.put(campo.nombre(), codigo != null ? codigo : v.toUpperCase(Locale.ROOT));
            } else {
                datos.put(campo.nombre(), v);
            }
        }
        String tipoAtencion = f.valor(TIPO_ATENCION) == null ? null
                : Objects.requireNonNullElse(columnas.get(TIPO_ATENCION).codigo(f.valor(TIPO_ATENCION)),
                        f.valor(TIPO_ATENCION).toUpperCase(Locale.ROOT));
        LocalDate fechaAtencion = l.fechaDelPlan(FECHA_ATENCION);
        if (tipoAtencion != null && fechaAtencion == null && f.valor(FECHA_ATENCION) == null) {
            l.error(FECHA_ATENCION, Texto.de("importacion.atencionSinFecha"));
        }
        if (tipoAtencion == null && f.valor(FECHA_ATENCION) != null) {
            l.error(TIPO_ATENCION, Texto.de("importacion.fechaAtencionSinTipo"));
        }
        LocalDate fechaCierre = l.fechaDelPlan(FECHA_CIERRE);
        String motivoCierre = f.valor(MOTIVO_CIERRE);
        if (f.valor(FECHA_CIERRE) != null && motivoCierre == null) {
            l.error(MOTIVO_CIERRE, Texto.de("importacion.cierreSinMotivo"));
        }
        if (f.valor(FECHA_CIERRE) == null && motivoCierre != null) {
            l.error(FECHA_CIERRE, Texto.de("importacion.cierreSinFecha"));
        }
        if (!errores.isEmpty()) {
            return new Interpretacion(null, errores);
        }
        return new Interpretacion(new FilaInterpretada(persona.minimos(), persona.completos(),
                persona.autorizaPersonales(), persona.autorizaSensibles(), persona.fechaAutorizacion(),
                persona.soporteAutorizacion(), sede, apertura, camino, f.valor(NARRATIVA), datos, tipoAtencion,
                fechaAtencion, estado == null ? null : estado.toUpperCase(Locale.ROOT), f.valor(CLAVE_CASO),
                fechaCierre, motivoCierre), errores);
    }

    /**
     * La persona de la fila (columnas de {@link ColumnasDeRuta#dePersona}) y su autorización de la Ley 1581; los
     * valores ilegibles quedan como errores en {@code l}.
     */
    static PersonaInterpretada persona(LecturaDeFila l, FilaLeida f, Map<String, Columna> columnas) {
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
        DatosPersona minimos = DatosPersona.minimos(tipo, numero, nombres, apellidos, nacimiento, sexo);
        DatosPersona completos = new DatosPersona(tipo, numero, nombres, apellidos, nacimiento, sexo, null, null,
                etnia, null, null, null, Boolean.TRUE.equals(victima), false, f.valor(TELEFONO), null, null, localidad,
                null);
        return new PersonaInterpretada(minimos, completos, Boolean.TRUE.equals(personales),
                Boolean.TRUE.equals(sensibles), fechaAutorizacion, soporte);
    }

    /** Los estados por los que pasa un caso, desde el inicial, hasta {@code destino} (el camino más corto). */
    static Optional<List<String>> camino(DefinicionRuta def, String destino) {
        return camino(def, def.estadoInicial(), destino);
    }

    /** Los estados por los que pasa un caso desde {@code desde} (sin incluirlo) hasta {@code destino}. */
    static Optional<List<String>> camino(DefinicionRuta def, String desde, String destino) {
        if (DefinicionRuta.CERRADO.equals(destino)) {
            return Optional.empty();
        }
        Map<String, String> previo = new LinkedHashMap<>();
        ArrayDeque<String> cola = new ArrayDeque<>(List.of(desde));
        previo.put(desde, null);
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
        return clave(ruta.name(), columnas, f);
    }

    /**
     * La clave de una fila: la huella de {@code que} (la ruta, o las actividades) y de sus valores. Las columnas que
     * la plantilla de las rutas ganó después de las primeras importaciones (clave del caso y cierre) solo entran si
     * traen valor: una fila que no las usa tiene la clave de siempre, y un archivo ya importado sigue sin crear nada.
     */
    static String clave(String que, List<Columna> columnas, FilaLeida f) {
        StringBuilder s = new StringBuilder(que);
        for (Columna c : columnas) {
            String v = f.valor(c.clave());
            if (v == null && AGREGADAS_DESPUES.contains(c.clave())) {
                continue;
            }
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
}
