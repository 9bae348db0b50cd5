package co.gov.cartagena.ruta.actividades;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.comun.Textos;
import co.gov.cartagena.ruta.persistencia.Anulacion;
import co.gov.cartagena.ruta.persistencia.AvisoDeCambios;
import co.gov.cartagena.ruta.persistencia.ConAviso;
import co.gov.cartagena.ruta.persistencia.RegistroEditable;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.sedes.Localidades;
import co.gov.cartagena.ruta.sedes.Sede;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Una actividad colectiva realizada por una sede. Cambia solo por sus métodos de intención ({@link #editar},
 * {@link #anular}, {@link #agregarAsistente}); anulada, no admite cambios. Nunca se borra.
 */
@Entity
@Table(name = "actividad")
@NamedQuery(name = "Actividad.porClaveEnvio", query = "SELECT a FROM Actividad a WHERE a.claveEnvio = :clave")
@EntityListeners(AvisoDeCambios.class)
public class Actividad extends RegistroEditable implements ConAviso {

    /** Fecha más antigua que se acepta (las actividades se registran para el plan 2024–2027 y sus antecedentes). */
    static final LocalDate FECHA_MINIMA = LocalDate.of(2020, 1, 1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "tipo_id")
    private TipoActividad tipo;

    @Column(nullable = false)
    private LocalDate fecha;

    @Column(nullable = false, length = 200)
    private String lugar;

    @Column(length = 80)
    private String localidad;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sede_id")
    private Sede sede;

    @Column(nullable = false)
    private int participantes;

    @Column(length = 200)
    private String objeto;

    @Column(name = "objeto_clave", length = 200)
    private String objetoClave;

    @Column(columnDefinition = "TEXT")
    private String descripcion;

    @ManyToMany
    @JoinTable(name = "actividad_persona", joinColumns = @JoinColumn(name = "actividad_id"),
            inverseJoinColumns = @JoinColumn(name = "persona_id"))
    private Set<Persona> personas = new LinkedHashSet<>();

    @Embedded
    @AttributeOverride(name = "anulado", column = @Column(name = "anulada", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "anulada_en"))
    @AttributeOverride(name = "por", column = @Column(name = "anulada_por", length = 100))
    private Anulacion anulacion = new Anulacion();

    @Column(name = "clave_envio", length = 64, updatable = false)
    private String claveEnvio;

    protected Actividad() {
    }

    Actividad(TipoActividad tipo, Sede sede, DatosActividad datos, String claveEnvio, String quien, LocalDate hoy) {
        super(quien);
        ReglaIncumplida.exigir(tipo.isActivo(), "tipo",
                Texto.de("actividades.tipoActividadDesactivadoElija", tipo.getNombre()));
        aplicar(tipo, sede, datos, hoy);
        this.claveEnvio = claveEnvio;
    }

    /**
     * Cambia los datos; devuelve los campos que cambiaron (antes y después) para la auditoría. Un tipo desactivado
     * solo se conserva si ya era el de la actividad.
     */
    Map<String, String[]> editar(TipoActividad nuevoTipo, Sede nuevaSede, DatosActividad datos, String quien,
            LocalDate hoy) {
        exigirVigente();
        ReglaIncumplida.exigir(nuevoTipo.isActivo() || nuevoTipo.getId().equals(tipo.getId()), "tipo",
                Texto.de("actividades.tipoActividadDesactivadoElija", nuevoTipo.getNombre()));
        Map<String, String> antes = foto();
        aplicar(nuevoTipo, nuevaSede, datos, hoy);
        ReglaIncumplida.exigir(participantes >= personas.size(), "participantes",
                Texto.de("actividades.participantesMenosQueAsistencia", participantes, personas.size()));
        Map<String, String> despues = foto();
        Map<String, String[]> cambios = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : antes.entrySet()) {
            String nuevo = despues.get(e.getKey());
            if (!Objects.equals(e.getValue(), nuevo)) {
                cambios.put(e.getKey(), new String[] {e.getValue(), nuevo});
            }
        }
        if (!cambios.isEmpty()) {
            marcar(quien);
        }
        return cambios;
    }

    /** Anula con motivo; queda quién y cuándo. Las actividades anuladas no cuentan en los indicadores. */
    void anular(String motivo, String quien) {
        anulacion.anular(motivo, quien, Texto.de("actividades.actividadAnuladaNoAdmite"),
                Texto.de("actividades.escribaMotivoAnulacion"), Texto.de("actividades.motivoNoPuedePasar"));
        marcar(quien);
    }

    /** Agrega una persona del registro a la asistencia; devuelve false si ya estaba. */
    boolean agregarAsistente(Persona persona, String quien) {
        exigirVigente();
        if (personas.stream().anyMatch(p -> p.getId().equals(persona.getId()))) {
            return false;
        }
        ReglaIncumplida.exigir(personas.size() < participantes, "participantes",
                Texto.de("actividades.asistenciaYaTienePersonas", personas.size()));
        personas.add(persona);
        marcar(quien);
        return true;
    }

    /**
     * En una fusión de personas: la asistencia de {@code duplicada} pasa a {@code conservada} (una sola vez si las
     * dos estaban). Vale también en una actividad anulada: es corregir quién es la persona, no cambiar la actividad.
     */
    boolean sustituirAsistente(Persona duplicada, Persona conservada, String quien) {
        if (!personas.removeIf(p -> p.getId().equals(duplicada.getId()))) {
            return false;
        }
        if (personas.stream().noneMatch(p -> p.getId().equals(conservada.getId()))) {
            personas.add(conservada);
        }
        marcar(quien);
        return true;
    }

    /** Quita de la asistencia a una persona agregada por error; devuelve false si no estaba. */
    boolean quitarAsistente(Persona persona, String quien) {
        exigirVigente();
        boolean quitada = personas.removeIf(p -> p.getId().equals(persona.getId()));
        if (quitada) {
            marcar(quien);
        }
        return quitada;
    }

    void exigirVigente() {
        anulacion.exigirVigente(Texto.de("actividades.actividadAnuladaNoAdmite"));
    }

    private void aplicar(TipoActividad nuevoTipo, Sede nuevaSede, DatosActividad datos, LocalDate hoy) {
        ReglaIncumplida.exigir(datos.fecha() != null, "fecha", Texto.de("actividades.escribaFechaActividad"));
        ReglaIncumplida.exigir(!datos.fecha().isAfter(hoy), "fecha",
                Texto.de("actividades.fechaActividadFutura"));
        ReglaIncumplida.exigir(!datos.fecha().isBefore(FECHA_MINIMA), "fecha",
                Texto.de("actividades.fechaActividadAntesDe2020"));
        String l = Textos.limpio(datos.lugar());
        ReglaIncumplida.exigir(l != null, "lugar", Texto.de("actividades.escribaLugarActividad"));
        ReglaIncumplida.exigir(l.length() <= 200, "lugar", Texto.de("actividades.lugarNoPuedePasar"));
        String loc = null;
        if (Textos.limpio(datos.localidad()) != null) {
            loc = Localidades.canonica(datos.localidad()).orElseThrow(() -> new ReglaIncumplida("localidad",
                    Texto.de("actividades.localidadDebeSer", String.join(", ", Localidades.TODAS))));
        }
        ReglaIncumplida.exigir(datos.participantes() != null, "participantes",
                Texto.de("actividades.escribaNumeroParticipantes"));
        ReglaIncumplida.exigir(datos.participantes() >= 0, "participantes",
                Texto.de("actividades.participantesNegativos"));
        ReglaIncumplida.exigir(datos.participantes() <= 100_000, "participantes",
                Texto.de("actividades.numeroParticipantesPareceError"));
        String d = datos.descripcion() == null || datos.descripcion().isBlank() ? null : datos.descripcion().trim();
        ReglaIncumplida.exigir(d == null || d.length() <= 10_000, "descripcion",
                Texto.de("actividades.descripcionMuyLarga"));
        String o = nuevoTipo.objetoValido(datos.objeto());
        tipo = nuevoTipo;
        sede = nuevaSede;
        fecha = datos.fecha();
        lugar = l;
        localidad = loc;
        participantes = datos.participantes();
        objeto = o;
        objetoClave = claveObjeto(o);
        descripcion = d;
    }

    /** El objeto normalizado para contar objetos distintos: minúsculas, sin tildes, espacios sencillos. */
    public static String claveObjeto(String objeto) {
        String o = Textos.limpio(objeto);
        return o == null ? null : Textos.sinTildes(o).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private Map<String, String> foto() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("tipo", tipo == null ? null : tipo.getCodigo());
        m.put("sede", sede == null ? null : sede.getCodigo());
        m.put("fecha", fecha == null ? null : fecha.toString());
        m.put("lugar", lugar);
        m.put("localidad", localidad);
        m.put("participantes", String.valueOf(participantes));
        m.put("objeto", objeto);
        m.put("descripcion", descripcion);
        return m;
    }

    private void marcar(String quien) {
        anotarCambio(quien);
    }

    public Long getId() {
        return id;
    }

    public TipoActividad getTipo() {
        return tipo;
    }

    public LocalDate getFecha() {
        return fecha;
    }

    public String getLugar() {
        return lugar;
    }

    public String getLocalidad() {
        return localidad;
    }

    public Sede getSede() {
        return sede;
    }

    public int getParticipantes() {
        return participantes;
    }

    public String getObjeto() {
        return objeto;
    }

    public String getObjetoClave() {
        return objetoClave;
    }

    public String getDescripcion() {
        return descripcion;
    }

    public Set<Persona> getPersonas() {
        return Collections.unmodifiableSet(personas);
    }

    public boolean isAnulada() {
        return anulacion.isAnulado();
    }

    public Instant getAnuladaEn() {
        return anulacion.getEn();
    }

    public String getAnuladaPor() {
        return anulacion.getPor();
    }

    public String getMotivoAnulacion() {
        return anulacion.getMotivo();
    }

    /** Todo cambio de la actividad (datos, asistencia, anulación) mueve sus cifras en los indicadores. */
    @Override
    public Optional<Object> aviso() {
        return Optional.of(new CambioEnActividad(id));
    }
}
