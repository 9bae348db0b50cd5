package co.gov.cartagena.ruta.casos;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.Anulacion;
import co.gov.cartagena.ruta.persistencia.AvisoDeCambios;
import co.gov.cartagena.ruta.persistencia.ConAviso;
import co.gov.cartagena.ruta.persistencia.RegistroEditable;
import co.gov.cartagena.ruta.personas.AlcanceConsentimiento;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.Sexo;
import co.gov.cartagena.ruta.sedes.Sede;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Un caso: una ruta, la sede dueña, el gestor asignado, su estado según la {@link DefinicionRuta} y lo que se hizo
 * en él. Todo cambio pasa por un método de intención que valida contra la ruta y deja su historia; un caso anulado
 * o cerrado no acepta cambios (salvo reabrirlo).
 */
@Entity
@Table(name = "caso")
@NamedQuery(name = "Caso.porClaveEnvio", query = "SELECT c FROM Caso c WHERE c.claveEnvio = :clave")
@EntityListeners(AvisoDeCambios.class)
public class Caso extends RegistroEditable implements ConAviso {

    /*
     * El tamaño de las columnas (V2__personas_y_casos.sql) que guardan lo que el usuario escribe: cada texto se revisa
     * aquí, antes de la base, para que un texto largo dé su propio mensaje junto a su campo y no cambie nada.
     */
    /** motivo_cierre, motivo_anulacion (caso y atención): VARCHAR(500); también el de reapertura, que va al evento. */
    static final int MOTIVO = 500;
    /** gestor, creado_por…: VARCHAR(100), el usuario de Keycloak. */
    static final int USUARIO = 100;
    /** caso_evento.motivo: VARCHAR(1000). */
    static final int MOTIVO_DE_EVENTO = 1000;
    /** remision.motivo, justificacion_sin_consentimiento, respuesta: VARCHAR(1000). */
    static final int TEXTO_DE_REMISION = 1000;
    /** seguimiento.descripcion, resultado: VARCHAR(1000). */
    static final int TEXTO_DE_SEGUIMIENTO = 1000;
    /**
     * caso.narrativa y atencion.notas: TEXT, 65.535 bytes; en utf8mb4 un carácter ocupa hasta 4 bytes, así que
     * 16.000 caracteres caben siempre.
     */
    static final int TEXTO_LARGO = 16_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String radicado;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Ruta ruta;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sede_id")
    private Sede sede;

    @Column(nullable = false, length = 100)
    private String gestor;

    @Column(nullable = false, length = 40)
    private String estado;

    @Column(name = "fecha_apertura", nullable = false)
    private LocalDate fechaApertura;

    @Column(name = "fecha_cierre")
    private LocalDate fechaCierre;

    @Column(name = "motivo_cierre", length = 500)
    private String motivoCierre;

    @Column(columnDefinition = "TEXT")
    private String narrativa;

    @Convert(converter = ConvertidorDatosRuta.class)
    @Column(name = "datos_ruta", columnDefinition = "TEXT")
    private Map<String, String> datosRuta;

    @Embedded
    private Anulacion anulacion = new Anulacion();

    @Column(name = "clave_envio", length = 64, unique = true)
    private String claveEnvio;

    @OneToMany(mappedBy = "caso", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<Participante> participantes = new ArrayList<>();

    @OneToMany(mappedBy = "caso", cascade = CascadeType.ALL)
    @OrderBy("fecha, id")
    private List<Atencion> atenciones = new ArrayList<>();

    @OneToMany(mappedBy = "caso", cascade = CascadeType.ALL)
    @OrderBy("fecha, id")
    private List<Remision> remisiones = new ArrayList<>();

    @OneToMany(mappedBy = "caso", cascade = CascadeType.ALL)
    @OrderBy("fechaVencimiento, id")
    private List<Seguimiento> seguimientos = new ArrayList<>();

    @OneToMany(mappedBy = "caso", cascade = CascadeType.ALL)
    @OrderBy("momento, id")
    private List<EventoCaso> eventos = new ArrayList<>();

    protected Caso() {
    }

    /** Abre un caso de la ruta en la sede, con su titular (o víctima) y los campos propios de la ruta. */
    public Caso(String radicado, Ruta ruta, Sede sede, String gestor, LocalDate fechaApertura, Persona titular,
            RolParticipante rolTitular, String narrativa, Map<String, String> datos, String claveEnvio, String quien, LocalDate hoy) {
        super(quien);
        ReglaIncumplida.exigir(ruta != null, "ruta", Texto.de("casos.seleccioneRutaCaso"));
        ReglaIncumplida.exigir(sede != null, "sede", Texto.de("casos.seleccioneSedeCaso"));
        DefinicionRuta def = ruta.definicion();
        ReglaIncumplida.exigir(def.tiposSede().isEmpty() || def.tiposSede().contains(sede.getTipo()), "sede",
                Texto.de("casos.rutaNoLlevaSede", nombre(ruta), sede.getTipo()));
        ReglaIncumplida.exigir(fechaApertura != null && !fechaApertura.isAfter(hoy), "fechaApertura",
                Texto.de("casos.fechaAperturaObligatoriaNo"));
        ReglaIncumplida.exigir(titular != null, "persona", Texto.de("casos.todoCasoEmpiezaPersona"));
        ReglaIncumplida.exigirHasta(narrativa, TEXTO_LARGO, "narrativa",
                Texto.de("casos.narrativaNoPuedePasar", TEXTO_LARGO));
        ReglaIncumplida.exigirHasta(gestor, USUARIO, "gestor", Texto.de("casos.gestorNoPuedePasar", USUARIO));
        this.radicado = radicado;
        this.ruta = ruta;
        this.sede = sede;
        this.gestor = gestor;
        this.fechaApertura = fechaApertura;
        this.narrativa = limpio(narrativa);
        this.datosRuta = def.validarCampos(datos, hoy);
        this.estado = def.estadoInicial();
        this.claveEnvio = claveEnvio;
        agregarParticipante(titular, rolTitular, quien);
        def.edadMinima().ifPresent(min -> {
            Integer edad = titular.edadEn(fechaApertura);
            ReglaIncumplida.exigir(edad != null, "fechaNacimiento",
                    Texto.de("casos.rutaExigeFechaNacimiento"));
            ReglaIncumplida.exigir(edad >= min && edad <= def.edadMaxima().orElse(Integer.MAX_VALUE), "fechaNacimiento",
                    def.edadMaxima().map(max -> Texto.de("casos.rutaParaEdadesEntre", nombre(ruta), min, max, edad))
                            .orElse(Texto.de("casos.rutaParaEdadesDesde", nombre(ruta), min, edad)));
        });
        ReglaIncumplida.exigir(!def.exigeTitularVictima() || titular.isVictimaConflicto(), "victimaConflicto",
                Texto.de("casos.rutaVictimasConflictoArmado", nombre(ruta)));
        def.sexoDelTitular().ifPresent(sexo -> ReglaIncumplida.exigir(titular.getSexo() == sexo, "sexo",
                sexo == Sexo.MUJER ? Texto.de("casos.rutaParaMujeres", nombre(ruta))
                        : Texto.de("casos.rutaParaSexo", nombre(ruta), sexo)));
        eventos.add(new EventoCaso(this, quien, null, estado, "Apertura"));
    }

    public void agregarParticipante(Persona persona, RolParticipante rol, String quien) {
        exigirEditable();
        ReglaIncumplida.exigir(persona.getFusionadaEn() == null, "persona",
                Texto.de("casos.personaFueFusionadaOtra"));
        ReglaIncumplida.exigir(rol != null && ruta.definicion().roles().contains(rol), "rol",
                Texto.de("casos.rutaPersonaPuedeSer", nombre(ruta), Texto.codigo(
                        String.join(", ", ruta.definicion().roles().stream().map(RolParticipante::name).toList()),
                        String.join(", ", ruta.definicion().roles().stream().map(RolParticipante::nombre).toList()))));
        boolean repetido = participantes.stream()
                .anyMatch(p -> p.getPersona().equals(persona) && p.getRol() == rol);
        ReglaIncumplida.exigir(!repetido, "persona", Texto.de("casos.personaYaCasoPapel"));
        participantes.add(new Participante(this, persona, rol));
        tocar(quien);
    }

    /** Corrige la narrativa y los campos de la ruta (sin cambiar el estado). */
    public void actualizar(String narrativa, Map<String, String> datos, String quien, LocalDate hoy) {
        exigirEditable();
        Map<String, String> validados = ruta.definicion().validarCampos(datos, hoy);
        for (String requerido : requisitosAcumulados()) {
            ReglaIncumplida.exigir(validados.containsKey(requerido), requerido,
                    Texto.de("casos.noPuedeBorrarExige", etiqueta(requerido)));
        }
        ReglaIncumplida.exigirHasta(narrativa, TEXTO_LARGO, "narrativa",
                Texto.de("casos.narrativaNoPuedePasar", TEXTO_LARGO));
        this.narrativa = limpio(narrativa);
        this.datosRuta = validados;
        tocar(quien);
    }

    /** Pasa al estado {@code nuevo} si la ruta lo permite desde el actual y están los campos que exige. */
    public void cambiarEstado(String nuevo, Map<String, String> datosNuevos, String motivo, String quien,
            LocalDate hoy) {
        exigirEditable();
        DefinicionRuta def = ruta.definicion();
        ReglaIncumplida.exigir(!DefinicionRuta.CERRADO.equals(nuevo), "estado", Texto.de("casos.cerrarUseCerrarCaso"));
        ReglaIncumplida.exigir(def.siguientes(estado).contains(nuevo), "estado",
                def.siguientes(estado).isEmpty() ? Texto.de("casos.casoEstadoSoloCerrar", estado, nuevo)
                        : Texto.de("casos.casoEstadoNoPuede", estado, nuevo, def.siguientes(estado)));
        Map<String, String> combinados = new LinkedHashMap<>(datos());
        if (datosNuevos != null) {
            combinados.putAll(datosNuevos);
        }
        Map<String, String> validados = def.validarCampos(combinados, hoy);
        for (String requerido : def.requisitosPara(nuevo)) {
            ReglaIncumplida.exigir(validados.containsKey(requerido), requerido,
                    Texto.de("casos.pasarFalta", nuevo, etiqueta(requerido)));
        }
        ReglaIncumplida.exigirHasta(motivo, MOTIVO_DE_EVENTO, "motivo",
                Texto.de("casos.motivoNoPuedePasar", MOTIVO_DE_EVENTO));
        this.datosRuta = validados;
        eventos.add(new EventoCaso(this, quien, estado, nuevo, limpio(motivo)));
        this.estado = nuevo;
        tocar(quien);
    }

    public Atencion registrarAtencion(String tipo, LocalDate fecha, Persona persona, String notas, String quien,
            String claveEnvio, LocalDate hoy) {
        exigirEditable();
        DefinicionRuta def = ruta.definicion();
        ReglaIncumplida.exigir(tipo != null && def.tiposAtencion().contains(tipo), "tipo",
                Texto.de("casos.rutaAtencionesSon", nombre(ruta), def.tiposAtencion()));
        ReglaIncumplida.exigir(def.estadosParaAtencion(tipo).contains(estado), "tipo",
                Texto.de("casos.atencionNoPrestaCaso", tipo, estado, def.estadosParaAtencion(tipo)));
        ReglaIncumplida.exigir(fecha != null, "fecha", Texto.de("casos.fechaAtencionObligatoria"));
        ReglaIncumplida.exigir(!fecha.isAfter(hoy), "fecha",
                Texto.de("casos.fechaAtencionNoPuede"));
        ReglaIncumplida.exigir(!fecha.isBefore(fechaApertura), "fecha",
                Texto.de("casos.atencionNoPuedeSer"));
        Persona atendida = persona == null ? titular() : persona;
        ReglaIncumplida.exigir(participantes.stream().anyMatch(p -> p.getPersona().equals(atendida)), "persona",
                Texto.de("casos.personaAtendidaDebeEstar"));
        ReglaIncumplida.exigirHasta(notas, TEXTO_LARGO, "notas", Texto.de("casos.notasNoPuedenPasar", TEXTO_LARGO));
        Atencion a = new Atencion(this, tipo, fecha, atendida, limpio(notas), quien, claveEnvio);
        atenciones.add(a);
        tocar(quien);
        return a;
    }

    public void anularAtencion(Atencion atencion, String motivo, String quien) {
        exigirNoAnulado();
        ReglaIncumplida.exigir(atenciones.contains(atencion), null, Texto.de("casos.atencionNoCaso"));
        atencion.anular(motivo, quien);
        tocar(quien);
    }

    /**
     * Remite el caso. Si comparte datos con otra entidad, todas las personas del caso deben haber autorizado
     * compartirlos; si no, solo procede con una justificación (y el permiso, que verifica el servicio).
     */
    public Remision remitir(EntidadRemision entidad, Sede sedeDestino, LocalDate fecha, String motivo,
            boolean comparteDatos, String justificacion, String quien, String claveEnvio, LocalDate hoy) {
        exigirEditable();
        ReglaIncumplida.exigir(entidad != null, "entidad", Texto.de("casos.seleccioneDondeRemite"));
        ReglaIncumplida.exigir(entidad != EntidadRemision.SEDE || sedeDestino != null, "sedeDestino",
                Texto.de("casos.seleccioneSedeDestino"));
        ReglaIncumplida.exigir(sedeDestino == null || !sedeDestino.equals(sede), "sedeDestino",
                Texto.de("casos.casoYaSede"));
        ReglaIncumplida.exigir(fecha != null && !fecha.isAfter(hoy) && !fecha.isBefore(fechaApertura),
                "fecha", Texto.de("casos.fechaRemisionNoPuede"));
        ReglaIncumplida.exigir(motivo != null && !motivo.isBlank(), "motivo", Texto.de("casos.escribaMotivoRemision"));
        ReglaIncumplida.exigirHasta(motivo, TEXTO_DE_REMISION, "motivo",
                Texto.de("casos.motivoNoPuedePasar", TEXTO_DE_REMISION));
        ReglaIncumplida.exigirHasta(justificacion, TEXTO_DE_REMISION, "justificacion",
                Texto.de("casos.justificacionNoPuedePasar", TEXTO_DE_REMISION));
        String justificada = limpio(justificacion);
        if (comparteDatos && !todosAutorizanCompartir()) {
            ReglaIncumplida.exigir(justificada != null, "justificacion",
                    Texto.de("casos.noTodasPersonasCaso"));
        } else {
            justificada = null;
        }
        Remision r = new Remision(this, entidad, sedeDestino, fecha, motivo.trim(), comparteDatos, justificada, quien,
                claveEnvio);
        remisiones.add(r);
        tocar(quien);
        return r;
    }

    public boolean todosAutorizanCompartir() {
        return participantes.stream()
                .allMatch(p -> p.getPersona().tieneConsentimiento(AlcanceConsentimiento.COMPARTIR_CON_ENTIDADES));
    }

    public void registrarRespuestaRemision(Remision remision, LocalDate fecha, String respuesta, String quien,
            LocalDate hoy) {
        exigirNoAnulado();
        ReglaIncumplida.exigir(remisiones.contains(remision), null, Texto.de("casos.remisionNoCaso"));
        remision.registrarRespuesta(fecha, respuesta, hoy);
        tocar(quien);
    }

    public Seguimiento programarSeguimiento(String descripcion, LocalDate vencimiento, String quien) {
        return programarSeguimiento(descripcion, vencimiento, quien, null);
    }

    /** Programa un seguimiento; {@code claveEnvio} es la del formulario o la cabecera {@code Idempotency-Key}. */
    public Seguimiento programarSeguimiento(String descripcion, LocalDate vencimiento, String quien, String claveEnvio) {
        exigirEditable();
        ReglaIncumplida.exigir(descripcion != null && !descripcion.isBlank(), "descripcion",
                Texto.de("casos.describaSeguimiento"));
        ReglaIncumplida.exigirHasta(descripcion, TEXTO_DE_SEGUIMIENTO, "descripcion",
                Texto.de("casos.descripcionNoPuedePasar", TEXTO_DE_SEGUIMIENTO));
        ReglaIncumplida.exigir(vencimiento != null && !vencimiento.isBefore(fechaApertura), "fechaVencimiento",
                Texto.de("casos.fechaVencimientoObligatoriaNo"));
        Seguimiento s = new Seguimiento(this, descripcion.trim(), vencimiento, quien, claveEnvio);
        seguimientos.add(s);
        tocar(quien);
        return s;
    }

    public void cumplirSeguimiento(Seguimiento seguimiento, LocalDate fecha, String resultado, String quien,
            LocalDate hoy) {
        exigirNoAnulado();
        ReglaIncumplida.exigir(seguimientos.contains(seguimiento), null, Texto.de("casos.seguimientoNoCaso"));
        seguimiento.cumplir(fecha, resultado, hoy);
        tocar(quien);
    }

    public void cerrar(LocalDate fecha, String motivo, String quien, LocalDate hoy) {
        exigirEditable();
        ReglaIncumplida.exigir(motivo != null && !motivo.isBlank(), "motivo", Texto.de("casos.indiqueMotivoCierre"));
        ReglaIncumplida.exigirHasta(motivo, MOTIVO, "motivo", Texto.de("casos.motivoNoPuedePasar", MOTIVO));
        ReglaIncumplida.exigir(fecha != null && !fecha.isAfter(hoy) && !fecha.isBefore(fechaApertura),
                "fechaCierre", Texto.de("casos.fechaCierreNoPuede"));
        eventos.add(new EventoCaso(this, quien, estado, DefinicionRuta.CERRADO, motivo.trim()));
        this.estado = DefinicionRuta.CERRADO;
        this.fechaCierre = fecha;
        this.motivoCierre = motivo.trim();
        tocar(quien);
    }

    /** Reabre un caso cerrado: vuelve al estado que tenía al cerrarse. */
    public void reabrir(String motivo, String quien) {
        exigirNoAnulado();
        ReglaIncumplida.exigir(cerrado(), "estado", Texto.de("casos.soloReabreCasoCerrado"));
        ReglaIncumplida.exigir(motivo != null && !motivo.isBlank(), "motivo",
                Texto.de("casos.indiqueMotivoReapertura"));
        ReglaIncumplida.exigirHasta(motivo, MOTIVO, "motivo", Texto.de("casos.motivoNoPuedePasar", MOTIVO));
        String anterior = eventos.stream().filter(e -> DefinicionRuta.CERRADO.equals(e.getEstadoA()))
                .reduce((a, b) -> b).map(EventoCaso::getEstadoDe).orElse(ruta.definicion().estadoInicial());
        eventos.add(new EventoCaso(this, quien, estado, anterior, "Reapertura: " + motivo.trim()));
        this.estado = anterior;
        this.fechaCierre = null;
        this.motivoCierre = null;
        tocar(quien);
    }

    public void anular(String motivo, String quien) {
        anulacion.anular(motivo, quien, Texto.de("casos.casoAnuladoNoAdmite"),
                Texto.de("casos.indiqueAnulaCaso"), Texto.de("casos.motivoNoPuedePasar", MOTIVO));
        tocar(quien);
    }

    public void asignarA(String nuevoGestor, String quien) {
        exigirNoAnulado();
        ReglaIncumplida.exigir(nuevoGestor != null && !nuevoGestor.isBlank(), "gestor",
                Texto.de("casos.indiqueGestor"));
        ReglaIncumplida.exigirHasta(nuevoGestor, USUARIO, "gestor", Texto.de("casos.gestorNoPuedePasar", USUARIO));
        this.gestor = nuevoGestor.trim();
        tocar(quien);
    }

    public void trasladarA(Sede nuevaSede, String quien) {
        exigirEditable();
        DefinicionRuta def = ruta.definicion();
        ReglaIncumplida.exigir(def.tiposSede().isEmpty() || def.tiposSede().contains(nuevaSede.getTipo()), "sede",
                Texto.de("casos.rutaNoLlevaSede", nombre(ruta), nuevaSede.getTipo()));
        this.sede = nuevaSede;
        tocar(quien);
    }

    /** En una fusión de personas: todo lo de {@code duplicada} pasa a {@code conservada}. */
    public void sustituirPersona(Persona duplicada, Persona conservada) {
        for (Participante p : participantes) {
            if (p.getPersona().equals(duplicada)) {
                boolean yaEsta = participantes.stream()
                        .anyMatch(o -> o.getPersona().equals(conservada) && o.getRol() == p.getRol());
                ReglaIncumplida.exigir(!yaEsta, "persona", Texto.de("casos.dosPersonasEstanCaso", radicado));
                p.cambiarPersona(conservada);
            }
        }
        atenciones.stream().filter(a -> duplicada.equals(a.getPersona())).forEach(a -> a.cambiarPersona(conservada));
    }

    private List<String> requisitosAcumulados() {
        List<String> r = new ArrayList<>();
        for (EventoCaso e : eventos) {
            r.addAll(ruta.definicion().requisitosPara(e.getEstadoA()));
        }
        return r;
    }

    private String etiqueta(String campo) {
        return ruta.definicion().campo(campo).map(Campo::etiqueta).orElse(campo);
    }

    /** El nombre de la ruta en un mensaje: el de siempre en español; en otro idioma, el de la página. */
    private static Object nombre(Ruta ruta) {
        return Texto.codigo(ruta.name(), ruta.nombre());
    }

    private void exigirNoAnulado() {
        anulacion.exigirVigente(Texto.de("casos.casoAnuladoNoAdmite"));
    }

    private void exigirEditable() {
        exigirNoAnulado();
        ReglaIncumplida.exigir(!cerrado(), "estado", Texto.de("casos.casoCerradoReabraloHacer"));
    }

    private void tocar(String quien) {
        anotarCambio(quien);
    }

    public boolean cerrado() {
        return DefinicionRuta.CERRADO.equals(estado);
    }

    public Persona titular() {
        return participantes.get(0).getPersona();
    }

    /** Los campos propios de la ruta, ya validados. */
    public Map<String, String> datos() {
        return datosRuta == null ? Map.of() : Collections.unmodifiableMap(datosRuta);
    }

    private static String limpio(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public Long getId() {
        return id;
    }

    public String getRadicado() {
        return radicado;
    }

    public Ruta getRuta() {
        return ruta;
    }

    public Sede getSede() {
        return sede;
    }

    public String getGestor() {
        return gestor;
    }

    public String getEstado() {
        return estado;
    }

    public LocalDate getFechaApertura() {
        return fechaApertura;
    }

    public LocalDate getFechaCierre() {
        return fechaCierre;
    }

    public String getMotivoCierre() {
        return motivoCierre;
    }

    public String getNarrativa() {
        return narrativa;
    }

    public boolean isAnulado() {
        return anulacion.isAnulado();
    }

    public String getMotivoAnulacion() {
        return anulacion.getMotivo();
    }

    public List<Participante> getParticipantes() {
        return Collections.unmodifiableList(participantes);
    }

    public List<Atencion> getAtenciones() {
        return Collections.unmodifiableList(atenciones);
    }

    public List<Remision> getRemisiones() {
        return Collections.unmodifiableList(remisiones);
    }

    public List<Seguimiento> getSeguimientos() {
        return Collections.unmodifiableList(seguimientos);
    }

    public List<EventoCaso> getEventos() {
        return Collections.unmodifiableList(eventos);
    }

    /** Todo cambio del caso (y de lo que cuelga de él: cada intención lo toca) mueve sus cifras en los indicadores. */
    @Override
    public Optional<Object> aviso() {
        return Optional.of(new CambioEnCaso(id));
    }
}
