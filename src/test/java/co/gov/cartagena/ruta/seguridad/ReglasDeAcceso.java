package co.gov.cartagena.ruta.seguridad;

import static co.gov.cartagena.ruta.seguridad.Rol.ADMINISTRADOR;
import static co.gov.cartagena.ruta.seguridad.Rol.AUDITOR;
import static co.gov.cartagena.ruta.seguridad.Rol.COORDINADOR;
import static co.gov.cartagena.ruta.seguridad.Rol.GESTOR;
import static co.gov.cartagena.ruta.seguridad.Rol.SUPERVISOR;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * La tabla declarada de quién puede qué, contra la que {@link MatrizAccesoIT} prueba cada endpoint de la API y cada
 * página que la aplicación publica (los toma de su propio registro: {@code /openapi}, las clases con {@code @Path}
 * y las páginas del WAR). Un endpoint o una página nuevos sin su línea aquí hacen fallar la prueba con su nombre.
 *
 * <p><b>Para agregar una línea:</b> {@code api("MÉTODO /ruta/{param}", Alcance.X, roles que pasan…)} o
 * {@code pagina("app/…xhtml", Alcance.X, roles…)}. Los roles son los que deben pasar (suelen ser los de
 * {@code @Permitido}; pueden ser menos si el servicio restringe más, y entonces los demás reciben 403 o 404). El
 * alcance dice qué pasa con quien tiene el rol pero no ve el registro del caso de prueba:
 * <ul>
 * <li>{@link Alcance#LIBRE}: nada que acotar (catálogos, sedes, indicadores, auditoría);</li>
 * <li>{@link Alcance#CASO}: el caso de prueba de Canapote (o su adjunto): quien no lo ve recibe 404, igual que
 * por un id que no existe;</li>
 * <li>{@link Alcance#PERSONA_DATOS}: cambiar una persona de ese caso: quien no ve ninguno de sus casos, 404;</li>
 * <li>{@link Alcance#PERSONA_IDENTIDAD}: la identidad de una persona la ven todos los que trabajan casos (para no
 * registrar duplicados), pero sin sus datos ni sus casos ajenos;</li>
 * <li>{@link Alcance#RETORNO}: el retorno desde Keycloak, que con sesión lleva al inicio.</li>
 * </ul>
 * Los valores de los parámetros de ruta ({@code {id}}, {@code {codigo}}…) los pone {@link MatrizAccesoIT#valor}.
 */
public final class ReglasDeAcceso {

    public enum Alcance {
        LIBRE, CASO, PERSONA_DATOS, PERSONA_IDENTIDAD, PUBLICA, ACTIVIDAD, RETORNO
    }

    public record Regla(String clave, Alcance alcance, Set<Rol> roles) {
    }

    private static final Set<Rol> CASOS = EnumSet.of(GESTOR, COORDINADOR);
    private static final Set<Rol> TODOS = EnumSet.allOf(Rol.class);
    private static final Set<Rol> INDICADORES = EnumSet.of(SUPERVISOR, ADMINISTRADOR, COORDINADOR);

    /** Endpoints de la API, por «MÉTODO /ruta» relativa a {@code /api/v1}. */
    static final Map<String, Regla> API = new LinkedHashMap<>();
    /** Páginas (y servlets) por su ruta en el WAR, sin parámetros. */
    public static final Map<String, Regla> PAGINAS = new LinkedHashMap<>();

    static {
        api("GET /yo", Alcance.LIBRE, TODOS);
        api("GET /rutas", Alcance.LIBRE, EnumSet.of(GESTOR, COORDINADOR, ADMINISTRADOR));
        api("GET /auditoria", Alcance.LIBRE, EnumSet.of(AUDITOR));

        api("GET /sedes", Alcance.LIBRE, TODOS);
        api("GET /sedes/{codigo}", Alcance.LIBRE, TODOS);
        api("POST /sedes", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("PUT /sedes/{codigo}", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("POST /sedes/{codigo}/estados", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("POST /sedes/{codigo}/dotaciones", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));

        api("GET /personas", Alcance.LIBRE, CASOS);
        api("GET /personas/coincidencias", Alcance.LIBRE, CASOS);
        api("POST /personas", Alcance.LIBRE, CASOS);
        api("GET /personas/{id}", Alcance.PERSONA_IDENTIDAD, CASOS);
        api("PUT /personas/{id}", Alcance.PERSONA_DATOS, CASOS);
        api("POST /personas/{id}/consentimientos", Alcance.PERSONA_DATOS, CASOS);
        api("POST /personas/{id}/fusion", Alcance.PERSONA_DATOS, EnumSet.of(COORDINADOR));
        api("POST /personas/{id}/adjuntos", Alcance.PERSONA_DATOS, CASOS);

        api("GET /casos", Alcance.LIBRE, CASOS);
        api("POST /casos", Alcance.LIBRE, CASOS);
        api("GET /casos/{id}", Alcance.CASO, CASOS);
        api("GET /casos/radicado/{radicado}", Alcance.CASO, CASOS);
        api("PUT /casos/{id}", Alcance.CASO, CASOS);
        api("POST /casos/{id}/estado", Alcance.CASO, CASOS);
        api("POST /casos/{id}/atenciones", Alcance.CASO, CASOS);
        api("POST /casos/{id}/atenciones/{atencion}/anulacion", Alcance.CASO, CASOS);
        api("POST /casos/{id}/remisiones", Alcance.CASO, CASOS);
        api("POST /casos/{id}/remisiones/{remision}/respuesta", Alcance.CASO, CASOS);
        api("POST /casos/{id}/seguimientos", Alcance.CASO, CASOS);
        api("POST /casos/{id}/seguimientos/{seguimiento}/cumplimiento", Alcance.CASO, CASOS);
        api("POST /casos/{id}/cierre", Alcance.CASO, CASOS);
        api("POST /casos/{id}/reapertura", Alcance.CASO, CASOS);
        api("POST /casos/{id}/anulacion", Alcance.CASO, CASOS);
        api("POST /casos/{id}/personas", Alcance.CASO, CASOS);
        api("POST /casos/{id}/asignacion", Alcance.CASO, EnumSet.of(COORDINADOR));
        api("POST /casos/{id}/traslado", Alcance.CASO, EnumSet.of(COORDINADOR));
        api("GET /casos/{id}/consultas", Alcance.CASO, EnumSet.of(COORDINADOR));
        api("POST /casos/{id}/adjuntos", Alcance.CASO, CASOS);
        api("GET /casos/{id}/adjuntos", Alcance.CASO, CASOS);
        api("POST /casos/{id}/notas", Alcance.CASO, CASOS);
        api("GET /casos/{id}/notas", Alcance.CASO, CASOS);
        api("GET /casos/{id}/tiempos", Alcance.CASO, CASOS);
        api("GET /adjuntos/{id}", Alcance.CASO, CASOS);

        api("GET /actividades", Alcance.LIBRE, EnumSet.of(GESTOR, COORDINADOR, SUPERVISOR));
        api("POST /actividades", Alcance.LIBRE, CASOS);
        api("GET /actividades/{id}", Alcance.ACTIVIDAD, EnumSet.of(GESTOR, COORDINADOR, SUPERVISOR));
        api("PUT /actividades/{id}", Alcance.ACTIVIDAD, CASOS);
        api("POST /actividades/{id}/anulacion", Alcance.ACTIVIDAD, CASOS);
        api("POST /actividades/{id}/personas", Alcance.ACTIVIDAD, CASOS);
        api("DELETE /actividades/{id}/personas/{persona}", Alcance.ACTIVIDAD, CASOS);
        api("POST /actividades/{id}/evidencias", Alcance.ACTIVIDAD, CASOS);
        api("POST /actividades/{id}/evidencias/{adjunto}/anulacion", Alcance.ACTIVIDAD, CASOS);
        api("GET /actividades/tipos", Alcance.LIBRE, EnumSet.of(GESTOR, COORDINADOR, SUPERVISOR, ADMINISTRADOR));
        api("POST /actividades/tipos", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("PUT /actividades/tipos/{codigo}", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("POST /actividades/tipos/{codigo}/desactivacion", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("POST /actividades/tipos/{codigo}/activacion", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("POST /sedes/grupos/sincronizar", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("GET /retencion", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("POST /retencion/depuracion", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("GET /reportes/tiempos-comisaria", Alcance.LIBRE, EnumSet.of(COORDINADOR, SUPERVISOR));

        // Importación de registros (issue 14): solo la coordinación, para sus sedes.
        api("GET /importaciones", Alcance.LIBRE, EnumSet.of(COORDINADOR));
        api("POST /importaciones", Alcance.LIBRE, EnumSet.of(COORDINADOR));
        api("POST /importaciones/revision", Alcance.LIBRE, EnumSet.of(COORDINADOR));
        api("GET /importaciones/plantillas/{ruta}", Alcance.LIBRE, EnumSet.of(COORDINADOR));
        api("GET /importaciones/{id}", Alcance.LIBRE, EnumSet.of(COORDINADOR));
        api("GET /importaciones/{id}/errores", Alcance.LIBRE, EnumSet.of(COORDINADOR));
        api("POST /importaciones/{id}/anulacion", Alcance.LIBRE, EnumSet.of(COORDINADOR));

        api("GET /indicadores", Alcance.LIBRE, INDICADORES);
        api("GET /indicadores/{codigo}", Alcance.LIBRE, INDICADORES);
        api("PATCH /indicadores/{codigo}", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("PUT /indicadores/{codigo}/metas/{anio}", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("GET /indicadores/{codigo}/reportes", Alcance.LIBRE, INDICADORES);
        api("POST /indicadores/{codigo}/reportes", Alcance.LIBRE, EnumSet.of(COORDINADOR));
        api("GET /indicadores/reportes", Alcance.LIBRE, INDICADORES);
        api("POST /indicadores/reportes/{id}/aprobacion", Alcance.LIBRE, EnumSet.of(SUPERVISOR));
        api("POST /indicadores/reportes/{id}/rechazo", Alcance.LIBRE, EnumSet.of(SUPERVISOR));
        api("POST /indicadores/importaciones", Alcance.LIBRE, EnumSet.of(COORDINADOR));
        api("GET /indicadores/{codigo}/registros", Alcance.LIBRE, INDICADORES);
        api("GET /indicadores/informe", Alcance.LIBRE, INDICADORES);
        api("GET /indicadores/{codigo}/datos-externos", Alcance.LIBRE, INDICADORES);
        api("POST /indicadores/{codigo}/datos-externos", Alcance.LIBRE, EnumSet.of(SUPERVISOR, ADMINISTRADOR));
        api("POST /indicadores/recuento", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        api("GET /cortes", Alcance.LIBRE, INDICADORES);
        api("POST /cortes", Alcance.LIBRE, EnumSet.of(SUPERVISOR));
        api("GET /cortes/{id}", Alcance.LIBRE, INDICADORES);
        api("POST /cortes/{id}/publicacion", Alcance.LIBRE, EnumSet.of(SUPERVISOR));
        api("DELETE /cortes/{id}/publicacion", Alcance.LIBRE, EnumSet.of(SUPERVISOR));

        pagina("index.xhtml", Alcance.PUBLICA, Set.of());
        pagina("error/403.xhtml", Alcance.PUBLICA, Set.of());
        pagina("error/404.xhtml", Alcance.PUBLICA, Set.of());
        pagina("error/500.xhtml", Alcance.PUBLICA, Set.of());
        pagina("error/503.xhtml", Alcance.PUBLICA, Set.of());
        pagina("error/expirada.xhtml", Alcance.PUBLICA, Set.of());
        pagina("callback", Alcance.RETORNO, TODOS);
        pagina("app/inicio.xhtml", Alcance.LIBRE, TODOS);
        pagina("app/sedes/lista.xhtml", Alcance.LIBRE, TODOS);
        pagina("app/sedes/editar.xhtml", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        pagina("app/personas/buscar.xhtml", Alcance.LIBRE, CASOS);
        pagina("app/personas/ver.xhtml", Alcance.PERSONA_IDENTIDAD, CASOS);
        pagina("app/casos/lista.xhtml", Alcance.LIBRE, CASOS);
        pagina("app/casos/abrir.xhtml", Alcance.PERSONA_IDENTIDAD, CASOS);
        pagina("app/casos/ver.xhtml", Alcance.CASO, CASOS);
        pagina("app/adjuntos/descargar", Alcance.CASO, CASOS);
        pagina("app/indicadores/tablero.xhtml", Alcance.LIBRE, INDICADORES);
        pagina("app/indicadores/reportes.xhtml", Alcance.LIBRE, INDICADORES);
        pagina("app/indicadores/metas.xhtml", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        pagina("app/casos/tiempos.xhtml", Alcance.LIBRE, EnumSet.of(COORDINADOR, SUPERVISOR));
        pagina("app/actividades/lista.xhtml", Alcance.LIBRE, EnumSet.of(GESTOR, COORDINADOR, SUPERVISOR));
        pagina("app/actividades/editar.xhtml", Alcance.LIBRE, CASOS);
        pagina("app/actividades/tipos.xhtml", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        pagina("app/auditoria/rastro.xhtml", Alcance.LIBRE, EnumSet.of(AUDITOR));
        pagina("app/retencion/depurar.xhtml", Alcance.LIBRE, EnumSet.of(ADMINISTRADOR));
        pagina("app/importacion/importar.xhtml", Alcance.LIBRE, EnumSet.of(COORDINADOR));
        pagina("app/importacion/lotes.xhtml", Alcance.LIBRE, EnumSet.of(COORDINADOR));
        pagina("app/indicadores/indicador.xhtml", Alcance.LIBRE, INDICADORES);
        pagina("app/indicadores/cortes.xhtml", Alcance.LIBRE, INDICADORES);
        // Rendición de cuentas (issue 17): la página y los datos abiertos de los cortes publicados, sin ingresar.
        pagina("publico/avance.xhtml", Alcance.PUBLICA, Set.of());
        pagina("datos-abiertos/*", Alcance.PUBLICA, Set.of());
    }

    private ReglasDeAcceso() {
    }

    private static void api(String clave, Alcance alcance, Set<Rol> roles) {
        if (API.put(clave, new Regla(clave, alcance, roles)) != null) {
            throw new IllegalStateException("Regla repetida: " + clave);
        }
    }

    private static void pagina(String clave, Alcance alcance, Set<Rol> roles) {
        if (PAGINAS.put(clave, new Regla(clave, alcance, roles)) != null) {
            throw new IllegalStateException("Regla repetida: " + clave);
        }
    }
}
