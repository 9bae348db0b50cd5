package co.gov.cartagena.ruta.indicadores.generador;

import java.util.List;

/**
 * Las tablas que llena el generador, con sus columnas en el orden en que se escriben. Son las de las migraciones
 * (V1, V2, V5, V6 y V8); el generador pone los identificadores él mismo para poder enlazar las filas sin leer de
 * vuelta las llaves generadas.
 */
public enum Tabla {
    SEDE("sede", "id", "codigo", "nombre", "tipo", "sede_padre_id", "localidad", "direccion", "version", "creado_en",
            "creado_por"),
    SEDE_ESTADO("sede_estado", "id", "sede_id", "estado", "vigente_desde", "motivo", "reapertura", "version",
            "creado_en", "creado_por"),
    SEDE_DOTACION("sede_dotacion", "id", "sede_id", "completa", "detalle", "vigente_desde", "version", "creado_en",
            "creado_por"),
    PERSONA("persona", "id", "tipo_documento", "numero_documento", "nombres", "apellidos", "nombre_busqueda",
            "fecha_nacimiento", "sexo", "etnia", "discapacidad", "nacionalidad", "estatus_migratorio",
            "victima_conflicto", "registrada_ruv", "telefono", "direccion", "localidad", "barrio", "version",
            "creado_en", "creado_por"),
    CASO("caso", "id", "radicado", "ruta", "sede_id", "gestor", "estado", "fecha_apertura", "fecha_cierre",
            "motivo_cierre", "narrativa", "datos_ruta", "anulado", "anulado_en", "anulado_por", "motivo_anulacion",
            "version", "creado_en", "creado_por", "modificado_en", "modificado_por"),
    CASO_PERSONA("caso_persona", "id", "caso_id", "persona_id", "rol"),
    CASO_EVENTO("caso_evento", "id", "caso_id", "momento", "usuario", "estado_de", "estado_a", "motivo"),
    ATENCION("atencion", "id", "caso_id", "persona_id", "tipo", "fecha", "prestada_por", "notas", "anulada",
            "anulada_en", "anulada_por", "motivo_anulacion", "creado_en", "creado_por"),
    ADJUNTO_CASO("adjunto", "id", "caso_id", "nombre", "tipo", "tamano", "sha256", "descripcion", "anulado",
            "creado_en", "creado_por"),
    ADJUNTO_ACTIVIDAD("adjunto", "id", "actividad_id", "nombre", "tipo", "tamano", "sha256", "descripcion", "anulado",
            "anulado_en", "anulado_por", "motivo_anulacion", "creado_en", "creado_por"),
    ADJUNTO_CONTENIDO("adjunto_contenido", "adjunto_id", "contenido"),
    ACTIVIDAD("actividad", "id", "tipo_id", "fecha", "lugar", "localidad", "sede_id", "participantes", "objeto",
            "objeto_clave", "descripcion", "anulada", "anulada_en", "anulada_por", "motivo_anulacion", "version",
            "creado_en", "creado_por"),
    ACTIVIDAD_PERSONA("actividad_persona", "actividad_id", "persona_id");

    private final String nombre;
    private final List<String> columnas;

    Tabla(String nombre, String... columnas) {
        this.nombre = nombre;
        this.columnas = List.of(columnas);
    }

    public String nombre() {
        return nombre;
    }

    public List<String> columnas() {
        return columnas;
    }

    /** Posición de la columna en las filas de esta tabla. */
    public int col(String columna) {
        int i = columnas.indexOf(columna);
        if (i < 0) {
            throw new IllegalArgumentException(nombre + " no tiene la columna " + columna);
        }
        return i;
    }

    public String insert() {
        return "INSERT INTO " + nombre + " (" + String.join(", ", columnas) + ") VALUES ("
                + String.join(", ", columnas.stream().map(c -> "?").toList()) + ")";
    }
}
