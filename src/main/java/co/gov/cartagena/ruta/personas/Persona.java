package co.gov.cartagena.ruta.personas;

import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.comun.Textos;
import co.gov.cartagena.ruta.persistencia.RegistroEditable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Una persona atendida, registrada una sola vez por documento. Los datos más allá del mínimo exigen su
 * autorización de tratamiento ({@link AlcanceConsentimiento}); la persona misma lo hace cumplir.
 */
@Entity
@Table(name = "persona")
@NamedQuery(name = "Persona.porDocumento",
        query = "SELECT p FROM Persona p WHERE p.tipoDocumento = :tipo AND p.numeroDocumento = :numero")
@NamedQuery(name = "Persona.porClaveEnvio", query = "SELECT p FROM Persona p WHERE p.claveEnvio = :clave")
public class Persona extends RegistroEditable {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "tipo_documento", nullable = false, length = 20)
    private TipoDocumento tipoDocumento;

    @Column(name = "numero_documento", length = 30)
    private String numeroDocumento;

    @Column(nullable = false, length = 120)
    private String nombres;

    @Column(nullable = false, length = 120)
    private String apellidos;

    @Column(name = "nombre_busqueda", nullable = false, length = 300)
    private String nombreBusqueda;

    @Column(name = "fecha_nacimiento")
    private LocalDate fechaNacimiento;

    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private Sexo sexo;

    @Column(name = "identidad_genero", length = 40)
    private String identidadGenero;

    @Column(name = "orientacion_sexual", length = 40)
    private String orientacionSexual;

    @Enumerated(EnumType.STRING)
    @Column(length = 30)
    private Etnia etnia;

    @Column(length = 200)
    private String discapacidad;

    @Column(length = 60)
    private String nacionalidad;

    @Column(name = "estatus_migratorio", length = 40)
    private String estatusMigratorio;

    @Column(name = "victima_conflicto", nullable = false)
    private boolean victimaConflicto;

    @Column(name = "registrada_ruv", nullable = false)
    private boolean registradaRuv;

    @Column(length = 40)
    private String telefono;

    @Column(length = 120)
    private String correo;

    @Column(length = 200)
    private String direccion;

    @Column(length = 80)
    private String localidad;

    @Column(length = 120)
    private String barrio;

    @ManyToOne
    @JoinColumn(name = "fusionada_en")
    private Persona fusionadaEn;

    @Column(name = "clave_envio", length = 64, unique = true)
    private String claveEnvio;

    @OneToMany(mappedBy = "persona", cascade = CascadeType.PERSIST)
    @OrderBy("fecha")
    private List<Consentimiento> consentimientos = new ArrayList<>();

    protected Persona() {
    }

    public Persona(DatosPersona datos, String claveEnvio, String quien, LocalDate hoy) {
        super(quien);
        this.claveEnvio = claveEnvio;
        aplicar(datos, hoy);
    }

    /** Corrige los datos; los que no son mínimos exigen la autorización vigente correspondiente. */
    public void actualizar(DatosPersona datos, String quien, LocalDate hoy) {
        exigirActiva();
        aplicar(datos, hoy);
        anotarCambio(quien);
    }

    private void aplicar(DatosPersona d, LocalDate hoy) {
        ReglaIncumplida.exigir(d.tipoDocumento() != null, "tipoDocumento",
                Texto.de("personas.seleccioneTipoDocumento"));
        String numero = Textos.limpio(d.numeroDocumento());
        if (d.tipoDocumento().llevaNumero()) {
            ReglaIncumplida.exigir(numero != null, "numeroDocumento", Texto.de("personas.escribaNumeroDocumento"));
            numero = numero.replaceAll("[\\s.]", "").toUpperCase(Locale.ROOT);
            ReglaIncumplida.exigir(numero.matches("[A-Z0-9-]{3,30}"), "numeroDocumento",
                    Texto.de("personas.numeroDocumentoSoloAdmite"));
            if (d.tipoDocumento() == TipoDocumento.CC || d.tipoDocumento() == TipoDocumento.TI
                    || d.tipoDocumento() == TipoDocumento.RC) {
                ReglaIncumplida.exigir(numero.matches("\\d{3,15}"), "numeroDocumento",
                        Texto.de("personas.numeroSoloLlevaDigitos",
                                Texto.codigo(d.tipoDocumento().name(),
                                        d.tipoDocumento().nombre().toLowerCase(Locale.ROOT))));
            }
        } else {
            ReglaIncumplida.exigir(numero == null, "numeroDocumento",
                    Texto.de("personas.personaSinDocumentoNo"));
        }
        String n = Textos.limpio(d.nombres());
        String a = Textos.limpio(d.apellidos());
        ReglaIncumplida.exigir(n != null, "nombres", Texto.de("personas.escribaNombres"));
        ReglaIncumplida.exigir(a != null, "apellidos", Texto.de("personas.escribaApellidos"));
        ReglaIncumplida.exigir(n.length() <= 120, "nombres", Texto.de("personas.nombresNoPuedenPasar"));
        ReglaIncumplida.exigir(a.length() <= 120, "apellidos", Texto.de("personas.apellidosNoPuedenPasar"));
        if (d.fechaNacimiento() != null) {
            ReglaIncumplida.exigir(!d.fechaNacimiento().isAfter(hoy), "fechaNacimiento",
                    Texto.de("personas.fechaNacimientoNoPuede"));
            ReglaIncumplida.exigir(d.fechaNacimiento().isAfter(LocalDate.of(1900, 1, 1)), "fechaNacimiento",
                    Texto.de("personas.reviseFechaNacimiento"));
        }
        if (d.traeDatosPersonales()) {
            ReglaIncumplida.exigir(tieneConsentimiento(AlcanceConsentimiento.DATOS_PERSONALES), "consentimiento",
                    Texto.de("personas.sinAutorizacionTratamientoDatos"));
        }
        if (d.traeDatosSensibles()) {
            ReglaIncumplida.exigir(tieneConsentimiento(AlcanceConsentimiento.DATOS_SENSIBLES), "consentimiento",
                    Texto.de("personas.datosSensiblesIdentidadGenero"));
        }
        if (d.correo() != null && !d.correo().isBlank()) {
            ReglaIncumplida.exigir(d.correo().trim().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "correo",
                    Texto.de("personas.reviseCorreoElectronico"));
        }
        this.tipoDocumento = d.tipoDocumento();
        this.numeroDocumento = numero;
        this.nombres = n;
        this.apellidos = a;
        this.nombreBusqueda = Textos.claveNombre(n, a);
        this.fechaNacimiento = d.fechaNacimiento();
        this.sexo = d.sexo();
        this.identidadGenero = Textos.limpio(d.identidadGenero());
        this.orientacionSexual = Textos.limpio(d.orientacionSexual());
        this.etnia = d.etnia();
        this.discapacidad = Textos.limpio(d.discapacidad());
        this.nacionalidad = Textos.limpio(d.nacionalidad());
        this.estatusMigratorio = Textos.limpio(d.estatusMigratorio());
        this.victimaConflicto = d.victimaConflicto();
        this.registradaRuv = d.registradaRuv();
        this.telefono = Textos.limpio(d.telefono());
        this.correo = Textos.limpio(d.correo());
        this.direccion = Textos.limpio(d.direccion());
        this.localidad = Textos.limpio(d.localidad());
        this.barrio = Textos.limpio(d.barrio());
    }

    public Consentimiento otorgarConsentimiento(LocalDate fecha, AlcanceConsentimiento alcance, String soporte,
            String quien, LocalDate hoy) {
        exigirActiva();
        ReglaIncumplida.exigir(fecha != null && !fecha.isAfter(hoy), "fecha",
                Texto.de("personas.fechaAutorizacionObligatoriaNo"));
        ReglaIncumplida.exigir(alcance != null, "alcance", Texto.de("personas.indiqueAutorizaPersona"));
        ReglaIncumplida.exigir(soporte != null && !soporte.isBlank(), "soporte",
                Texto.de("personas.indiqueSoporteAutorizacionFormato"));
        Consentimiento c = new Consentimiento(this, fecha, alcance, soporte.trim(), quien);
        consentimientos.add(c);
        return c;
    }

    public void revocarConsentimiento(AlcanceConsentimiento alcance, String quien) {
        consentimientos.stream().filter(c -> c.vigente() && c.getAlcance() == alcance)
                .forEach(c -> c.revocar(quien));
    }

    public boolean tieneConsentimiento(AlcanceConsentimiento alcance) {
        return consentimientos.stream().anyMatch(c -> c.vigente() && c.getAlcance() == alcance);
    }

    /** Marca esta persona como duplicado de {@code destino}; sus casos se pasan aparte (servicio). */
    public void fusionarEn(Persona destino, String quien) {
        exigirActiva();
        ReglaIncumplida.exigir(destino != this && !destino.equals(this), "destino",
                Texto.de("personas.noPuedeFusionarPersona"));
        ReglaIncumplida.exigir(destino.fusionadaEn == null, "destino",
                Texto.de("personas.personaDestinoYaFue"));
        this.fusionadaEn = destino;
        anotarCambio(quien);
    }

    private void exigirActiva() {
        ReglaIncumplida.exigir(fusionadaEn == null, null,
                Texto.de("personas.personaFueFusionadaOtra"));
    }

    /** El registro vigente de la persona: ella misma o, si fue fusionada, aquella en la que quedó. */
    public Persona vigente() {
        Persona actual = this;
        while (actual.fusionadaEn != null) {
            actual = actual.fusionadaEn;
        }
        return actual;
    }

    public Integer edadEn(LocalDate fecha) {
        return fechaNacimiento == null ? null : Period.between(fechaNacimiento, fecha).getYears();
    }

    public DatosPersona datos() {
        return new DatosPersona(tipoDocumento, numeroDocumento, nombres, apellidos, fechaNacimiento, sexo,
                identidadGenero, orientacionSexual, etnia, discapacidad, nacionalidad, estatusMigratorio,
                victimaConflicto, registradaRuv, telefono, correo, direccion, localidad, barrio);
    }

    public String nombreCompleto() {
        return nombres + " " + apellidos;
    }

    public String documento() {
        return tipoDocumento == TipoDocumento.SIN_DOCUMENTO ? "Sin documento" : tipoDocumento.name() + " " + numeroDocumento;
    }

    public Long getId() {
        return id;
    }

    public TipoDocumento getTipoDocumento() {
        return tipoDocumento;
    }

    public String getNumeroDocumento() {
        return numeroDocumento;
    }

    public String getNombres() {
        return nombres;
    }

    public String getApellidos() {
        return apellidos;
    }

    public LocalDate getFechaNacimiento() {
        return fechaNacimiento;
    }

    public Sexo getSexo() {
        return sexo;
    }

    public Etnia getEtnia() {
        return etnia;
    }

    public String getLocalidad() {
        return localidad;
    }

    public boolean isVictimaConflicto() {
        return victimaConflicto;
    }

    public Persona getFusionadaEn() {
        return fusionadaEn;
    }

    public List<Consentimiento> getConsentimientos() {
        return List.copyOf(consentimientos);
    }

}
