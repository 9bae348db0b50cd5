package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.actividades.TipoActividad;
import co.gov.cartagena.ruta.sedes.Localidades;
import co.gov.cartagena.ruta.personas.Sexo;
import java.util.ArrayList;
import java.util.List;

/**
 * Las columnas de la plantilla de actividades colectivas: una fila por asistente. Las filas con la misma «Clave de
 * la actividad» son una sola actividad (tipo del catálogo, sede, fecha, lugar, localidad, participantes, objeto y
 * descripción, iguales en todas sus filas); cada fila puede traer una persona que asistió (las mismas columnas de
 * persona y autorización que las rutas, {@link ColumnasDeRuta#dePersona}). Una fila sin persona registra solo la
 * actividad: sus participantes cuentan, sin nombres.
 */
public final class ColumnasDeActividad {

    static final String CLAVE_ACTIVIDAD = "claveActividad";
    static final String TIPO_ACTIVIDAD = "tipoActividad";
    static final String FECHA_ACTIVIDAD = "fechaActividad";
    static final String LUGAR = "lugar";
    static final String LOCALIDAD_ACTIVIDAD = "localidadActividad";
    static final String PARTICIPANTES = "participantes";
    static final String OBJETO = "objeto";
    static final String DESCRIPCION = "descripcion";

    /** Las columnas de persona de una fila de actividades (si una trae valor, la fila trae asistente). */
    static final List<String> DE_PERSONA = ColumnasDeRuta.dePersona(false, false, "", false).stream()
            .map(Columna::clave).toList();

    private ColumnasDeActividad() {
    }

    /** Las columnas; {@code tipos}: los tipos activos del catálogo; {@code sedes}: los códigos que se pueden elegir. */
    public static List<Columna> de(List<TipoActividad> tipos, List<String> sedes) {
        List<Columna> c = new ArrayList<>();
        TipoActividad ejemplo = tipos.stream().filter(TipoActividad::isLlevaObjeto).findFirst()
                .orElse(tipos.isEmpty() ? null : tipos.get(0));
        c.add(new Columna(CLAVE_ACTIVIDAD, "Clave de la actividad", "Un código suyo que identifica la actividad"
                + " (p. ej. el número del acta). Las filas con la misma clave son la misma actividad: una fila por"
                + " asistente, con los mismos datos de la actividad.", List.of(), true, "ACTA-2025-014"));
        c.add(new Columna(TIPO_ACTIVIDAD, "Tipo de actividad", "Tipo del catálogo de actividades (su nombre o su"
                + " código).", tipos.stream().map(TipoActividad::getNombre).toList(), true,
                ejemplo == null ? "" : ejemplo.getNombre(), tipos.stream().map(TipoActividad::getCodigo).toList()));
        c.add(new Columna(ColumnasDeRuta.SEDE, "Sede", "Código de la sede que hizo la actividad: la del lote (vacío"
                + " vale por ella).", sedes, false, sedes.isEmpty() ? "" : sedes.get(0)));
        c.add(new Columna(FECHA_ACTIVIDAD, "Fecha de la actividad", "AAAA-MM-DD o DD/MM/AAAA, desde 2024-01-01 y no"
                + " futura.", List.of(), true, "2025-04-12"));
        c.add(new Columna(LUGAR, "Lugar", "Dónde se hizo (hasta 200 caracteres).", List.of(), true,
                "Institución Educativa Olga González"));
        c.add(new Columna(LOCALIDAD_ACTIVIDAD, "Localidad de la actividad", "Localidad donde se hizo (opcional).",
                Localidades.TODAS, false, ""));
        c.add(new Columna(PARTICIPANTES, "Número de participantes", "Cuántas personas participaron en total, con"
                + " nombre o sin él; no menos que las filas con asistente de la actividad.", List.of(), true, "25"));
        c.add(new Columna(OBJETO, "Objeto de la actividad", "Lo que la actividad crea o atiende (estrategia,"
                + " escuela, entorno…), si su tipo lo lleva; obligatorio en los tipos que lo exigen.", List.of(), false,
                ejemplo == null || !ejemplo.isLlevaObjeto() ? "" : ejemplo.getEtiquetaObjeto() + " de ejemplo"));
        c.add(new Columna(DESCRIPCION, "Descripción", "Qué se hizo (opcional).", List.of(), false, ""));
        c.addAll(ColumnasDeRuta.dePersona(false, false, Sexo.MUJER.name(), false));
        return List.copyOf(c);
    }
}
