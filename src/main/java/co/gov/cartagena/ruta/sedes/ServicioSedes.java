package co.gov.cartagena.ruta.sedes;

import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.persistencia.Volcado;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.OperacionNoPermitida;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Rol;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Casos de uso del registro de sedes y su frontera de transacción: crear, corregir datos, cambiar de estado y
 * registrar dotación. Solo el rol administrador cambia sedes; todo usuario con un rol de Ruta las consulta. Cada
 * cambio deja su entrada en el rastro de auditoría en la misma transacción (si el cambio se deshace, la entrada
 * también); una negativa por rol deja una entrada de acceso denegado por seguridad/Acceso (esa sí queda). Los errores son los de
 * {@code comun} ({@link ReglaIncumplida} con el campo, {@link NoEncontrado}, {@link ConflictoEdicion},
 * {@link OperacionNoPermitida}), con su mensaje (en español en la API); entonces nada cambia.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class ServicioSedes {

    static final String ENTIDAD = "sede";

    @Inject
    Clock reloj;

    @Inject
    RepositorioSedes repositorio;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Event<SedeCreada> sedeCreada;

    @Inject
    Event<CambioEnSede> cambios;

    @Inject
    GruposDeSedes grupos;

    /**
     * Las sedes del filtro como estaban a su fecha de corte (hoy si no trae). Solo las que a esa fecha ya tenían un
     * estado registrado: una sede abierta después del corte no aparece en la lista de esa fecha.
     */
    public List<SedeALaFecha> listar(FiltroSedes filtro) {
        lector();
        LocalDate corte = filtro.corteO(LocalDate.now(reloj));
        List<Sede> sedes;
        if (filtro.estado() != null) {
            sedes = filtro.tipo() != null ? repositorio.enEstado(filtro.tipo(), filtro.estado(), corte)
                    : repositorio.enEstado(filtro.estado(), corte);
        } else {
            sedes = repositorio.registradasA(filtro.tipo(), corte);
        }
        Map<Long, CambioDeEstado> estados = repositorio.estadosVigentes(corte);
        Map<Long, RegistroDeDotacion> dotaciones = repositorio.dotacionesVigentes(corte);
        List<SedeALaFecha> resultado = new ArrayList<>(sedes.size());
        for (Sede s : sedes) {
            resultado.add(new SedeALaFecha(s, corte, estados.get(s.getId()), dotaciones.get(s.getId())));
        }
        return resultado;
    }

    /** Una sede con toda su historia. */
    public Sede buscar(String codigo) {
        lector();
        Sede sede = cargar(codigo);
        sede.getHistorialEstados().size();
        sede.getHistorialDotacion().size();
        return sede;
    }

    /** Las Casas de Justicia, a las que se adscribe un Centro de Conciliación. */
    public List<Sede> casasDeJusticia() {
        lector();
        return repositorio.deTipo(TipoSede.CASA_DE_JUSTICIA);
    }

    /** Crea una sede con su primer estado. */
    public Sede crear(DatosSede datos, EstadoSede estadoInicial, LocalDate desde, String motivo) {
        Usuario admin = administrador(Texto.de("sedes.crearSedes"), datos == null ? null : datos.codigo());
        ReglaIncumplida.exigir(datos != null, null, Texto.de("sedes.faltanDatosSede"));
        if (repositorio.porCodigo(datos.codigo()).isPresent()) {
            throw new ReglaIncumplida("codigo",
                    Texto.de("sedes.yaExisteSedeCodigo", datos.codigo().trim().toUpperCase()));
        }
        Sede padre = null;
        if (datos.codigoPadre() != null && !datos.codigoPadre().isBlank()) {
            padre = repositorio.porCodigo(datos.codigoPadre()).orElseThrow(() -> new ReglaIncumplida("padre",
                    Texto.de("sedes.noExisteSedeCodigo", datos.codigoPadre().trim())));
        }
        Sede sede = new Sede(datos, padre, admin.getUsuario());
        CambioDeEstado inicial = sede.cambiarEstado(estadoInicial, desde, motivo, admin.getUsuario(), LocalDate.now(reloj));
        repositorio.guardar(sede);
        sincronizar();
        JsonObjectBuilder detalle = Json.createObjectBuilder()
                .add("codigo", sede.getCodigo())
                .add("nombre", sede.getNombre())
                .add("tipo", sede.getTipo().name());
        agregar(detalle, "localidad", sede.getLocalidad());
        agregar(detalle, "direccion", sede.getDireccion());
        agregar(detalle, "padre", padre == null ? null : padre.getCodigo());
        detalle.add("estado", inicial.getEstado().name())
                .add("vigenteDesde", inicial.getVigenteDesde().toString())
                .add("motivo", inicial.getMotivo());
        registrar(Accion.CREAR, sede, detalle);
        sedeCreada.fire(new SedeCreada(sede.getCodigo(), sede.getNombre()));
        cambios.fire(new CambioEnSede(sede.getCodigo()));
        return sede;
    }

    /**
     * Reintenta ya (sin esperar los 5 minutos) crear en Keycloak los grupos de las sedes pendientes; devuelve
     * cuántos quedaron creados.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public int sincronizarGruposPendientes() {
        Usuario admin = administrador(Texto.de("sedes.sincronizarGrupos"), null);
        return grupos.sincronizarPendientes(admin.getUsuario());
    }

    /** Cuántas sedes tienen su grupo de Keycloak pendiente. */
    public long gruposPendientes() {
        lector();
        return grupos.pendientes();
    }

    /**
     * Corrige nombre, dirección y localidad. {@code version} es la que vio quien edita (vacía si no aplica): si otra
     * persona cambió la sede entretanto, se rechaza en vez de pisar su cambio.
     */
    public Sede corregirDatos(String codigo, Integer version, String nombre, String direccion, String localidad) {
        Usuario admin = administrador(Texto.de("sedes.corregirDatos"), codigo);
        Sede sede = cargar(codigo);
        if (version != null && version != sede.getVersion()) {
            throw new ConflictoEdicion(Texto.de("sedes.que.sede"));
        }
        List<CampoCambiado> cambios = sede.corregirDatos(nombre, direccion, localidad, admin.getUsuario());
        if (!cambios.isEmpty()) {
            sincronizar();
            JsonObjectBuilder detalle = Json.createObjectBuilder();
            for (CampoCambiado c : cambios) {
                JsonObjectBuilder campo = Json.createObjectBuilder();
                agregar(campo, "antes", c.antes());
                agregar(campo, "despues", c.despues());
                detalle.add(c.campo(), campo);
            }
            registrar(Accion.CAMBIAR, sede, detalle);
        }
        return sede;
    }

    /**
     * Registra un cambio de estado desde una fecha. {@code reapertura} es la forma explícita de salir de «cerrada».
     */
    public Sede cambiarEstado(String codigo, EstadoSede estado, LocalDate desde, String motivo, boolean reapertura) {
        Usuario admin = administrador(Texto.de("sedes.cambiarEstado"), codigo);
        Sede sede = cargar(codigo);
        EstadoSede anterior = sede.getEstadoActual();
        CambioDeEstado cambio = reapertura
                ? sede.reabrir(estado, desde, motivo, admin.getUsuario(), LocalDate.now(reloj))
                : sede.cambiarEstado(estado, desde, motivo, admin.getUsuario(), LocalDate.now(reloj));
        sincronizar();
        JsonObjectBuilder detalle = Json.createObjectBuilder();
        agregar(detalle, "estadoAnterior", anterior == null ? null : anterior.name());
        detalle.add("estado", cambio.getEstado().name())
                .add("vigenteDesde", cambio.getVigenteDesde().toString())
                .add("motivo", cambio.getMotivo())
                .add("reapertura", cambio.isReapertura());
        registrar(Accion.CAMBIAR, sede, detalle);
        cambios.fire(new CambioEnSede(sede.getCodigo()));
        return sede;
    }

    /** Registra la dotación de una Inspección de Policía desde una fecha. */
    public Sede registrarDotacion(String codigo, boolean completa, String detalleDotacion, LocalDate desde) {
        Usuario admin = administrador(Texto.de("sedes.registrarDotacion"), codigo);
        Sede sede = cargar(codigo);
        RegistroDeDotacion registro = sede.registrarDotacion(completa, detalleDotacion, desde, admin.getUsuario(), LocalDate.now(reloj));
        sincronizar();
        JsonObjectBuilder detalle = Json.createObjectBuilder()
                .add("dotacionCompleta", registro.isCompleta())
                .add("detalle", registro.getDetalle())
                .add("vigenteDesde", registro.getVigenteDesde().toString());
        registrar(Accion.CAMBIAR, sede, detalle);
        cambios.fire(new CambioEnSede(sede.getCodigo()));
        return sede;
    }

    /** Si quien llama es administrador (para mostrar u ocultar acciones en las páginas). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean puedeCambiar() {
        return usuarioActual.get().map(u -> u.tiene(Rol.ADMINISTRADOR)).orElse(false);
    }

    private Sede cargar(String codigo) {
        return repositorio.porCodigo(codigo).orElseThrow(() -> new NoEncontrado(
                Texto.de("sedes.que.sedeConCodigo", codigo == null ? "" : codigo.trim().toUpperCase())));
    }

    private void sincronizar() {
        Volcado.volcar(repositorio::sincronizar, Texto.de("sedes.que.sede"), Texto.de("sedes.registroCambio"));
    }

    private Usuario lector() {
        return acceso.exigir(u -> u.rolPrincipal().isPresent(), Denegacion.operacion(ENTIDAD, null,
                "ver las sedes sin un rol de Ruta", Texto.de("sedes.usuarioNoTieneRol")));
    }

    private Usuario administrador(Texto queHace, String codigo) {
        return acceso.exigir(u -> u.tiene(Rol.ADMINISTRADOR), Denegacion.operacion(ENTIDAD,
                codigo == null ? null : codigo.trim().toUpperCase(), queHace.enEspanol(),
                Texto.de("sedes.soloAdministradorPuede", queHace)));
    }

    private void registrar(Accion accion, Sede sede, JsonObjectBuilder detalle) {
        auditor.registrar(accion, ENTIDAD, sede.getCodigo(), detalle.build().toString());
    }

    private static void agregar(JsonObjectBuilder o, String campo, String valor) {
        if (valor == null) {
            o.addNull(campo);
        } else {
            o.add(campo, valor);
        }
    }
}
