package co.gov.cartagena.ruta.web.casos;

import co.gov.cartagena.ruta.adjuntos.Adjunto;
import co.gov.cartagena.ruta.adjuntos.Nota;
import co.gov.cartagena.ruta.adjuntos.ServicioAdjuntos;
import co.gov.cartagena.ruta.adjuntos.TipoArchivo;
import co.gov.cartagena.ruta.casos.Campo;
import co.gov.cartagena.ruta.casos.TiempoEnEstado;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.DefinicionRuta;
import co.gov.cartagena.ruta.casos.EntidadRemision;
import co.gov.cartagena.ruta.casos.ServicioCasos;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.web.Fechas;
import co.gov.cartagena.ruta.web.Mensajes;
import co.gov.cartagena.ruta.web.Releida;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@code casos/ver.xhtml?id=…}: el caso y todo lo que se hace en él. Guarda la versión con que el usuario abrió el
 * caso: si otra persona lo cambió entretanto, su cambio no se guarda y se le ofrece recargar.
 */
@Named
@ViewScoped
public class VerCasoBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Clock reloj;

    @Inject
    ServicioCasos servicio;

    @Inject
    ServicioAdjuntos adjuntos;

    @Inject
    co.gov.cartagena.ruta.personas.ServicioPersonas personas;

    private co.gov.cartagena.ruta.personas.TipoDocumento tipoDocumentoNueva = co.gov.cartagena.ruta.personas.TipoDocumento.CC;
    private String documentoNueva;
    private co.gov.cartagena.ruta.casos.RolParticipante rolNueva;

    @Inject
    co.gov.cartagena.ruta.sedes.RepositorioSedes sedes;

    @Inject
    co.gov.cartagena.ruta.seguridad.UsuarioActual usuarioActual;

    private transient List<co.gov.cartagena.ruta.auditoria.RegistroAuditoria> consultas;

    /** Quién consultó o cambió el caso (coordinadores de la sede); se pide con un botón porque verlo se audita. */
    public void verConsultas() {
        try {
            consultas = servicio.quienVio(id);
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public List<co.gov.cartagena.ruta.auditoria.RegistroAuditoria> getConsultas() {
        return consultas;
    }

    public boolean isCoordina() {
        return caso() != null && usuarioActual.get()
                .map(u -> co.gov.cartagena.ruta.casos.PoliticaAcceso.coordina(u, caso())).orElse(false);
    }

    public String momento(co.gov.cartagena.ruta.auditoria.RegistroAuditoria r) {
        return Fechas.formatear(r.getMomento());
    }

    private transient Part archivo;
    private String descripcionArchivo;
    private String textoNota;

    private Long id;
    /** El caso mostrado; se relee por su id si la vista se restauró en otra instancia. */
    private final Releida<Caso> caso = new Releida<>();
    private int version;
    private boolean conflicto;
    private String narrativa;
    private List<CampoEditable> campos = new ArrayList<>();
    private boolean sensibles;
    private List<String> reservados = new ArrayList<>();

    /** Si quien mira ve la narrativa y los campos sensibles del caso. */
    public boolean isSensibles() {
        return sensibles;
    }

    /** Etiquetas de los campos sensibles que no se le muestran. */
    public List<String> getReservados() {
        return reservados;
    }

    private String nuevoEstado;
    private List<CampoEditable> camposEstado = new ArrayList<>();
    private String motivoEstado;

    private String tipoAtencion;
    private LocalDate fechaAtencion;
    private String notasAtencion;
    private String claveAtencion = UUID.randomUUID().toString();
    private String claveRemision = UUID.randomUUID().toString();

    private EntidadRemision entidadRemision;
    private String motivoRemision;
    private boolean comparteDatos;
    private String justificacion;

    private String descripcionSeguimiento;
    private LocalDate vencimientoSeguimiento;

    private LocalDate fechaCierre;
    private String motivo;

    @PostConstruct
    void iniciar() {
        fechaAtencion = LocalDate.now(reloj);
        fechaCierre = fechaAtencion;
    }

    public void cargar() {
        try {
            mostrar(servicio.obtener(id));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    /** Descarta lo escrito y trae la versión actual del caso (tras un conflicto). */
    public void recargar() {
        cargar();
        Mensajes.info(Mensajes.texto("caso.recargado", "Se cargó la versión actual del caso()."));
    }

    private void mostrar(Caso c) {
        caso.poner(c);
        listaAdjuntos = null;
        listaNotas = null;
        version = c.getVersion();
        conflicto = false;
        sensibles = servicio.puedeVerSensibles(c);
        narrativa = sensibles ? c.getNarrativa() : null;
        campos = new ArrayList<>();
        reservados = new ArrayList<>();
        Map<String, String> datos = c.datos();
        for (Campo campo : c.getRuta().definicion().campos()) {
            if (sensibles || !campo.sensible()) {
                campos.add(new CampoEditable(c.getRuta(), campo, datos.get(campo.nombre())));
            } else {
                reservados.add(campo.etiqueta());
            }
        }
        nuevoEstado = null;
        camposEstado = new ArrayList<>();
    }

    private void hacer(Supplier<Caso> accion, String exito) {
        hacer(accion, exito, null);
    }

    /**
     * Hace la acción del formulario {@code formulario}: el aviso de éxito va junto al formulario y cada error del
     * dominio junto al campo que nombra (si el formulario lo tiene). Devuelve true si se hizo.
     */
    private boolean hacer(Supplier<Caso> accion, String exito, String formulario) {
        try {
            mostrar(accion.get());
            if (exito == null) {
                return true;
            }
            if (formulario == null) {
                Mensajes.info(exito);
            } else {
                Mensajes.infoEn(formulario, exito);
            }
            return true;
        } catch (ConflictoEdicion e) {
            conflicto = true;
            Mensajes.deDominio(e);
        } catch (RuntimeException e) {
            List<CampoEditable> deRuta = "datos-caso".equals(formulario) ? campos
                    : "cambio-estado".equals(formulario) ? camposEstado : List.of();
            if (CampoEditable.marcar(deRuta, e)) {
                jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
                return false;
            }
            if (!Mensajes.deDominio(e, formulario)) {
                throw e;
            }
        }
        return false;
    }

    public void guardar() {
        CampoEditable.limpiar(camposEstado);
        if (!CampoEditable.revisar(campos, false)) {
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String texto = sensibles ? narrativa : null;
        hacer(() -> servicio.actualizar(id, version, texto, CampoEditable.aDatos(campos, new LinkedHashMap<>())),
                Mensajes.texto("caso.cambiosGuardados", "Cambios guardados."), "datos-caso");
    }

    public void elegirEstado() {
        camposEstado = new ArrayList<>();
        if (nuevoEstado != null && caso() != null) {
            DefinicionRuta d = caso().getRuta().definicion();
            Map<String, String> datos = caso().datos();
            for (String requerido : d.requisitosPara(nuevoEstado)) {
                d.campo(requerido).filter(c -> sensibles || !c.sensible())
                        .ifPresent(c -> camposEstado.add(new CampoEditable(caso().getRuta(), c, datos.get(requerido))));
            }
        }
    }

    public void cambiarEstado() {
        CampoEditable.limpiar(campos);
        if (!CampoEditable.revisar(camposEstado, true)) {
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        String destino = nuevoEstado;
        if (hacer(() -> servicio.cambiarEstado(id, version, destino,
                CampoEditable.aDatos(camposEstado, new LinkedHashMap<>()), motivoEstado),
                Mensajes.texto("caso.pasoA", "El caso() pasó a ") + Mensajes.legible(destino) + ".", "cambio-estado")) {
            motivoEstado = null;
        }
    }

    public void registrarAtencion() {
        LocalDate fecha = fechaAtencion;
        String tipo = tipoAtencion;
        if (hacer(() -> servicio.registrarAtencion(id, tipo, fecha, null, notasAtencion, claveAtencion).getCaso(),
                Mensajes.texto("caso.atencionRegistrada", "Atención registrada: ") + Mensajes.legible(tipo) + ".",
                "atender")) {
            claveAtencion = UUID.randomUUID().toString();
            notasAtencion = null;
            tipoAtencion = null;
        }
    }

    /** Remite a otra entidad o, con «Otra sede de la Secretaría», a la sede elegida; tras el éxito el formulario queda limpio. */
    public void remitir() {
        String destino = entidadRemision == EntidadRemision.SEDE ? sedeDestino : null;
        boolean hecho = hacer(() -> {
            servicio.remitir(id, entidadRemision, destino, LocalDate.now(reloj), motivoRemision, comparteDatos, justificacion,
                    claveRemision);
            return servicio.obtener(id);
        }, Mensajes.texto("caso.remision.registrada", "Remisión registrada."), "remitir");
        if (hecho) {
            claveRemision = UUID.randomUUID().toString();
            entidadRemision = null;
            sedeDestino = null;
            motivoRemision = null;
            comparteDatos = false;
            justificacion = null;
        }
    }

    private String sedeDestino;

    public String getSedeDestino() {
        return sedeDestino;
    }

    public void setSedeDestino(String sedeDestino) {
        this.sedeDestino = sedeDestino;
    }

    /** Si la remisión elegida es a otra sede (muestra el selector de sede). */
    public boolean isRemiteASede() {
        return entidadRemision == EntidadRemision.SEDE;
    }

    /** Las sedes a las que se puede remitir: todas menos la del caso, por nombre. */
    public List<jakarta.faces.model.SelectItem> getSedesDestino() {
        String propia = caso() == null ? null : caso().getSede().getCodigo();
        return sedes.todas().stream().filter(s -> !s.getCodigo().equals(propia))
                .sorted(java.util.Comparator.comparing(co.gov.cartagena.ruta.sedes.Sede::getNombre))
                .map(s -> new jakarta.faces.model.SelectItem(s.getCodigo(), s.getNombre())).toList();
    }

    /** Las pestañas de la página, en orden (la del formulario enviado queda abierta al volver). */
    static final List<String> PESTANAS = List.of("datos", "atenciones", "remisiones", "personas", "notas",
            "coordinacion", "historia");

    private int pestana;

    /**
     * La pestaña abierta: en un envío, la del formulario que se envió (cada formulario lleva su campo oculto
     * {@code pestana}), aunque la validación falle y la acción no corra; si no, la última elegida.
     */
    public int getPestana() {
        String enviada = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("pestana");
        if (enviada != null && enviada.matches("\\d")) {
            int n = Integer.parseInt(enviada);
            if (n < PESTANAS.size()) {
                pestana = n;
            }
        }
        return pestana;
    }

    public void setPestana(int pestana) {
        this.pestana = pestana;
    }

    /** Cuántos registros hay en la pestaña (« (3)»), para verlo sin abrirla; vacío si no aplica. */
    public String cuenta(String pestanaNombre) {
        if (caso() == null) {
            return "";
        }
        int n = switch (pestanaNombre) {
            case "atenciones" -> caso().getAtenciones().size();
            case "remisiones" -> caso().getRemisiones().size() + caso().getSeguimientos().size();
            case "personas" -> caso().getParticipantes().size();
            default -> -1;
        };
        return n < 0 ? "" : " (" + n + ")";
    }

    /** La persona para quien se abrió el caso (la del papel principal de la ruta). */
    public co.gov.cartagena.ruta.personas.Persona getTitular() {
        if (caso() == null) {
            return null;
        }
        var principal = caso().getRuta().definicion().rolPrincipal();
        return caso().getParticipantes().stream().filter(p -> p.getRol() == principal).findFirst()
                .or(() -> caso().getParticipantes().stream().findFirst())
                .map(co.gov.cartagena.ruta.casos.Participante::getPersona).orElse(null);
    }

    /** El seguimiento pendiente que vence primero, o null si no hay pendientes. */
    public co.gov.cartagena.ruta.casos.Seguimiento getProximoSeguimiento() {
        if (caso() == null) {
            return null;
        }
        return caso().getSeguimientos().stream().filter(x -> x.getCumplidoEn() == null)
                .min(java.util.Comparator.comparing(co.gov.cartagena.ruta.casos.Seguimiento::getFechaVencimiento))
                .orElse(null);
    }

    public boolean isProximoSeguimientoVencido() {
        var s = getProximoSeguimiento();
        return s != null && s.getFechaVencimiento().isBefore(LocalDate.now(reloj));
    }

    /** A quién se puede asignar el caso: el personal real de su sede (Keycloak), por nombre completo. */
    public List<jakarta.faces.model.SelectItem> getPersonalParaAsignar() {
        if (caso() == null) {
            return List.of();
        }
        return servicio.personalParaAsignar(caso()).orElse(List.of()).stream()
                .map(m -> new jakarta.faces.model.SelectItem(m.usuario(), m.nombre())).toList();
    }

    /** Si no se pudo leer el personal de la sede (Keycloak no respondió): la página lo dice. */
    public boolean isSinPersonal() {
        return caso() != null && servicio.personalParaAsignar(caso()).isEmpty();
    }

    /** El nombre completo de quien lleva el caso (su usuario si no está en el personal de la sede). */
    public String getNombreGestor() {
        return caso() == null ? "" : servicio.nombreDelGestor(caso());
    }

    /** Programa el seguimiento con la clave de envío del formulario; tras el éxito el formulario queda limpio. */
    public void programarSeguimiento() {
        LocalDate vence = vencimientoSeguimiento;
        String clave = claveSeguimiento;
        if (hacer(() -> servicio.programarSeguimiento(id, descripcionSeguimiento, vence, clave).getCaso(),
                Mensajes.texto("caso.seguimiento.programado", "Seguimiento programado."), "seguir")) {
            claveSeguimiento = UUID.randomUUID().toString();
            descripcionSeguimiento = null;
            vencimientoSeguimiento = null;
        }
    }

    private String claveSeguimiento = UUID.randomUUID().toString();

    public String getClaveSeguimiento() {
        return claveSeguimiento;
    }

    public void setClaveSeguimiento(String claveSeguimiento) {
        this.claveSeguimiento = claveValida(claveSeguimiento) ? claveSeguimiento : UUID.randomUUID().toString();
    }

    public void cerrar() {
        LocalDate fecha = fechaCierre;
        String m = motivo;
        if (hacer(() -> servicio.cerrar(id, version, fecha, m), Mensajes.texto("caso.cerrado", "Caso cerrado."), "cerrar")) {
            motivo = null;
        }
    }

    public void reabrir() {
        String m = motivo;
        if (hacer(() -> servicio.reabrir(id, version, m), Mensajes.texto("caso.reabierto", "Caso reabierto."), "cerrar")) {
            motivo = null;
        }
    }

    private Long remisionAResponder;
    private String respuestaRemision;
    private Long seguimientoACumplir;
    private String resultadoSeguimiento;
    private Long atencionAAnular;
    private String motivoAnulacionAtencion;
    private String nuevoGestor;
    private String nuevaSede;

    public void responderRemision() {
        Long remision = remisionAResponder;
        if (hacer(() -> servicio.responderRemision(id, remision, LocalDate.now(reloj), respuestaRemision),
                Mensajes.texto("caso.respuestaRegistrada", "Respuesta registrada."), "responder")) {
            remisionAResponder = null;
            respuestaRemision = null;
        }
    }

    public void cumplirSeguimiento() {
        Long seguimiento = seguimientoACumplir;
        if (hacer(() -> servicio.cumplirSeguimiento(id, seguimiento, LocalDate.now(reloj), resultadoSeguimiento),
                Mensajes.texto("caso.seguimientoCumplido", "Seguimiento cumplido."), "cumplir")) {
            seguimientoACumplir = null;
            resultadoSeguimiento = null;
        }
    }

    public void anularAtencion() {
        Long atencion = atencionAAnular;
        if (hacer(() -> servicio.anularAtencion(id, atencion, motivoAnulacionAtencion),
                Mensajes.texto("caso.atencionAnulada", "Atención anulada."), "anular-atencion")) {
            atencionAAnular = null;
            motivoAnulacionAtencion = null;
        }
    }

    public void asignar() {
        String gestor = nuevoGestor;
        if (hacer(() -> servicio.asignar(id, version, gestor), null, "coordinar")) {
            Mensajes.infoEn("coordinar", Mensajes.texto("caso.asignado", "Caso asignado a ") + getNombreGestor() + ".");
            nuevoGestor = null;
        }
    }

    /** Agrega al caso una persona ya registrada (buscada por su documento) con un papel de la ruta. */
    public void agregarPersona() {
        var encontrada = personas.buscarAntesDeCrear(tipoDocumentoNueva, documentoNueva, null, null).porDocumento();
        if (encontrada.isEmpty()) {
            Mensajes.enCampo("agregar-persona:documentoNueva", Mensajes.texto("caso.agregarPersona.noRegistrada",
                    "No hay una persona registrada con ese documento: regístrela primero en Personas y vuelva a agregarla."));
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        Long personaId = encontrada.get(0).getId();
        var rol = rolNueva;
        if (hacer(() -> servicio.agregarPersona(id, version, personaId, rol),
                Mensajes.texto("caso.personaAgregada", "Persona agregada al caso()."), "agregar-persona")) {
            documentoNueva = null;
        }
    }

    /** Los papeles con que la definición de la ruta deja agregar personas al caso. */
    public List<co.gov.cartagena.ruta.casos.RolParticipante> getRolesParaAgregar() {
        return caso() == null ? List.of() : caso().getRuta().definicion().rolesQueSeAgregan();
    }

    /** El papel de una persona en el caso, en el idioma de la vista («Víctima», «Miembro del hogar»…). */
    public String rol(co.gov.cartagena.ruta.casos.RolParticipante r) {
        return Mensajes.etiqueta("caso.rol.", r);
    }

    public List<jakarta.faces.model.SelectItem> getOpcionesTipoDocumento() {
        return Mensajes.opciones("persona.tipoDocumento.", co.gov.cartagena.ruta.personas.TipoDocumento.values());
    }

    public List<jakarta.faces.model.SelectItem> getOpcionesRolesParaAgregar() {
        return getRolesParaAgregar().stream().map(r -> new jakarta.faces.model.SelectItem(r, rol(r))).toList();
    }

    /** Las atenciones que se prestan en el estado actual, con su nombre. */
    public List<jakarta.faces.model.SelectItem> getOpcionesAtencion() {
        return getTiposAtencion().stream().map(t -> new jakarta.faces.model.SelectItem(t, Mensajes.legible(t))).toList();
    }

    /** Las atenciones que aún se pueden anular: tipo y fecha. */
    public List<jakarta.faces.model.SelectItem> getOpcionesAtencionesAnulables() {
        return caso() == null ? List.of() : caso().getAtenciones().stream().filter(a -> !a.isAnulada())
                .map(a -> new jakarta.faces.model.SelectItem(a.getId(), Mensajes.legible(a.getTipo()) + " ("
                        + Fechas.formatear(a.getFecha()) + ")")).toList();
    }

    /** Las remisiones sin respuesta: entidad (o sede) y fecha. */
    public List<jakarta.faces.model.SelectItem> getOpcionesRemisionesPendientes() {
        return caso() == null ? List.of() : caso().getRemisiones().stream()
                .filter(r -> r.getEstado() != co.gov.cartagena.ruta.casos.Remision.Estado.RESPONDIDA)
                .map(r -> new jakarta.faces.model.SelectItem(r.getId(), (r.getSedeDestino() != null
                        ? r.getSedeDestino().getNombre() : entidad(r.getEntidad())) + " (" + Fechas.formatear(r.getFecha()) + ")"))
                .toList();
    }

    /** Los seguimientos sin cumplir: descripción y vencimiento. */
    public List<jakarta.faces.model.SelectItem> getOpcionesSeguimientosPendientes() {
        return caso() == null ? List.of() : caso().getSeguimientos().stream().filter(x -> x.getCumplidoEn() == null)
                .map(x -> new jakarta.faces.model.SelectItem(x.getId(), x.getDescripcion() + " ("
                        + Fechas.formatear(x.getFechaVencimiento()) + ")")).toList();
    }

    /** El nombre del tipo de documento en el idioma de la vista. */
    public String tipoDocumento(co.gov.cartagena.ruta.personas.TipoDocumento t) {
        return Mensajes.etiqueta("persona.tipoDocumento.", t);
    }

    public co.gov.cartagena.ruta.personas.TipoDocumento[] getTiposDocumento() {
        return co.gov.cartagena.ruta.personas.TipoDocumento.values();
    }

    public co.gov.cartagena.ruta.personas.TipoDocumento getTipoDocumentoNueva() {
        return tipoDocumentoNueva;
    }

    public void setTipoDocumentoNueva(co.gov.cartagena.ruta.personas.TipoDocumento tipoDocumentoNueva) {
        this.tipoDocumentoNueva = tipoDocumentoNueva;
    }

    public String getDocumentoNueva() {
        return documentoNueva;
    }

    public void setDocumentoNueva(String documentoNueva) {
        this.documentoNueva = documentoNueva;
    }

    public co.gov.cartagena.ruta.casos.RolParticipante getRolNueva() {
        return rolNueva;
    }

    public void setRolNueva(co.gov.cartagena.ruta.casos.RolParticipante rolNueva) {
        this.rolNueva = rolNueva;
    }

    /**
     * Traslada el caso (y, si se eligió, lo asigna en la sede de destino). Si con el traslado el caso sale de las
     * sedes de quien lo hizo, ya no puede verlo: vuelve a la lista de casos con el mensaje de lo que pasó.
     */
    public String trasladar() {
        String sede = nuevaSede;
        String gestor = gestorDestino;
        personalParaTrasladar = null;
        if (!hacer(() -> servicio.trasladar(id, version, sede, gestor), null, "trasladar")) {
            return null;
        }
        nuevaSede = null;
        gestorDestino = null;
        String mensaje = gestor == null || gestor.isBlank()
                ? Mensajes.formato("caso.trasladadoA", "Caso {0} trasladado a {1}.", caso().getRadicado(),
                        caso().getSede().getNombre())
                : Mensajes.formato("caso.trasladadoAsignado", "Caso {0} trasladado a {1} y asignado a {2}.",
                        caso().getRadicado(), caso().getSede().getNombre(), getNombreGestor());
        boolean loSigueViendo = usuarioActual.get()
                .map(u -> co.gov.cartagena.ruta.casos.PoliticaAcceso.puedeVer(u, caso())).orElse(false);
        if (loSigueViendo) {
            Mensajes.infoEn("trasladar", mensaje);
            return null;
        }
        Mensajes.info(mensaje);
        jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/app/casos/lista?faces-redirect=true";
    }

    private String gestorDestino;
    private transient List<jakarta.faces.model.SelectItem> personalParaTrasladar;

    public String getGestorDestino() {
        return gestorDestino;
    }

    public void setGestorDestino(String gestorDestino) {
        this.gestorDestino = gestorDestino;
    }

    /** Las sedes que hoy pueden recibir el caso (en operación y del tipo de su ruta), menos la suya. */
    public List<jakarta.faces.model.SelectItem> getSedesParaTrasladar() {
        if (caso() == null) {
            return List.of();
        }
        return servicio.sedesParaTrasladar(caso()).stream()
                .map(s -> new jakarta.faces.model.SelectItem(s.getCodigo(), s.getNombre())).toList();
    }

    /**
     * Quién puede llevar el caso en cada sede de destino, agrupado por sede (un {@code optgroup} por sede, que los
     * lectores de pantalla anuncian): se elige sin recargar la página y el servicio comprueba que sea de la elegida.
     */
    public List<jakarta.faces.model.SelectItem> getPersonalParaTrasladar() {
        if (personalParaTrasladar == null) {
            personalParaTrasladar = caso() == null ? List.of() : servicio.personalParaTrasladar(caso()).entrySet().stream()
                    .map(e -> {
                        var grupo = new jakarta.faces.model.SelectItemGroup(e.getKey().getNombre());
                        grupo.setSelectItems(e.getValue().stream()
                                .map(m -> new jakarta.faces.model.SelectItem(m.usuario(), m.nombre()))
                                .toArray(jakarta.faces.model.SelectItem[]::new));
                        return (jakarta.faces.model.SelectItem) grupo;
                    }).toList();
        }
        return personalParaTrasladar;
    }

    public Long getRemisionAResponder() {
        return remisionAResponder;
    }

    public void setRemisionAResponder(Long remisionAResponder) {
        this.remisionAResponder = remisionAResponder;
    }

    public String getRespuestaRemision() {
        return respuestaRemision;
    }

    public void setRespuestaRemision(String respuestaRemision) {
        this.respuestaRemision = respuestaRemision;
    }

    public Long getSeguimientoACumplir() {
        return seguimientoACumplir;
    }

    public void setSeguimientoACumplir(Long seguimientoACumplir) {
        this.seguimientoACumplir = seguimientoACumplir;
    }

    public String getResultadoSeguimiento() {
        return resultadoSeguimiento;
    }

    public void setResultadoSeguimiento(String resultadoSeguimiento) {
        this.resultadoSeguimiento = resultadoSeguimiento;
    }

    public Long getAtencionAAnular() {
        return atencionAAnular;
    }

    public void setAtencionAAnular(Long atencionAAnular) {
        this.atencionAAnular = atencionAAnular;
    }

    public String getMotivoAnulacionAtencion() {
        return motivoAnulacionAtencion;
    }

    public void setMotivoAnulacionAtencion(String motivoAnulacionAtencion) {
        this.motivoAnulacionAtencion = motivoAnulacionAtencion;
    }

    public String getNuevoGestor() {
        return nuevoGestor;
    }

    public void setNuevoGestor(String nuevoGestor) {
        this.nuevoGestor = nuevoGestor;
    }

    public String getNuevaSede() {
        return nuevaSede;
    }

    public void setNuevaSede(String nuevaSede) {
        this.nuevaSede = nuevaSede;
    }

    public void adjuntar() {
        if (archivo == null || archivo.getSize() == 0) {
            Mensajes.enCampo("adjuntar:archivo", Mensajes.texto("caso.adjunto.falta", "Seleccione el archivo que va a adjuntar."));
            return;
        }
        try (InputStream entrada = archivo.getInputStream()) {
            byte[] contenido = entrada.readNBytes(TipoArchivo.TAMANO_MAXIMO + 1);
            adjuntos.adjuntarACaso(id, archivo.getSubmittedFileName(), contenido, descripcionArchivo);
            listaAdjuntos = null;
            Mensajes.infoEn("adjuntar", Mensajes.texto("caso.adjunto.listo", "Archivo adjuntado."));
            descripcionArchivo = null;
        } catch (IOException e) {
            Mensajes.enCampo("adjuntar:archivo", Mensajes.texto("caso.adjunto.ilegible", "No se pudo leer el archivo; intente de nuevo."));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e, "adjuntar")) {
                throw e;
            }
        }
    }

    public void anotar() {
        try {
            adjuntos.anotar(id, textoNota);
            listaNotas = null;
            textoNota = null;
            Mensajes.infoEn("anotar", Mensajes.texto("caso.notaAgregada", "Nota agregada."));
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e, "anotar")) {
                throw e;
            }
        }
    }

    /** Se leen una vez por vista (Faces llama los getters varias veces por página) y tras cada cambio. */
    private transient List<Adjunto> listaAdjuntos;
    private transient List<Nota> listaNotas;

    public List<Adjunto> getAdjuntos() {
        if (listaAdjuntos == null) {
            listaAdjuntos = caso() == null ? List.of() : adjuntos.deCaso(id);
        }
        return listaAdjuntos;
    }

    public List<Nota> getNotas() {
        if (listaNotas == null) {
            listaNotas = caso() == null ? List.of() : adjuntos.notas(id);
        }
        return listaNotas;
    }

    public List<TiempoEnEstado> getTiempos() {
        return caso() == null ? List.of() : TiempoEnEstado.de(caso(), java.time.Instant.now(reloj));
    }

    public Part getArchivo() {
        return archivo;
    }

    public void setArchivo(Part archivo) {
        this.archivo = archivo;
    }

    public String getDescripcionArchivo() {
        return descripcionArchivo;
    }

    public void setDescripcionArchivo(String descripcionArchivo) {
        this.descripcionArchivo = descripcionArchivo;
    }

    public String getTextoNota() {
        return textoNota;
    }

    public void setTextoNota(String textoNota) {
        this.textoNota = textoNota;
    }

    public List<String> getSiguientesEstados() {
        return caso() == null || caso().cerrado() || caso().isAnulado() ? List.of()
                : List.copyOf(caso().getRuta().definicion().siguientes(caso().getEstado()));
    }

    /** Atenciones que se pueden prestar en el estado actual. */
    public List<String> getTiposAtencion() {
        if (caso() == null || caso().cerrado() || caso().isAnulado()) {
            return List.of();
        }
        DefinicionRuta d = caso().getRuta().definicion();
        return d.tiposAtencion().stream().filter(t -> d.estadosParaAtencion(t).contains(caso().getEstado())).toList();
    }

    /** El nombre de la entidad en el idioma de la vista. */
    public String entidad(EntidadRemision e) {
        return e == null ? "" : Mensajes.texto("caso.entidad." + e.name(), e.nombre());
    }

    public EntidadRemision[] getEntidades() {
        return EntidadRemision.values();
    }

    public String legible(String codigo) {
        return Mensajes.legible(codigo);
    }

    public String etiquetaCampo(String nombre) {
        return caso() == null ? nombre : caso().getRuta().definicion().campo(nombre).map(Campo::etiqueta).orElse(nombre);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Caso getCaso() {
        return caso();
    }

    private Caso caso() {
        return caso.get(() -> servicio.obtener(id));
    }

    public boolean isConflicto() {
        return conflicto;
    }

    public String getNarrativa() {
        return narrativa;
    }

    public void setNarrativa(String narrativa) {
        this.narrativa = narrativa;
    }

    public List<CampoEditable> getCampos() {
        return campos;
    }

    public String getNuevoEstado() {
        return nuevoEstado;
    }

    public void setNuevoEstado(String nuevoEstado) {
        this.nuevoEstado = nuevoEstado;
    }

    public List<CampoEditable> getCamposEstado() {
        return camposEstado;
    }

    public String getMotivoEstado() {
        return motivoEstado;
    }

    public void setMotivoEstado(String motivoEstado) {
        this.motivoEstado = motivoEstado;
    }

    /** La clave de envío viaja en el formulario: un segundo envío del mismo formulario trae la misma clave. */
    public String getClaveAtencion() {
        return claveAtencion;
    }

    public void setClaveAtencion(String claveAtencion) {
        this.claveAtencion = claveValida(claveAtencion) ? claveAtencion : UUID.randomUUID().toString();
    }

    public String getClaveRemision() {
        return claveRemision;
    }

    public void setClaveRemision(String claveRemision) {
        this.claveRemision = claveValida(claveRemision) ? claveRemision : UUID.randomUUID().toString();
    }

    private static boolean claveValida(String clave) {
        return clave != null && clave.matches("[0-9a-f-]{36}");
    }

    public String getTipoAtencion() {
        return tipoAtencion;
    }

    public void setTipoAtencion(String tipoAtencion) {
        this.tipoAtencion = tipoAtencion;
    }

    public LocalDate getFechaAtencion() {
        return fechaAtencion;
    }

    public void setFechaAtencion(LocalDate fechaAtencion) {
        this.fechaAtencion = fechaAtencion;
    }

    public String getNotasAtencion() {
        return notasAtencion;
    }

    public void setNotasAtencion(String notasAtencion) {
        this.notasAtencion = notasAtencion;
    }

    public EntidadRemision getEntidadRemision() {
        return entidadRemision;
    }

    public void setEntidadRemision(EntidadRemision entidadRemision) {
        this.entidadRemision = entidadRemision;
    }

    public String getMotivoRemision() {
        return motivoRemision;
    }

    public void setMotivoRemision(String motivoRemision) {
        this.motivoRemision = motivoRemision;
    }

    public boolean isComparteDatos() {
        return comparteDatos;
    }

    public void setComparteDatos(boolean comparteDatos) {
        this.comparteDatos = comparteDatos;
    }

    public String getJustificacion() {
        return justificacion;
    }

    public void setJustificacion(String justificacion) {
        this.justificacion = justificacion;
    }

    public String getDescripcionSeguimiento() {
        return descripcionSeguimiento;
    }

    public void setDescripcionSeguimiento(String descripcionSeguimiento) {
        this.descripcionSeguimiento = descripcionSeguimiento;
    }

    public LocalDate getVencimientoSeguimiento() {
        return vencimientoSeguimiento;
    }

    public void setVencimientoSeguimiento(LocalDate vencimientoSeguimiento) {
        this.vencimientoSeguimiento = vencimientoSeguimiento;
    }

    public LocalDate getFechaCierre() {
        return fechaCierre;
    }

    public void setFechaCierre(LocalDate fechaCierre) {
        this.fechaCierre = fechaCierre;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }
}
