package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.auditoria.RegistroAuditoria;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.persistencia.Volcado;
import co.gov.cartagena.ruta.personas.BusquedaPorNombre;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.RepositorioPersonas;
import co.gov.cartagena.ruta.sedes.PersonalDeSedes;
import co.gov.cartagena.ruta.sedes.RepositorioSedes;
import co.gov.cartagena.ruta.sedes.Sede;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.MiembroKeycloak;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Los casos: abrir, consultar, cambiar de estado, atenciones, remisiones, seguimientos, cerrar, reabrir, anular,
 * asignar y trasladar. Frontera de transacción: cada operación comprueba el acceso ({@link PoliticaAcceso}), la
 * versión que el usuario tenía abierta (bloqueo optimista), aplica la regla en la entidad, escribe la auditoría
 * en la misma transacción. El {@link CambioEnCaso} que mantiene el almacén de los indicadores no se dispara aquí: lo
 * da el propio caso al guardarse ({@link co.gov.cartagena.ruta.persistencia.ConAviso}).
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class ServicioCasos {

    @Inject
    Clock reloj;

    @Inject
    RepositorioCasos casos;

    @Inject
    RepositorioPersonas personas;

    @Inject
    RepositorioSedes sedes;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;

    @Inject
    ServicioAuditoria auditoria;

    @Inject
    PersonalDeSedes personal;

    public Caso abrir(SolicitudApertura s) {
        Usuario u = trabajador();
        var previo = casos.porClaveEnvio(s.claveEnvio());
        if (previo.isPresent() && PoliticaAcceso.puedeVer(u, previo.get())) {
            return previo.get();
        }
        ReglaIncumplida.exigir(s.ruta() != null, "ruta", Texto.de("casos.seleccioneRutaCaso"));
        Sede sede = sedes.porCodigo(s.sede()).orElseThrow(() -> new ReglaIncumplida("sede",
                Texto.de("casos.seleccioneSedeValida")));
        acceso.exigir(PoliticaAcceso.puedeAbrir(u, s.ruta(), sede.getCodigo()), Denegacion.operacion("caso", null,
                "abrir un caso de " + s.ruta().nombre() + " en la sede " + sede.getCodigo(),
                Texto.de("casos.noPuedeAbrirCasos", Texto.codigo(s.ruta().name(), s.ruta().nombre()),
                        sede.getNombre())));
        Persona persona = personas.porId(s.personaId())
                .orElseThrow(() -> new ReglaIncumplida("persona", Texto.de("casos.seleccionePersonaAtendida")));
        RolParticipante rol = s.rolPersona() != null ? s.rolPersona()
                : s.ruta().definicion().rolPrincipal();
        LocalDate apertura = s.fechaApertura() == null ? LocalDate.now(reloj) : s.fechaApertura();
        SedeQueRecibe.paraAbrir(sede, apertura);
        String radicado = String.format("RUTA-%d-%06d", apertura.getYear(), casos.siguienteConsecutivo(apertura.getYear()));
        Caso caso = new Caso(radicado, s.ruta(), sede, u.getUsuario(), apertura, persona, rol, s.narrativa(),
                s.datos() == null ? Map.of() : s.datos(), s.claveEnvio(), u.getUsuario(), LocalDate.now(reloj));
        if (s.ruta() == Ruta.MESA_DE_VICTIMAS) {
            exigirUnaRepresentacionPorPeriodo(u, persona, caso);
        }
        casos.guardar(caso);
        sincronizar(caso);
        auditor.registrar(Accion.CREAR, "caso", caso.getId(), caso.getRadicado() + " " + caso.getRuta());
        return caso;
    }

    /** Un caso que el usuario puede ver; si no existe o no puede verlo, la misma respuesta: no encontrado. */
    public Caso obtener(Long id) {
        Usuario u = trabajador();
        Caso c = visible(casos.porId(id), u, id);
        auditor.registrar(Accion.VER, "caso", c.getId(), null);
        return c;
    }

    public Caso porRadicado(String radicado) {
        Usuario u = trabajador();
        Caso c = visible(casos.porRadicado(radicado), u, radicado);
        auditor.registrar(Accion.VER, "caso", c.getId(), null);
        return c;
    }

    public List<Caso> buscar(FiltroCasos filtro, int primero, int cuantos) {
        Usuario u = trabajador();
        exigirTextoBuscable(filtro);
        return casos.buscar(filtro, u, primero, cuantos);
    }

    /** La página y el total en una sola unidad de trabajo (la API los da juntos). */
    public PaginaDeCasos pagina(FiltroCasos filtro, int primero, int cuantos) {
        Usuario u = trabajador();
        exigirTextoBuscable(filtro);
        return casos.pagina(filtro, u, primero, cuantos);
    }

    public long contar(FiltroCasos filtro) {
        Usuario u = trabajador();
        exigirTextoBuscable(filtro);
        return casos.contar(filtro, u);
    }

    /** Un nombre se busca por el índice, que guarda palabras de tres letras o más: sin ninguna, no hay búsqueda. */
    private static void exigirTextoBuscable(FiltroCasos filtro) {
        BusquedaPorNombre nombre = filtro.textoComoNombre();
        ReglaIncumplida.exigir(nombre == null || nombre.posible(), "texto", BusquedaPorNombre.SIN_PALABRAS);
    }

    /** Los casos de una persona que el usuario puede ver (los demás no se mencionan). */
    public List<Caso> dePersona(Persona persona) {
        Usuario u = trabajador();
        return casos.dePersona(persona).stream().filter(c -> PoliticaAcceso.puedeVer(u, c)).toList();
    }

    /** Seguimientos vencidos y sin cumplir de los casos visibles (del gestor, si {@code soloMios}). */
    public List<Seguimiento> seguimientosVencidos(boolean soloMios) {
        return casos.seguimientosPendientes(trabajador(), soloMios, null, LocalDate.now(reloj),
                RepositorioCasos.MAXIMO_SEGUIMIENTOS);
    }

    /**
     * Los casos abiertos de la cola de trabajo, los que más esperan primero: los míos (gestor) o, para la
     * coordinación, los de mis sedes que nadie del personal de la sede lleva. Todo caso tiene gestor (quien lo abrió),
     * así que «sin gestor» es el que quedó con alguien que no es del personal de su sede (p. ej. tras un traslado,
     * hasta que la coordinación de destino lo asigna). Se revisan a lo sumo {@link #REVISADOS_SIN_GESTOR} casos
     * abiertos; si Keycloak nunca respondió no se puede saber y la lista sale vacía.
     */
    public List<Caso> abiertosParaInicio(boolean sinGestor, int cuantos) {
        Usuario u = trabajador();
        if (!sinGestor) {
            return casos.abiertos(u, u.getUsuario(), cuantos);
        }
        return casos.abiertos(u, null, REVISADOS_SIN_GESTOR).stream()
                .filter(c -> c.getGestor() == null || personal.puedenLlevar(c.getSede().getCodigo(), c.getRuta().equipo())
                        .map(l -> l.stream().noneMatch(m -> m.usuario().equals(c.getGestor()))).orElse(false))
                .limit(cuantos).toList();
    }

    static final int REVISADOS_SIN_GESTOR = 200;

    /** Seguimientos sin cumplir (míos o de mis sedes) que vencen antes de {@code antesDe}, desde {@code desde}. */
    public List<Seguimiento> seguimientosPendientes(boolean soloMios, LocalDate desde, LocalDate antesDe, int cuantos) {
        return casos.seguimientosPendientes(trabajador(), soloMios, desde, antesDe, cuantos);
    }

    /**
     * Los términos de ley de la Comisaría de Familia en riesgo en mis sedes (medida provisional y audiencia, ver
     * {@link TerminosDeComisaria}), el que vence primero arriba.
     */
    public List<TerminosDeComisaria.EnRiesgo> terminosEnRiesgo(int cuantos) {
        java.time.Instant ahora = java.time.Instant.now(reloj);
        return casos.conTerminoDeComisaria(trabajador(),
                TerminosDeComisaria.aperturaEnRiesgoHasta(LocalDate.now(reloj)),
                REVISADOS_CON_TERMINO).stream()
                .flatMap(c -> TerminosDeComisaria.enRiesgo(c, ahora).stream())
                .sorted(java.util.Comparator.comparing(TerminosDeComisaria.EnRiesgo::vence)).limit(cuantos).toList();
    }

    static final int REVISADOS_CON_TERMINO = 200;

    /** Remisiones sin respuesta (de mis casos o de mis sedes). */
    public List<Remision> remisionesSinRespuesta(boolean soloMios, int cuantos) {
        return casos.remisionesSinRespuesta(trabajador(), soloMios, cuantos);
    }

    /**
     * Si el usuario ve los datos sensibles del caso (narrativa y campos sensibles de la ruta). Quien no los ve
     * tampoco los escribe: al guardar se conservan los que había.
     */
    public boolean puedeVerSensibles(Caso c) {
        return PoliticaAcceso.puedeVerSensibles(usuarioActual.requerido(), c);
    }

    /**
     * Corrige narrativa y campos. Quien no ve lo sensible manda la narrativa en null y sin los campos sensibles:
     * se conservan los guardados; si intenta escribir uno, se rechaza nombrando el campo.
     */
    public Caso actualizar(Long id, int version, String narrativa, Map<String, String> datos) {
        Caso c = paraCambiar(id, version);
        if (!puedeVerSensibles(c)) {
            ReglaIncumplida.exigir(narrativa == null, "narrativa",
                    Texto.de("casos.narrativaDatoReservadoSolo"));
            narrativa = c.getNarrativa();
            datos = conservarSensibles(c, datos);
        }
        c.actualizar(narrativa, datos, quien(), LocalDate.now(reloj));
        return confirmar(c, Accion.CAMBIAR, "narrativa y campos de la ruta");
    }

    public Caso cambiarEstado(Long id, int version, String nuevoEstado, Map<String, String> datos, String motivo) {
        Caso c = paraCambiar(id, version);
        String antes = c.getEstado();
        if (!puedeVerSensibles(c)) {
            datos = conservarSensibles(c, datos);
        }
        c.cambiarEstado(nuevoEstado, datos, motivo, quien(), LocalDate.now(reloj));
        return confirmar(c, Accion.CAMBIAR, "estado: " + antes + " → " + nuevoEstado);
    }

    /** Agrega una persona del registro al caso con un papel de la ruta (p. ej. miembro del hogar, víctima). */
    public Caso agregarPersona(Long id, int version, Long personaId, RolParticipante rol) {
        Caso c = paraCambiar(id, version);
        Persona persona = personas.porId(personaId)
                .orElseThrow(() -> new ReglaIncumplida("persona", Texto.de("casos.seleccionePersonaRegistro")));
        c.agregarParticipante(persona, rol, quien());
        return confirmar(c, Accion.CAMBIAR, "persona " + persona.getId() + " agregada como " + rol);
    }

    public Atencion registrarAtencion(Long id, String tipo, LocalDate fecha, Long personaId, String notas,
            String claveEnvio) {
        Caso c = paraCambiar(id, null);
        var repetida = c.getAtenciones().stream()
                .filter(a -> claveEnvio != null && claveEnvio.equals(claveEnvioDe(a))).findFirst();
        if (repetida.isPresent()) {
            return repetida.get();
        }
        Persona persona = personaId == null ? null
                : personas.porId(personaId).orElseThrow(() -> new ReglaIncumplida("persona",
                        Texto.de("casos.personaNoValida")));
        Atencion a = c.registrarAtencion(tipo, fecha, persona, notas, quien(), claveEnvio, LocalDate.now(reloj));
        confirmar(c, Accion.CREAR, "atención " + tipo);
        auditor.registrar(Accion.CREAR, "atencion", a.getId(), c.getRadicado() + " " + tipo);
        return a;
    }

    public Caso anularAtencion(Long id, Long atencionId, String motivo) {
        Caso c = paraCambiar(id, null);
        Atencion a = c.getAtenciones().stream().filter(x -> x.getId().equals(atencionId)).findFirst()
                .orElseThrow(() -> new NoEncontrado(Texto.de("casos.que.atencion")));
        c.anularAtencion(a, motivo, quien());
        confirmar(c, Accion.ANULAR, "atención " + atencionId);
        auditor.registrar(Accion.ANULAR, "atencion", atencionId, motivo);
        return c;
    }

    public Remision remitir(Long id, EntidadRemision entidad, String sedeDestino, LocalDate fecha, String motivo,
            boolean comparteDatos, String justificacion, String claveEnvio) {
        Caso c = paraCambiar(id, null);
        var repetida = c.getRemisiones().stream()
                .filter(x -> claveEnvio != null && claveEnvio.equals(x.claveEnvio())).findFirst();
        if (repetida.isPresent()) {
            return repetida.get();
        }
        Usuario u = usuarioActual.requerido();
        boolean sinConsentimiento = justificacion != null && !justificacion.isBlank() && comparteDatos
                && !c.todosAutorizanCompartir();
        acceso.exigir(!sinConsentimiento || PoliticaAcceso.puedeRemitirSinConsentimiento(u), Denegacion.operacion(
                "caso", c.getId(), "remitir compartiendo datos sin autorización de las personas (no es coordinador)",
                Texto.de("casos.soloCoordinadorPuedeRemitir")));
        Sede destino = sedeDestino == null || sedeDestino.isBlank() ? null : sedes.porCodigo(sedeDestino)
                .orElseThrow(() -> new ReglaIncumplida("sedeDestino", Texto.de("casos.seleccioneSedeDestinoValida")));
        Remision r = c.remitir(entidad, destino, fecha, motivo, comparteDatos, justificacion, quien(), claveEnvio,
                LocalDate.now(reloj));
        confirmar(c, Accion.CREAR, "remisión a " + entidad
                + (r.getJustificacionSinConsentimiento() != null ? " (sin consentimiento, justificada)" : ""));
        return r;
    }

    public Caso responderRemision(Long id, Long remisionId, LocalDate fecha, String respuesta) {
        Caso c = paraCambiar(id, null);
        Remision r = c.getRemisiones().stream().filter(x -> x.getId().equals(remisionId)).findFirst()
                .orElseThrow(() -> new NoEncontrado(Texto.de("casos.que.remision")));
        c.registrarRespuestaRemision(r, fecha, respuesta, quien(), LocalDate.now(reloj));
        return confirmar(c, Accion.CAMBIAR, "respuesta de remisión " + remisionId);
    }

    public Seguimiento programarSeguimiento(Long id, String descripcion, LocalDate vencimiento) {
        return programarSeguimiento(id, descripcion, vencimiento, null);
    }

    /** Como las remisiones: repetir la clave de envío devuelve el seguimiento ya creado, sin crear otro. */
    public Seguimiento programarSeguimiento(Long id, String descripcion, LocalDate vencimiento, String claveEnvio) {
        Caso c = paraCambiar(id, null);
        var repetido = c.getSeguimientos().stream()
                .filter(x -> claveEnvio != null && claveEnvio.equals(x.claveEnvio())).findFirst();
        if (repetido.isPresent()) {
            return repetido.get();
        }
        Seguimiento s = c.programarSeguimiento(descripcion, vencimiento, quien(), claveEnvio);
        confirmar(c, Accion.CREAR, "seguimiento para " + vencimiento);
        return s;
    }

    public Caso cumplirSeguimiento(Long id, Long seguimientoId, LocalDate fecha, String resultado) {
        Caso c = paraCambiar(id, null);
        Seguimiento s = c.getSeguimientos().stream().filter(x -> x.getId().equals(seguimientoId)).findFirst()
                .orElseThrow(() -> new NoEncontrado(Texto.de("casos.que.seguimiento")));
        c.cumplirSeguimiento(s, fecha, resultado, quien(), LocalDate.now(reloj));
        return confirmar(c, Accion.CAMBIAR, "seguimiento " + seguimientoId + " cumplido");
    }

    public Caso cerrar(Long id, int version, LocalDate fecha, String motivo) {
        Caso c = paraCambiar(id, version);
        LocalDate hoy = LocalDate.now(reloj);
        c.cerrar(fecha == null ? hoy : fecha, motivo, quien(), hoy);
        return confirmar(c, Accion.CAMBIAR, "cierre: " + motivo);
    }

    public Caso reabrir(Long id, int version, String motivo) {
        Caso c = paraCambiar(id, version);
        c.reabrir(motivo, quien());
        return confirmar(c, Accion.CAMBIAR, "reapertura: " + motivo);
    }

    public Caso anular(Long id, int version, String motivo) {
        Caso c = paraCambiar(id, version);
        Usuario u = usuarioActual.requerido();
        acceso.exigir(PoliticaAcceso.coordina(u, c) || c.getGestor().equals(u.getUsuario()), Denegacion.operacion(
                "caso", c.getId(), "anular el caso (no es su gestor ni coordina la sede)",
                Texto.de("casos.soloGestorAsignadoCoordinador")));
        c.anular(motivo, quien());
        return confirmar(c, Accion.ANULAR, motivo);
    }

    public Caso asignar(Long id, int version, String gestor) {
        Caso c = paraCambiar(id, version);
        acceso.exigir(PoliticaAcceso.coordina(usuarioActual.requerido(), c), Denegacion.operacion("caso", c.getId(),
                "asignar el caso (no coordina la sede)", Texto.de("casos.soloCoordinadorSedeAsigna")));
        String usuario = gestor == null ? null : gestor.trim();
        ReglaIncumplida.exigir(usuario != null && !usuario.isEmpty(), "gestor", Texto.de("casos.elijaQuienAsignaCaso"));
        exigirPersonalDe(c.getSede(), c.getRuta(), usuario);
        String antes = c.getGestor();
        c.asignarA(usuario, quien());
        return confirmar(c, Accion.CAMBIAR, "gestor: " + antes + " → " + usuario);
    }

    /**
     * Solo se asigna a alguien del personal real de la sede (grupo de Keycloak), gestor o coordinador y, en una ruta
     * reservada, de su equipo. Si no aparece en la copia guardada, se vuelve a leer Keycloak una vez.
     */
    private void exigirPersonalDe(Sede sede, Ruta ruta, String usuario) {
        var equipo = ruta.equipo();
        var lista = personal.puedenLlevar(sede.getCodigo(), equipo);
        if (lista.isEmpty() || lista.get().stream().noneMatch(m -> m.usuario().equals(usuario))) {
            lista = personal.puedenLlevarRecienLeido(sede.getCodigo(), equipo);
        }
        if (lista.isEmpty()) {
            throw new ReglaIncumplida("gestor", Texto.de("casos.noPudoConsultarPersonal", sede.getNombre()));
        }
        ReglaIncumplida.exigir(lista.get().stream().anyMatch(m -> m.usuario().equals(usuario)), "gestor",
                equipo.isPresent() ? Texto.de("casos.noEsDelPersonalDelEquipo", usuario, sede.getNombre(), equipo.get())
                        : Texto.de("casos.noEsDelPersonal", usuario, sede.getNombre()));
    }

    /** Quienes pueden llevar el caso (para elegir a quién asignarlo); vacío si Keycloak no respondió nunca. */
    public Optional<List<MiembroKeycloak>> personalParaAsignar(Caso c) {
        return personal.puedenLlevar(c.getSede().getCodigo(), c.getRuta().equipo());
    }

    /**
     * El personal que lleva casos en las sedes del usuario (gestores y coordinadores), sin repetir y por nombre: las
     * opciones del filtro por gestor de la lista de casos. Vacía si Keycloak nunca respondió.
     */
    public List<MiembroKeycloak> personalDeMisSedes() {
        Usuario u = usuarioActual.requerido();
        Map<String, MiembroKeycloak> porUsuario = new java.util.TreeMap<>();
        for (String sede : u.getSedes()) {
            personal.puedenLlevar(sede, Optional.empty()).orElse(List.of())
                    .forEach(m -> porUsuario.putIfAbsent(m.usuario(), m));
        }
        java.text.Collator orden = java.text.Collator.getInstance(java.util.Locale.forLanguageTag("es-CO"));
        return porUsuario.values().stream().sorted(java.util.Comparator.comparing(MiembroKeycloak::nombre, orden))
                .toList();
    }

    /** El nombre completo de quien lleva el caso, o su usuario si no está en el personal leído de la sede. */
    public String nombreDelGestor(Caso c) {
        return personal.nombreDe(c.getSede().getCodigo(), c.getGestor()).orElse(c.getGestor());
    }

    public Caso trasladar(Long id, int version, String sedeCodigo) {
        return trasladar(id, version, sedeCodigo, null);
    }

    /**
     * Traslada el caso a otra sede que recibe casos y, si se elige {@code gestor}, se lo asigna a alguien del personal
     * de la sede de destino que puede llevarlo; sin él, el caso llega sin gestor de esa sede y aparece en la cola
     * «sin gestor» de su coordinación.
     */
    public Caso trasladar(Long id, int version, String sedeCodigo, String gestor) {
        Caso c = paraCambiar(id, version);
        Usuario u = usuarioActual.requerido();
        acceso.exigir(PoliticaAcceso.coordina(u, c), Denegacion.operacion("caso", c.getId(),
                "trasladar el caso (no coordina la sede)", Texto.de("casos.soloCoordinadorSedeTraslada")));
        Sede destino = sedes.porCodigo(sedeCodigo)
                .orElseThrow(() -> new ReglaIncumplida("sede", Texto.de("casos.seleccioneSedeValida")));
        SedeQueRecibe.paraTrasladar(destino, LocalDate.now(reloj));
        String usuario = gestor == null || gestor.isBlank() ? null : gestor.trim();
        if (usuario != null) {
            exigirPersonalDe(destino, c.getRuta(), usuario);
        }
        String antes = c.getSede().getCodigo();
        String gestorAntes = c.getGestor();
        c.trasladarA(destino, quien());
        if (usuario != null) {
            c.asignarA(usuario, quien());
        }
        return confirmar(c, Accion.CAMBIAR, "sede: " + antes + " → " + destino.getCodigo()
                + (usuario == null ? "" : "; gestor: " + gestorAntes + " → " + usuario));
    }

    /** Las sedes a las que el caso se puede trasladar hoy: en operación, del tipo que lleva su ruta, no la suya. */
    public List<Sede> sedesParaTrasladar(Caso c) {
        LocalDate hoy = LocalDate.now(reloj);
        var tipos = c.getRuta().definicion().tiposSede();
        return sedes.todas().stream()
                .filter(s -> !s.getId().equals(c.getSede().getId()) && (tipos.isEmpty() || tipos.contains(s.getTipo()))
                        && SedeQueRecibe.puedeRecibirTraslado(s, hoy))
                .toList();
    }

    /**
     * Quienes pueden llevar el caso en cada sede a la que se puede trasladar (para elegir en el traslado), por sede.
     * Las sedes sin personal que pueda llevarlo no aparecen. Si Keycloak no responde (una sede sin lista), no se
     * pregunta por las demás: la página no espera una vez por sede.
     */
    public Map<Sede, List<MiembroKeycloak>> personalParaTrasladar(Caso c) {
        Map<Sede, List<MiembroKeycloak>> porSede = new java.util.LinkedHashMap<>();
        for (Sede s : sedesParaTrasladar(c)) {
            var lista = personal.puedenLlevar(s.getCodigo(), c.getRuta().equipo());
            if (lista.isEmpty()) {
                break;
            }
            if (!lista.get().isEmpty()) {
                porSede.put(s, lista.get());
            }
        }
        return porSede;
    }

    /**
     * Quién consultó o cambió el caso: solo para coordinadores de su sede. Consultarlo es ver el rastro, y también
     * queda en él (como {@code VER auditoria}, para no mezclarse con las consultas del caso).
     */
    public List<RegistroAuditoria> quienVio(Long id) {
        Usuario u = trabajador();
        Caso c = visible(casos.porId(id), u, id);
        acceso.exigir(PoliticaAcceso.coordina(u, c), Denegacion.operacion("caso", c.getId(),
                "quién consultó el caso (no es coordinador de la sede)", Texto.de("casos.soloCoordinadorSedeVe")));
        auditor.registrar(Accion.VER, "auditoria", null, "quién consultó el caso " + c.getId());
        return auditoria.deEntidad("caso", c.getId().toString());
    }

    /**
     * El caso si el usuario puede verlo; si no existe o no puede, la misma respuesta (no encontrado). Un caso que
     * existe fuera de su alcance deja además un acceso denegado en el rastro (que sobrevive a la excepción).
     */
    private Caso visible(java.util.Optional<Caso> encontrado, Usuario u, Object id) {
        Caso c = encontrado.orElseThrow(() -> noEncontrado(id));
        acceso.exigir(PoliticaAcceso.puedeVer(u, c), Denegacion.comoSiNoExistiera("caso", c.getId(),
                "caso fuera de su alcance", Texto.de("casos.que.caso", id)));
        return c;
    }

    /** Los campos sensibles que manda quien no puede verlos: rechaza el que cambie, conserva los guardados. */
    static Map<String, String> conservarSensibles(Caso c, Map<String, String> datos) {
        Map<String, String> guardados = c.datos();
        Map<String, String> resultado = new java.util.LinkedHashMap<>(datos == null ? Map.of() : datos);
        for (Campo campo : c.getRuta().definicion().campos()) {
            if (!campo.sensible()) {
                continue;
            }
            String enviado = resultado.get(campo.nombre());
            ReglaIncumplida.exigir(enviado == null || enviado.isBlank() || enviado.equals(guardados.get(campo.nombre())),
                    campo.nombre(), Texto.de("casos.datoReservadoSoloCambian", campo.etiqueta()));
            if (guardados.get(campo.nombre()) != null) {
                resultado.put(campo.nombre(), guardados.get(campo.nombre()));
            } else {
                resultado.remove(campo.nombre());
            }
        }
        return resultado;
    }

    /**
     * Un caso por representante ante la Mesa de Víctimas: la persona no puede tener otro caso vigente (no anulado)
     * de la Mesa cuyo periodo de representación, hasta su retiro, se cruce con el del nuevo.
     */
    private void exigirUnaRepresentacionPorPeriodo(Usuario u, Persona persona, Caso nuevo) {
        LocalDate inicio = LocalDate.parse(nuevo.datos().get("inicioPeriodo"));
        LocalDate fin = LocalDate.parse(nuevo.datos().get("finPeriodo"));
        for (Caso otro : casos.dePersona(persona)) {
            if (otro.getRuta() != Ruta.MESA_DE_VICTIMAS || otro.isAnulado()) {
                continue;
            }
            Map<String, String> d = otro.datos();
            LocalDate otroInicio = LocalDate.parse(d.get("inicioPeriodo"));
            LocalDate otroFin = LocalDate.parse(d.get("finPeriodo"));
            if (d.containsKey("fechaRetiro") && LocalDate.parse(d.get("fechaRetiro")).isBefore(otroFin)) {
                otroFin = LocalDate.parse(d.get("fechaRetiro"));
            }
            boolean seCruzan = !inicio.isAfter(otroFin) && !otroInicio.isAfter(fin);
            ReglaIncumplida.exigir(!seCruzan, "inicioPeriodo",
                    PoliticaAcceso.puedeVer(u, otro) ? Texto.de("casos.yaEsRepresentanteEnCaso", otro.getRadicado())
                            : Texto.de("casos.yaEsRepresentanteEnOtraSede"));
        }
    }

    private Caso paraCambiar(Long id, Integer versionEsperada) {
        Usuario u = trabajador();
        Caso c = visible(casos.porId(id), u, id);
        if (versionEsperada != null && c.getVersion() != versionEsperada) {
            throw new ConflictoEdicion(Texto.de("casos.que.caso", c.getRadicado()));
        }
        return c;
    }

    private Caso confirmar(Caso c, Accion accion, String detalle) {
        sincronizar(c);
        auditor.registrar(accion, "caso", c.getId(), detalle);
        return c;
    }

    private void sincronizar(Caso c) {
        Volcado.volcar(casos::sincronizar, Texto.de("casos.que.caso", c.getRadicado()),
                Texto.de("casos.registroRepetido", Texto.de("casos.que.caso", c.getRadicado())));
    }

    private static String claveEnvioDe(Atencion a) {
        return a.claveEnvio();
    }

    private Usuario trabajador() {
        // supervisor, administrador, auditor: no ven contenido de casos; la respuesta no revela si existen
        return acceso.exigir(PoliticaAcceso::trabajaCasos, Denegacion.operacion("caso", null,
                "su rol no da acceso al contenido de los casos", Texto.de("casos.rolNoDaAcceso")));
    }

    private String quien() {
        return usuarioActual.requerido().getUsuario();
    }

    private static NoEncontrado noEncontrado(Object id) {
        return new NoEncontrado(Texto.de("casos.que.caso", id));
    }
}
