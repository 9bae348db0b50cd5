package co.gov.cartagena.ruta.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Los cuerpos que responde la API, como los publica {@code /openapi}: cada record describe el JSON que construyen
 * {@link Vistas} y los métodos privados de cada recurso (mismos nombres de campo). Un campo que puede faltar lo dice su
 * descripción; fechas aaaa-mm-dd y momentos ISO-8601 salen como texto. {@code MetricasIT} compara respuestas reales
 * con estos esquemas: un campo que sale y no está aquí hace fallar la prueba.
 */
final class Respuestas {

    private Respuestas() {
    }

    // ---------------------------------------------------------------- personas y casos (Vistas)

    @Schema(description = "Una persona en una lista: solo su identidad")
    record PersonaResumen(long id, String tipoDocumento, String nombres, String apellidos, int version,
            @Schema(description = "Si lo tiene") String numeroDocumento,
            @Schema(description = "Si la tiene") String fechaNacimiento) {
    }

    @Schema(description = "Una autorización de tratamiento de datos")
    record ConsentimientoVista(String alcance, String fecha, boolean vigente, String soporte) {
    }

    @Schema(description = "Una persona. Sin acceso a sus datos: solo la identidad y datosReservados=true; sin acceso a "
            + "los datos sensibles: sin ellos y sensiblesReservados=true")
    record PersonaVista(long id, String tipoDocumento, String nombres, String apellidos, int version,
            String numeroDocumento, String fechaNacimiento, String sexo, String identidadGenero,
            String orientacionSexual, String etnia, String discapacidad, String estatusMigratorio,
            Boolean victimaConflicto, Boolean registradaRuv, Boolean sensiblesReservados, Boolean datosReservados,
            String nacionalidad, String telefono, String correo, String direccion, String localidad, String barrio,
            List<ConsentimientoVista> consentimientos,
            List<CasoResumen> casos) {
    }

    @Schema(description = "Personas encontradas")
    record ListaDePersonas(List<PersonaResumen> personas) {
    }

    @Schema(description = "Coincidencias antes de crear una persona")
    record CoincidenciasDePersona(List<PersonaResumen> porDocumento, List<PersonaResumen> porNombre) {
    }

    @Schema(description = "Un caso en una lista: sin narrativa ni campos sensibles")
    record CasoResumen(long id, String radicado, String ruta, String sede, String gestor, String estado,
            String fechaApertura, boolean anulado, int version, String fechaCierre, String titular) {
    }

    @Schema(description = "Una página de casos")
    record PaginaDeCasos(long total, int pagina, List<CasoResumen> casos) {
    }

    @Schema(description = "Una persona del caso con su papel")
    record ParticipanteVista(long personaId, String nombre, String rol) {
    }

    @Schema(description = "Una atención prestada")
    record AtencionVista(long id, String tipo, String fecha, String prestadaPor, boolean anulada, String notas,
            Long personaId) {
    }

    @Schema(description = "Una remisión")
    record RemisionVista(long id, String entidad, String fecha, String motivo, boolean comparteDatos, String estado,
            String sedeDestino, String justificacionSinConsentimiento, String fechaRespuesta, String respuesta) {
    }

    @Schema(description = "Un seguimiento")
    record SeguimientoVista(long id, String descripcion, String fechaVencimiento, boolean vencido, String cumplidoEn,
            String resultado) {
    }

    @Schema(description = "Un evento de la historia del caso")
    record EventoVista(String momento, String usuario, String a, String de, String motivo) {
    }

    @Schema(description = "Un caso tal como lo puede ver quien llama: sin narrativa ni campos sensibles si no le "
            + "corresponden (reservados los nombra)")
    record CasoVista(long id, String radicado, String ruta, String sede, String gestor, String estado,
            String fechaApertura, boolean anulado, int version, String fechaCierre, String titular, String narrativa,
            String motivoCierre, String motivoAnulacion,
            Map<String, String> datos,
            List<String> reservados, List<ParticipanteVista> personas, List<AtencionVista> atenciones,
            List<RemisionVista> remisiones, List<SeguimientoVista> seguimientos, List<EventoVista> historia,
            List<String> siguientesEstados) {
    }

    @Schema(description = "Quién consultó o cambió el caso")
    record ConsultasDeCaso(List<ConsultaVista> consultas) {
    }

    @Schema(description = "Una consulta o cambio")
    record ConsultaVista(String momento, String usuario, String accion) {
    }

    @Schema(description = "Un adjunto, sin su contenido (se descarga de «descarga»)")
    record AdjuntoVista(long id, String nombre, String tipo, long tamano, String sha256, String creadoPor,
            String creadoEn, String descarga, String descripcion) {
    }

    @Schema(description = "Los adjuntos de un caso")
    record ListaDeAdjuntos(List<AdjuntoVista> adjuntos) {
    }

    @Schema(description = "Una nota de trabajo")
    record NotaVista(long id, String texto, String autor, String momento) {
    }

    @Schema(description = "Las notas de un caso")
    record ListaDeNotas(List<NotaVista> notas) {
    }

    @Schema(description = "Días en un estado")
    record TiempoVista(String estado, String desde, long dias, boolean vigente) {
    }

    @Schema(description = "Días que el caso pasó en cada estado")
    record TiemposDeCaso(List<TiempoVista> tiempos) {
    }

    @Schema(description = "Un campo propio de una ruta")
    record CampoDeRuta(String nombre, String etiqueta, String tipo, boolean obligatorio, boolean sensible,
            List<String> opciones, Integer minimo, String ayuda) {
    }

    @Schema(description = "Un estado de la ruta: a cuáles puede pasar y qué campos exige")
    record EstadoDeRuta(List<String> siguientes, List<String> exige) {
    }

    @Schema(description = "Una ruta con sus campos, estados y atenciones")
    record RutaVista(String codigo, String nombre, boolean sensible, String estadoInicial, List<CampoDeRuta> campos,
            Map<String, EstadoDeRuta> estados,
            Map<String, List<String>> atenciones,
            List<String> roles) {
    }

    @Schema(description = "Las rutas")
    record ListaDeRutas(List<RutaVista> rutas) {
    }

    // ---------------------------------------------------------------- actividades

    @Schema(description = "Una actividad en una lista")
    record ResumenDeActividad(long id, String tipo, String tipoNombre, String fecha, String lugar, String sede,
            String sedeNombre, int participantes, long personasRegistradas, long evidencias, boolean sinSoporte,
            boolean anulada, int version, String localidad, String objeto) {
    }

    @Schema(description = "Una página de actividades")
    record PaginaDeActividades(long total, List<ResumenDeActividad> actividades) {
    }

    @Schema(description = "Una evidencia de una actividad")
    record EvidenciaVista(long id, String nombre, String tipo, long tamano, String sha256, String creadoPor,
            String creadoEn, String descarga, String descripcion, boolean anulado, String motivoAnulacion) {
    }

    @Schema(description = "Una actividad; personas y listaEvidencias solo para quien trabaja en su sede")
    record FichaDeActividad(long id, String tipo, String tipoNombre, String fecha, String lugar, String sede,
            String sedeNombre, int participantes, long personasRegistradas, long evidencias, boolean sinSoporte,
            boolean anulada, int version, String creadoPor, String creadoEn, String localidad, String objeto,
            String objetoClave, String descripcion, String motivoAnulacion, String anuladaPor,
            List<PersonaResumen> personas, List<EvidenciaVista> listaEvidencias) {
    }

    @Schema(description = "Un tipo de actividad")
    record TipoDeActividadVista(String codigo, String nombre, boolean objetoRequerido, boolean delPlan, boolean activo,
            int version, String descripcion, String etiquetaObjeto, String indicador) {
    }

    // ---------------------------------------------------------------- sedes

    @Schema(description = "Un estado de una sede desde una fecha")
    record EstadoDeSedeVista(String estado, String vigenteDesde, String motivo, boolean reapertura,
            String registradoPor, String registradoEn) {
    }

    @Schema(description = "La dotación de una Inspección de Policía desde una fecha")
    record DotacionVista(boolean completa, String detalle, String vigenteDesde, String registradoPor,
            String registradoEn) {
    }

    @Schema(description = "Una sede a la fecha de corte; dotacion solo en las que la llevan")
    record SedeResumen(String codigo, String nombre, String tipo, String localidad, String direccion, String padre,
            int version, String corte, String grupoKeycloak, EstadoDeSedeVista estado, DotacionVista dotacion) {
    }

    @Schema(description = "Una sede a la fecha de corte, con su historia")
    record SedeDetalle(String codigo, String nombre, String tipo, String localidad, String direccion, String padre,
            int version, String corte, String grupoKeycloak, EstadoDeSedeVista estado, DotacionVista dotacion,
            List<EstadoDeSedeVista> historialEstados, List<DotacionVista> historialDotacion) {
    }

    @Schema(description = "Grupos de Keycloak de las sedes")
    record SincronizacionDeGrupos(int creados, long pendientes) {
    }

    // ---------------------------------------------------------------- indicadores y cortes

    @Schema(description = "Un indicador a la fecha de corte")
    record IndicadorResumen(String codigo, String nombre, String nivel, String fuente, String tipoMeta, String unidad,
            BigDecimal lineaBase, BigDecimal meta, boolean metaAnual, BigDecimal valor, BigDecimal numerador,
            BigDecimal denominador, @Schema(description = "Razón sin recortar: 1 = meta cumplida") BigDecimal avance,
            BigDecimal esperado, @Schema(description = "VERDE, AMARILLO, ROJO o SIN_DATOS") String semaforo,
            String estado, String nota, String fechaValor, String fuenteValor, Integer anio, String corte) {
    }

    @Schema(description = "Una celda de una desagregación")
    record CeldaVista(String categoria, boolean suprimida, Long valor, Long numerador, Long denominador) {
    }

    @Schema(description = "Un indicador con sus textos, metas anuales y desagregaciones")
    record IndicadorDetalle(String codigo, String nombre, String nivel, String fuente, String tipoMeta, String unidad,
            BigDecimal lineaBase, BigDecimal meta, boolean metaAnual, BigDecimal valor, BigDecimal numerador,
            BigDecimal denominador, BigDecimal avance, BigDecimal esperado, String semaforo, String estado,
            String nota, String fechaValor, String fuenteValor, Integer anio, String corte, String componente,
            String lineaBaseTexto, String metaTexto, String regla, BigDecimal metaPlan, String programa,
            Map<String, BigDecimal> metasAnuales,
            Map<String, List<CeldaVista>> desagregaciones,
            String notaDesagregaciones) {
    }

    @Schema(description = "Un registro detrás de la cifra")
    record RegistroDeIndicador(String fecha, String tipo, long id, String referencia, String sede, String descripcion,
            String persona) {
    }

    @Schema(description = "Los registros detrás de la cifra de un indicador")
    record RegistrosDeIndicador(String codigo, long total, long ocultos, int pagina,
            List<RegistroDeIndicador> registros) {
    }

    @Schema(description = "Una cifra externa anual")
    record DatoExternoVista(String indicador, int anio, BigDecimal valor, String fuente, String fechaDato,
            String registradoPor, String registradoEn) {
    }

    @Schema(description = "El recuento del almacén de indicadores contra el cálculo en vivo")
    record RecuentoVista(boolean reconstruido, String corte, boolean coincide,
            Map<String, String> diferencias, long milisegundos) {
    }

    @Schema(description = "La meta de un año")
    record MetaAnualVista(String codigo, int anio, BigDecimal valor) {
    }

    @Schema(description = "Un reporte de un indicador")
    record ReporteVista(long id, String codigo, String fechaCorte, String estado, String fuente, String reportadoPor,
            String reportadoEn, BigDecimal valor, BigDecimal numerador, BigDecimal denominador, String evidencia,
            String origen, String motivoRechazo, String decididoPor, String decididoEn) {
    }

    @Schema(description = "Las cifras oficiales importadas, pendientes de aprobación")
    record CifrasImportadas(int importados, List<Long> reportes) {
    }

    @Schema(description = "Un corte cerrado")
    record CorteVista(long id, String fecha, String cerradoEn, String cerradoPor, String observacion) {
    }

    @Schema(description = "Una cifra congelada al lado de la de hoy")
    record CifraDeCorte(String codigo, int anio, boolean difiere, BigDecimal congelado, BigDecimal numeradorCongelado,
            BigDecimal denominadorCongelado, BigDecimal actual, BigDecimal numeradorActual,
            BigDecimal denominadorActual, String semaforoCongelado, String semaforoActual) {
    }

    @Schema(description = "Un registro que entró o salió de una cifra desde el cierre")
    record ClaveCambiada(String codigo, String componente, int anio, String clave,
            @Schema(description = "ENTRO o SALIO") String cambio, Long casoId, Long actividadId) {
    }

    @Schema(description = "Un corte: cifras congeladas, cifras de hoy y las diferencias explicadas")
    record RevisionDeCorte(long id, String fecha, String cerradoEn, String cerradoPor, String observacion,
            int diferencias, List<CifraDeCorte> cifras, List<ClaveCambiada> claves,
            Map<String, Integer> totalesClaves) {
    }

    @Schema(description = "La publicación de un corte")
    record PublicacionVista(long corteId, String fecha, boolean publicado, String publicadoEn, String publicadoPor,
            String huella, String csv, String json, String retiradoEn, String retiradoPor) {
    }

    // ---------------------------------------------------------------- importación

    @Schema(description = "Un error de una fila")
    record ErrorDeFilaVista(int fila, String columna, String mensaje) {
    }

    @Schema(description = "Una persona del registro parecida a la de la fila")
    record CandidatoVista(long id, String nombre, String documento, String fechaNacimiento) {
    }

    @Schema(description = "La revisión de una fila")
    record FilaRevisada(int fila, String estado, List<ErrorDeFilaVista> errores, List<String> avisos,
            List<String> creara, List<CandidatoVista> candidatos, boolean personaNueva, Long personaPorDocumento,
            Integer filaQueCreaLaPersona) {
    }

    @Schema(description = "El resumen de una revisión")
    record ResumenDeRevision(int filas, int validas, int conErrores, int porDecidir, int yaImportadas,
            int personasNuevas, int personasPorDocumento) {
    }

    @Schema(description = "La revisión de un archivo: nada se escribió")
    record RevisionDeImportacion(String archivo, String ruta, String sede, ResumenDeRevision resumen,
            List<FilaRevisada> filas) {
    }

    @Schema(description = "Lo que se importó; lote solo si se escribió algo")
    record ResultadoDeImportacion(int creadas, int yaImportadas, int personasNuevas, int filasConError,
            boolean nadaNuevo, List<ErrorDeFilaVista> errores, Long lote) {
    }

    @Schema(description = "Lo que creó una fila")
    record RegistroImportadoVista(int fila, long persona, boolean personaNueva, long caso) {
    }

    @Schema(description = "Un lote de importación; registros solo al pedir un lote")
    record LoteVista(long id, String ruta, String sede, String archivo, String estado, int filas, int creadas,
            int yaImportadas, int conErrores, int personasNuevas, String creadoPor, String creadoEn,
            String anuladoEn, String anuladoPor, String motivoAnulacion, List<RegistroImportadoVista> registros) {
    }

    @Schema(description = "Los lotes")
    record ListaDeLotes(List<LoteVista> lotes) {
    }

    // ---------------------------------------------------------------- otros

    @Schema(description = "Una entrada del rastro de auditoría")
    record RegistroDeAuditoriaVista(long id, String momento, String usuario, String accion, String direccionIp,
            String entidad, String entidadId, String detalle) {
    }

    @Schema(description = "Una fila de los tiempos de la Comisaría; sin sede, el total de las sedes consultadas")
    record FilaDeTiempos(String sede, String nombreSede, String periodo, String estado, long cantidad,
            BigDecimal promedioDias, BigDecimal medianaDias, long enCurso) {
    }

    @Schema(description = "Días en cada estado de la Comisaría de Familia")
    record TiemposDeComisaria(String desde, String hasta, String agrupar, String sede, List<FilaDeTiempos> filas) {
    }

    @Schema(description = "El plazo de retención y lo pendiente")
    record EstadoDeRetencion(int dias, long pendientes) {
    }

    @Schema(description = "Los ids depurados")
    record Depuracion(int dias, List<Long> casos, List<Long> atenciones, List<Long> actividades, List<Long> adjuntos) {
    }

    @Schema(description = "Una sede de quien llama")
    record SedeDeUsuario(String codigo, String nombre, String tipo) {
    }

    @Schema(description = "La identidad de quien llama")
    record Identidad(String usuario, String nombre, List<String> roles, List<SedeDeUsuario> sedes,
            List<String> equipos) {
    }
}
