package co.gov.cartagena.ruta.actividades;

import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.persistencia.Volcado;
import co.gov.cartagena.ruta.adjuntos.Adjunto;
import co.gov.cartagena.ruta.adjuntos.ServicioAdjuntos;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.ErrorDelDominio;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.RepositorioPersonas;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import co.gov.cartagena.ruta.comun.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;
import java.util.function.Predicate;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Casos de uso del registro de actividades colectivas y su frontera de transacción. El acceso lo decide
 * {@link PoliticaActividades}; una actividad de otra sede responde igual que una inexistente. Cada cambio y cada
 * consulta quedan en el rastro de auditoría en la misma transacción; el {@link CambioEnActividad} de cada cambio lo da
 * la actividad al guardarse, y el de una evidencia, el adjunto ({@link co.gov.cartagena.ruta.persistencia.ConAviso}),
 * no este servicio. Una negativa deja una entrada de acceso denegado por {@code seguridad/Acceso}, que queda aunque la
 * transacción se deshaga.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class ServicioActividades {

    static final String ENTIDAD = "actividad";
    static final String ENTIDAD_TIPO = "tipo_actividad";

    /** Una página de la lista y el total de filas del filtro. */
    public record Pagina(List<ResumenActividad> filas, long total) {
    }

    @Inject
    Clock reloj;

    @Inject
    RepositorioActividades repositorio;

    @Inject
    RepositorioSedes sedes;

    @Inject
    RepositorioPersonas personas;

    @Inject
    ServicioAdjuntos adjuntos;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;

    // ---------------------------------------------------------------- actividades

    /**
     * Registra una actividad en una de las sedes de quien la registra. {@code claveEnvio} (opcional) hace idempotente
     * el envío: repetirla devuelve la actividad ya registrada.
     */
    public Actividad registrar(DatosActividad datos, String claveEnvio) {
        return registrar(datos, List.of(), claveEnvio);
    }

    /** Registra una actividad con las personas del registro que asistieron, todo o nada. */
    public Actividad registrar(DatosActividad datos, Collection<Long> asistentes, String claveEnvio) {
        Usuario u = quienRegistra(Texto.de("actividades.registrarActividades"));
        ReglaIncumplida.exigir(datos != null, null, Texto.de("actividades.faltanDatosActividad"));
        String clave = claveEnvio == null || claveEnvio.isBlank() ? null : claveEnvio.trim();
        ReglaIncumplida.exigir(clave == null || clave.length() <= 64, "claveEnvio",
                Texto.de("actividades.claveEnvioNoPuede"));
        if (clave != null) {
            var existente = repositorio.porClaveEnvio(clave);
            if (existente.isPresent()) {
                return visible(u, existente.get().getId());
            }
        }
        TipoActividad tipo = tipo(datos.tipo());
        Sede sede = sedeDonde(u, datos.sede());
        Actividad a = new Actividad(tipo, sede, datos, clave, u.getUsuario(), LocalDate.now(reloj));
        repositorio.guardar(a);
        sincronizar();
        JsonObjectBuilder detalle = Json.createObjectBuilder().add("tipo", tipo.getCodigo())
                .add("sede", sede.getCodigo()).add("fecha", a.getFecha().toString()).add("lugar", a.getLugar())
                .add("participantes", a.getParticipantes());
        agregar(detalle, "objeto", a.getObjeto());
        List<Long> agregadas = asistentes == null ? List.of() : agregarAsistentes(u, a, asistentes);
        if (!agregadas.isEmpty()) {
            sincronizar();
            var lista = Json.createArrayBuilder();
            agregadas.forEach(lista::add);
            detalle.add("personas", lista);
        }
        auditor.registrar(Accion.CREAR, ENTIDAD, a.getId(), detalle.build().toString());
        return a;
    }

    /**
     * Comprueba, sin guardar nada, que quien llama podría registrar esta actividad: las mismas reglas que
     * {@link #registrar} (tipo activo, sede suya, fecha, lugar, participantes, objeto), en una actividad en memoria.
     * Para revisar un archivo antes de importarlo: una regla incumplida no marca para revertir la transacción de
     * quien revisa (la revisión sigue con la fila siguiente).
     */
    @Transactional(value = Transactional.TxType.SUPPORTS, dontRollbackOn = ErrorDelDominio.class)
    public void comprobar(DatosActividad datos) {
        Usuario u = quienRegistra(Texto.de("actividades.registrarActividades"));
        ReglaIncumplida.exigir(datos != null, null, Texto.de("actividades.faltanDatosActividad"));
        new Actividad(tipo(datos.tipo()), sedeDonde(u, datos.sede()), datos, null, u.getUsuario(), LocalDate.now(reloj));
    }

    /**
     * Cambia los datos de una actividad. {@code version} es la que vio quien edita: si otra persona la cambió
     * entretanto, se rechaza ({@link ConflictoEdicion}) y nada se sobrescribe.
     */
    public Actividad editar(Long id, Integer version, DatosActividad datos) {
        Usuario u = quienRegistra(Texto.de("actividades.editarActividades"));
        Actividad a = cambiable(u, id);
        ReglaIncumplida.exigir(version != null, "version",
                Texto.de("actividades.faltaVersionActividadEdito"));
        if (version != a.getVersion()) {
            throw new ConflictoEdicion(Texto.de("actividades.que.actividad"));
        }
        ReglaIncumplida.exigir(datos != null, null, Texto.de("actividades.faltanDatosActividad"));
        TipoActividad tipo = tipo(datos.tipo());
        Sede sede = sedeDonde(u, datos.sede());
        Map<String, String[]> cambiados = a.editar(tipo, sede, datos, u.getUsuario(), LocalDate.now(reloj));
        if (!cambiados.isEmpty()) {
            sincronizar();
            JsonObjectBuilder detalle = Json.createObjectBuilder();
            for (Map.Entry<String, String[]> c : cambiados.entrySet()) {
                JsonObjectBuilder campo = Json.createObjectBuilder();
                agregar(campo, "antes", c.getValue()[0]);
                agregar(campo, "despues", c.getValue()[1]);
                detalle.add(c.getKey(), campo);
            }
            auditor.registrar(Accion.CAMBIAR, ENTIDAD, a.getId(), detalle.build().toString());
        }
        return a;
    }

    /** Anula una actividad con motivo: deja de contar en los indicadores y no admite más cambios. */
    public Actividad anular(Long id, Integer version, String motivo) {
        Usuario u = quienRegistra(Texto.de("actividades.anularActividades"));
        Actividad a = cambiable(u, id);
        if (version != null && version != a.getVersion()) {
            throw new ConflictoEdicion(Texto.de("actividades.que.actividad"));
        }
        a.anular(motivo, u.getUsuario());
        sincronizar();
        auditor.registrar(Accion.ANULAR, ENTIDAD, a.getId(),
                Json.createObjectBuilder().add("motivo", a.getMotivoAnulacion()).build().toString());
        return a;
    }

    /** Agrega a la asistencia personas del registro; las que ya estaban se ignoran. */
    public Actividad agregarPersonas(Long id, Collection<Long> personaIds) {
        Usuario u = quienRegistra(Texto.de("actividades.registrarAsistencia"));
        Actividad a = cambiable(u, id);
        ReglaIncumplida.exigir(personaIds != null && !personaIds.isEmpty(), "personas",
                Texto.de("actividades.elijaMenosPersonaRegistro"));
        List<Long> agregadas = agregarAsistentes(u, a, personaIds);
        if (!agregadas.isEmpty()) {
            sincronizar();
            var lista = Json.createArrayBuilder();
            agregadas.forEach(lista::add);
            auditor.registrar(Accion.CAMBIAR, ENTIDAD, a.getId(),
                    Json.createObjectBuilder().add("personasAgregadas", lista).build().toString());
        }
        return a;
    }

    private List<Long> agregarAsistentes(Usuario u, Actividad a, Collection<Long> personaIds) {
        List<Long> agregadas = new ArrayList<>();
        for (Long pid : personaIds) {
            ReglaIncumplida.exigir(pid != null, "personas", Texto.de("actividades.faltaIdPersonas"));
            Persona p = vigente(personas.porId(pid).orElseThrow(() -> new ReglaIncumplida("personas",
                    Texto.de("actividades.noExisteRegistroPersona", pid))));
            if (a.agregarAsistente(p, u.getUsuario())) {
                agregadas.add(p.getId());
            }
        }
        return agregadas;
    }

    /** Quita de la asistencia a una persona agregada por error. */
    public Actividad quitarPersona(Long id, Long personaId) {
        Usuario u = quienRegistra(Texto.de("actividades.registrarAsistencia"));
        Actividad a = cambiable(u, id);
        Persona p = personas.porId(personaId)
                .orElseThrow(() -> new NoEncontrado(Texto.de("actividades.que.personaAsistencia")));
        if (!a.quitarAsistente(p, u.getUsuario())) {
            throw new NoEncontrado(Texto.de("actividades.que.personaAsistencia"));
        }
        sincronizar();
        auditor.registrar(Accion.CAMBIAR, ENTIDAD, a.getId(),
                Json.createObjectBuilder().add("personaQuitada", p.getId()).build().toString());
        return a;
    }

    /** Adjunta una evidencia (acta, listado, fotos): PDF, JPG o PNG reconocidos por su contenido, hasta 10 MB. */
    public Adjunto adjuntarEvidencia(Long id, String nombre, byte[] contenido, String descripcion) {
        Usuario u = quienRegistra(Texto.de("actividades.adjuntarEvidencias"));
        Actividad a = cambiable(u, id);
        a.exigirVigente();
        Adjunto x = adjuntos.adjuntarAActividad(a.getId(), nombre, contenido, descripcion);
        auditor.registrar(Accion.CREAR, "adjunto", x.getId(), "actividad " + a.getId() + ": " + x.getNombre());
        return x;
    }

    /** Anula una evidencia con motivo; si era la única vigente, la actividad queda «sin soporte». */
    public Adjunto anularEvidencia(Long id, Long adjuntoId, String motivo) {
        Usuario u = quienRegistra(Texto.de("actividades.anularEvidencias"));
        Actividad a = cambiable(u, id);
        a.exigirVigente();
        Adjunto x = adjuntos.anularDeActividad(a.getId(), adjuntoId, motivo);
        sincronizar();
        auditor.registrar(Accion.ANULAR, "adjunto", x.getId(), Json.createObjectBuilder()
                .add("actividad", a.getId()).add("motivo", x.getMotivoAnulacion()).build().toString());
        return x;
    }

    /** Una actividad como la puede ver quien consulta (ver {@link FichaActividad}); la consulta queda auditada. */
    public FichaActividad ficha(Long id) {
        Usuario u = quienConsulta();
        Actividad a = visible(u, id);
        boolean verPersonas = PoliticaActividades.puedeVerPersonas(u, a);
        List<Adjunto> evidencias = adjuntos.deActividad(a.getId());
        long vigentes = evidencias.stream().filter(x -> !x.isAnulado()).count();
        List<Persona> asistentes = new ArrayList<>(a.getPersonas());
        asistentes.sort(Comparator.comparing(Persona::getApellidos).thenComparing(Persona::getNombres));
        auditor.registrar(Accion.VER, ENTIDAD, a.getId(), verPersonas ? null : "solo cifras");
        return new FichaActividad(a, verPersonas, PoliticaActividades.puedeCambiar(u, a),
                verPersonas ? asistentes : List.of(), asistentes.size(), verPersonas ? evidencias : List.of(),
                vigentes);
    }

    /** Las actividades del filtro que quien consulta puede ver, paginadas en la base de datos. */
    public Pagina listar(FiltroActividades filtro, int primero, int cuantos) {
        Usuario u = quienConsulta();
        FiltroActividades f = filtro == null ? FiltroActividades.todas() : filtro;
        ReglaIncumplida.exigir(f.desde() == null || f.hasta() == null || !f.hasta().isBefore(f.desde()), "hasta",
                Texto.de("actividades.fechaFinalFiltroNo"));
        Set<String> alcance = PoliticaActividades.veTodasLasSedes(u) ? null : u.getSedes();
        long total = repositorio.contar(f, alcance);
        List<Actividad> lista = total == 0 ? List.of() : repositorio.buscar(f, alcance, primero, cuantos);
        List<Long> ids = lista.stream().map(Actividad::getId).toList();
        Map<Long, Long> evidencias = repositorio.evidenciasVigentes(ids);
        Map<Long, Long> asistentes = repositorio.personasRegistradas(ids);
        List<ResumenActividad> filas = lista.stream().map(a -> ResumenActividad.de(a,
                asistentes.getOrDefault(a.getId(), 0L), evidencias.getOrDefault(a.getId(), 0L))).toList();
        JsonObjectBuilder detalle = Json.createObjectBuilder();
        agregar(detalle, "tipo", f.tipo());
        agregar(detalle, "sede", f.sede());
        agregar(detalle, "desde", f.desde() == null ? null : f.desde().toString());
        agregar(detalle, "hasta", f.hasta() == null ? null : f.hasta().toString());
        detalle.add("sinSoporte", f.sinSoporte()).add("resultados", total);
        auditor.registrar(Accion.VER, ENTIDAD, null, detalle.build().toString());
        return new Pagina(filas, total);
    }

    /** Cuántas actividades del filtro puede ver quien consulta (para paginar; la lista misma queda auditada). */
    public long contar(FiltroActividades filtro) {
        Usuario u = quienConsulta();
        FiltroActividades f = filtro == null ? FiltroActividades.todas() : filtro;
        return repositorio.contar(f, PoliticaActividades.veTodasLasSedes(u) ? null : u.getSedes());
    }

    /** Las sedes en las que quien llama puede registrar actividades (las suyas). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sede> sedesParaRegistrar() {
        Usuario u = usuarioActual.get().orElse(null);
        if (u == null || !PoliticaActividades.registra(u) || u.getSedes().isEmpty()) {
            return List.of();
        }
        return sedes.porCodigos(u.getSedes());
    }

    /** Las sedes por las que quien consulta puede filtrar la lista (todas para el supervisor). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Sede> sedesVisibles() {
        Usuario u = usuarioActual.get().orElse(null);
        if (u == null || !PoliticaActividades.consulta(u)) {
            return List.of();
        }
        return PoliticaActividades.veTodasLasSedes(u) ? sedes.todas() : sedes.porCodigos(u.getSedes());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean puedeRegistrar() {
        return usuarioActual.get().map(PoliticaActividades::registra).orElse(false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean administraTipos() {
        return usuarioActual.get().map(PoliticaActividades::administraTipos).orElse(false);
    }

    // ---------------------------------------------------------------- tipos

    /** El catálogo de tipos (activos, o todos para el administrador y las listas históricas). */
    public List<TipoActividad> tipos(boolean soloActivos) {
        acceso.exigir(u -> PoliticaActividades.consulta(u) || PoliticaActividades.administraTipos(u),
                Denegacion.operacion(ENTIDAD_TIPO, null, "consultar tipos de actividad",
                        Texto.de("actividades.rolNoDaAcceso")));
        return repositorio.tipos(soloActivos);
    }

    /** Agrega un tipo (no alimenta indicadores hasta que una regla de indicador lo nombre). */
    public TipoActividad crearTipo(String codigo, String nombre, String descripcion, String etiquetaObjeto,
            boolean objetoRequerido) {
        Usuario u = administrador(Texto.de("actividades.agregarTipos"), codigo);
        TipoActividad t = new TipoActividad(codigo, nombre, descripcion, etiquetaObjeto, objetoRequerido,
                u.getUsuario());
        ReglaIncumplida.exigir(repositorio.tipoPorCodigo(t.getCodigo()).isEmpty(), "codigo",
                Texto.de("actividades.yaExisteTipoActividad", t.getCodigo()));
        repositorio.guardar(t);
        sincronizar();
        JsonObjectBuilder d = Json.createObjectBuilder().add("codigo", t.getCodigo()).add("nombre", t.getNombre())
                .add("objetoRequerido", t.isObjetoRequerido());
        agregar(d, "etiquetaObjeto", t.getEtiquetaObjeto());
        agregar(d, "descripcion", t.getDescripcion());
        auditor.registrar(Accion.CREAR, ENTIDAD_TIPO, t.getCodigo(), d.build().toString());
        return t;
    }

    /** Renombra o corrige un tipo; el código nunca cambia y en los tipos del plan tampoco su objeto. */
    public TipoActividad corregirTipo(String codigo, Integer version, String nombre, String descripcion,
            String etiquetaObjeto, boolean objetoRequerido) {
        Usuario u = administrador(Texto.de("actividades.corregirTipos"), codigo);
        TipoActividad t = tipoExistente(codigo);
        if (version != null && version != t.getVersion()) {
            throw new ConflictoEdicion(Texto.de("actividades.que.tipoActividad"));
        }
        String antes = t.getNombre();
        if (t.corregir(nombre, descripcion, etiquetaObjeto, objetoRequerido, u.getUsuario())) {
            sincronizar();
            JsonObjectBuilder d = Json.createObjectBuilder().add("nombreAntes", antes).add("nombre", t.getNombre())
                    .add("objetoRequerido", t.isObjetoRequerido());
            agregar(d, "etiquetaObjeto", t.getEtiquetaObjeto());
            agregar(d, "descripcion", t.getDescripcion());
            auditor.registrar(Accion.CAMBIAR, ENTIDAD_TIPO, t.getCodigo(), d.build().toString());
        }
        return t;
    }

    /** Desactiva (o reactiva) un tipo: uno desactivado no se ofrece para actividades nuevas. */
    public TipoActividad cambiarActivo(String codigo, boolean activo) {
        Usuario u = administrador(
                activo ? Texto.de("actividades.activarTipos") : Texto.de("actividades.desactivarTipos"), codigo);
        TipoActividad t = tipoExistente(codigo);
        if (activo) {
            t.activar(u.getUsuario());
        } else {
            t.desactivar(u.getUsuario());
        }
        sincronizar();
        auditor.registrar(Accion.CAMBIAR, ENTIDAD_TIPO, t.getCodigo(),
                Json.createObjectBuilder().add("activo", activo).build().toString());
        return t;
    }

    // ---------------------------------------------------------------- apoyo

    private TipoActividad tipo(String codigo) {
        ReglaIncumplida.exigir(codigo != null && !codigo.isBlank(), "tipo", Texto.de("actividades.elijaTipoActividad"));
        return repositorio.tipoPorCodigo(codigo)
                .orElseThrow(() -> new ReglaIncumplida("tipo",
                        Texto.de("actividades.noExisteTipoActividad", codigo.trim())));
    }

    private TipoActividad tipoExistente(String codigo) {
        return repositorio.tipoPorCodigo(codigo)
                .orElseThrow(() -> new NoEncontrado(Texto.de("actividades.que.tipoActividadConCodigo",
                        codigo == null ? "" : codigo.trim().toUpperCase())));
    }

    private Sede sedeDonde(Usuario u, String codigo) {
        ReglaIncumplida.exigir(codigo != null && !codigo.isBlank(), "sede",
                Texto.de("actividades.elijaSedeResponsable"));
        String c = codigo.trim().toUpperCase();
        ReglaIncumplida.exigir(PoliticaActividades.puedeRegistrarEn(u, c), "sede",
                Texto.de("actividades.soloPuedeRegistrarActividades", String.join(", ", u.getSedes())));
        return sedes.porCodigo(c).orElseThrow(() -> new ReglaIncumplida("sede",
                Texto.de("actividades.noExisteSede", c)));
    }

    private Actividad visible(Usuario u, Long id) {
        return alAlcance(id, a -> PoliticaActividades.puedeVer(u, a), "consultar una actividad de otra sede");
    }

    private Actividad cambiable(Usuario u, Long id) {
        return alAlcance(id, a -> PoliticaActividades.puedeCambiar(u, a), "cambiar una actividad de otra sede");
    }

    /** La actividad si la regla la deja; si existe fuera de su alcance, se niega como si no existiera. */
    private Actividad alAlcance(Long id, Predicate<Actividad> regla, String queHace) {
        Texto que = Texto.de("actividades.que.actividadConId", id == null ? "" : id);
        Actividad a = repositorio.porId(id).orElseThrow(() -> new NoEncontrado(que));
        acceso.exigir(regla.test(a), Denegacion.comoSiNoExistiera(ENTIDAD, a.getId(), queHace, que));
        return a;
    }

    private static Persona vigente(Persona p) {
        Persona actual = p;
        while (actual.getFusionadaEn() != null) {
            actual = actual.getFusionadaEn();
        }
        return actual;
    }

    private Usuario quienRegistra(Texto queHace) {
        return acceso.exigir(PoliticaActividades::registra, Denegacion.operacion(ENTIDAD, null, queHace.enEspanol(),
                Texto.de("actividades.soloGestoresCoordinadoresPueden", queHace)));
    }

    private Usuario quienConsulta() {
        return acceso.exigir(PoliticaActividades::consulta, Denegacion.operacion(ENTIDAD, null, "consultar actividades",
                Texto.de("actividades.rolNoDaAcceso")));
    }

    private Usuario administrador(Texto queHace, String codigo) {
        return acceso.exigir(PoliticaActividades::administraTipos, Denegacion.operacion(ENTIDAD_TIPO,
                codigo == null ? null : codigo.trim(), queHace.enEspanol(),
                Texto.de("actividades.soloAdministradorPuede", queHace)));
    }

    private void sincronizar() {
        Volcado.volcar(repositorio::sincronizar, Texto.de("actividades.que.actividad"),
                Texto.de("actividades.registroCambio"));
    }

    private static void agregar(JsonObjectBuilder o, String campo, String valor) {
        if (valor == null) {
            o.addNull(campo);
        } else {
            o.add(campo, valor);
        }
    }
}
