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
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
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
    transient ServicioCasos servicio;

    @Inject
    transient ServicioAdjuntos adjuntos;

    @Inject
    transient co.gov.cartagena.ruta.personas.ServicioPersonas personas;

    private co.gov.cartagena.ruta.personas.TipoDocumento tipoDocumentoNueva = co.gov.cartagena.ruta.personas.TipoDocumento.CC;
    private String documentoNueva;
    private co.gov.cartagena.ruta.casos.RolParticipante rolNueva;

    @Inject
    transient co.gov.cartagena.ruta.sedes.RepositorioSedes sedes;

    @Inject
    transient co.gov.cartagena.ruta.seguridad.UsuarioActual usuarioActual;

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
        return caso != null && usuarioActual.get()
                .map(u -> co.gov.cartagena.ruta.casos.PoliticaAcceso.coordina(u, caso)).orElse(false);
    }

    public String momento(co.gov.cartagena.ruta.auditoria.RegistroAuditoria r) {
        return Fechas.formatear(r.getMomento());
    }

    public List<co.gov.cartagena.ruta.sedes.Sede> getSedes() {
        return sedes.todas();
    }

    private transient Part archivo;
    private String descripcionArchivo;
    private String textoNota;

    private Long id;
    private transient Caso caso;
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
    private String fechaAtencion = Fechas.formatear(Fechas.hoy());
    private String notasAtencion;
    private String claveAtencion = UUID.randomUUID().toString();
    private String claveRemision = UUID.randomUUID().toString();

    private EntidadRemision entidadRemision;
    private String motivoRemision;
    private boolean comparteDatos;
    private String justificacion;

    private String descripcionSeguimiento;
    private String vencimientoSeguimiento;

    private String fechaCierre = Fechas.formatear(Fechas.hoy());
    private String motivo;

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
        Mensajes.info("Se cargó la versión actual del caso.");
    }

    private void mostrar(Caso c) {
        caso = c;
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
        try {
            mostrar(accion.get());
            Mensajes.info(exito);
        } catch (ConflictoEdicion e) {
            conflicto = true;
            Mensajes.deDominio(e);
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public void guardar() {
        String texto = sensibles ? narrativa : null;
        hacer(() -> servicio.actualizar(id, version, texto, CampoEditable.aDatos(campos, new LinkedHashMap<>())),
                "Cambios guardados.");
    }

    public void elegirEstado() {
        camposEstado = new ArrayList<>();
        if (nuevoEstado != null && caso != null) {
            DefinicionRuta d = caso.getRuta().definicion();
            Map<String, String> datos = caso.datos();
            for (String requerido : d.requisitosPara(nuevoEstado)) {
                d.campo(requerido).filter(c -> sensibles || !c.sensible())
                        .ifPresent(c -> camposEstado.add(new CampoEditable(caso.getRuta(), c, datos.get(requerido))));
            }
        }
    }

    public void cambiarEstado() {
        String destino = nuevoEstado;
        hacer(() -> servicio.cambiarEstado(id, version, destino, CampoEditable.aDatos(camposEstado, new LinkedHashMap<>()),
                motivoEstado), "El caso pasó a " + Mensajes.legible(destino) + ".");
        motivoEstado = null;
    }

    public void registrarAtencion() {
        LocalDate fecha = fecha(fechaAtencion, "Fecha de la atención");
        if (fecha == null) {
            return;
        }
        String tipo = tipoAtencion;
        hacer(() -> servicio.registrarAtencion(id, tipo, fecha, null, notasAtencion, claveAtencion).getCaso(),
                "Atención registrada: " + Mensajes.legible(tipo) + ".");
        if (!conflicto && !jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            claveAtencion = UUID.randomUUID().toString();
            notasAtencion = null;
            tipoAtencion = null;
        }
    }

    public void remitir() {
        hacer(() -> {
            servicio.remitir(id, entidadRemision, null, Fechas.hoy(), motivoRemision, comparteDatos, justificacion,
                    claveRemision);
            return servicio.obtener(id);
        }, "Remisión registrada.");
        if (!conflicto && !jakarta.faces.context.FacesContext.getCurrentInstance().isValidationFailed()) {
            claveRemision = UUID.randomUUID().toString();
        }
    }

    public void programarSeguimiento() {
        LocalDate vence = fecha(vencimientoSeguimiento, "Vencimiento del seguimiento");
        if (vence == null) {
            return;
        }
        hacer(() -> servicio.programarSeguimiento(id, descripcionSeguimiento, vence).getCaso(), "Seguimiento programado.");
    }

    public void cerrar() {
        LocalDate fecha = fecha(fechaCierre, "Fecha de cierre");
        if (fecha == null) {
            return;
        }
        String m = motivo;
        hacer(() -> servicio.cerrar(id, version, fecha, m), "Caso cerrado.");
    }

    public void reabrir() {
        String m = motivo;
        hacer(() -> servicio.reabrir(id, version, m), "Caso reabierto.");
    }

    private static LocalDate fecha(String texto, String campo) {
        LocalDate f = Fechas.leer(texto).orElse(null);
        if (f == null) {
            Mensajes.error(campo + ": escriba la fecha como dd/mm/aaaa.");
            jakarta.faces.context.FacesContext.getCurrentInstance().validationFailed();
        }
        return f;
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
        hacer(() -> servicio.responderRemision(id, remision, Fechas.hoy(), respuestaRemision), "Respuesta registrada.");
    }

    public void cumplirSeguimiento() {
        Long seguimiento = seguimientoACumplir;
        hacer(() -> servicio.cumplirSeguimiento(id, seguimiento, Fechas.hoy(), resultadoSeguimiento),
                "Seguimiento cumplido.");
    }

    public void anularAtencion() {
        Long atencion = atencionAAnular;
        hacer(() -> servicio.anularAtencion(id, atencion, motivoAnulacionAtencion), "Atención anulada.");
    }

    public void asignar() {
        String gestor = nuevoGestor;
        hacer(() -> servicio.asignar(id, version, gestor), "Caso asignado a " + gestor + ".");
    }

    /** Agrega al caso una persona ya registrada (buscada por su documento) con un papel de la ruta. */
    public void agregarPersona() {
        var encontrada = personas.buscarAntesDeCrear(tipoDocumentoNueva, documentoNueva, null, null).porDocumento();
        if (encontrada.isEmpty()) {
            Mensajes.error("No hay una persona registrada con ese documento: regístrela primero en "
                    + "Personas y vuelva a agregarla.");
            return;
        }
        Long personaId = encontrada.get(0).getId();
        var rol = rolNueva;
        hacer(() -> servicio.agregarPersona(id, version, personaId, rol), "Persona agregada al caso.");
        documentoNueva = null;
    }

    /** Los papeles que puede tener en el caso una persona que se agrega (todos menos titular). */
    public List<co.gov.cartagena.ruta.casos.RolParticipante> getRolesParaAgregar() {
        return caso == null ? List.of() : caso.getRuta().definicion().roles().stream()
                .filter(r -> r != co.gov.cartagena.ruta.casos.RolParticipante.TITULAR).toList();
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

    public void trasladar() {
        String sede = nuevaSede;
        hacer(() -> servicio.trasladar(id, version, sede), "Caso trasladado.");
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
            Mensajes.error("Seleccione el archivo que va a adjuntar.");
            return;
        }
        try (InputStream entrada = archivo.getInputStream()) {
            byte[] contenido = entrada.readNBytes(TipoArchivo.TAMANO_MAXIMO + 1);
            adjuntos.adjuntarACaso(id, archivo.getSubmittedFileName(), contenido, descripcionArchivo);
            listaAdjuntos = null;
            Mensajes.info("Archivo adjuntado.");
            descripcionArchivo = null;
        } catch (IOException e) {
            Mensajes.error("No se pudo leer el archivo; intente de nuevo.");
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    public void anotar() {
        try {
            adjuntos.anotar(id, textoNota);
            listaNotas = null;
            textoNota = null;
            Mensajes.info("Nota agregada.");
        } catch (RuntimeException e) {
            if (!Mensajes.deDominio(e)) {
                throw e;
            }
        }
    }

    /** Se leen una vez por vista (Faces llama los getters varias veces por página) y tras cada cambio. */
    private transient List<Adjunto> listaAdjuntos;
    private transient List<Nota> listaNotas;

    public List<Adjunto> getAdjuntos() {
        if (listaAdjuntos == null) {
            listaAdjuntos = caso == null ? List.of() : adjuntos.deCaso(id);
        }
        return listaAdjuntos;
    }

    public List<Nota> getNotas() {
        if (listaNotas == null) {
            listaNotas = caso == null ? List.of() : adjuntos.notas(id);
        }
        return listaNotas;
    }

    public List<TiempoEnEstado> getTiempos() {
        return caso == null ? List.of() : TiempoEnEstado.de(caso, java.time.Instant.now());
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
        return caso == null || caso.cerrado() || caso.isAnulado() ? List.of()
                : List.copyOf(caso.getRuta().definicion().siguientes(caso.getEstado()));
    }

    /** Atenciones que se pueden prestar en el estado actual. */
    public List<String> getTiposAtencion() {
        if (caso == null || caso.cerrado() || caso.isAnulado()) {
            return List.of();
        }
        DefinicionRuta d = caso.getRuta().definicion();
        return d.tiposAtencion().stream().filter(t -> d.estadosParaAtencion(t).contains(caso.getEstado())).toList();
    }

    public EntidadRemision[] getEntidades() {
        return EntidadRemision.values();
    }

    public String legible(String codigo) {
        return Mensajes.legible(codigo);
    }

    public String etiquetaCampo(String nombre) {
        return caso == null ? nombre : caso.getRuta().definicion().campo(nombre).map(Campo::etiqueta).orElse(nombre);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Caso getCaso() {
        return caso;
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

    public String getFechaAtencion() {
        return fechaAtencion;
    }

    public void setFechaAtencion(String fechaAtencion) {
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

    public String getVencimientoSeguimiento() {
        return vencimientoSeguimiento;
    }

    public void setVencimientoSeguimiento(String vencimientoSeguimiento) {
        this.vencimientoSeguimiento = vencimientoSeguimiento;
    }

    public String getFechaCierre() {
        return fechaCierre;
    }

    public void setFechaCierre(String fechaCierre) {
        this.fechaCierre = fechaCierre;
    }

    public String getMotivo() {
        return motivo;
    }

    public void setMotivo(String motivo) {
        this.motivo = motivo;
    }
}
