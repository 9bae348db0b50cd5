package co.gov.cartagena.ruta.personas;

import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.persistencia.Volcado;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.comun.ConflictoEdicion;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Registro de personas: buscar antes de crear, no repetir documentos, autorizaciones de tratamiento y fusión de
 * duplicados. Es la frontera de transacción; todo cambio queda en la auditoría.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class ServicioPersonas {

    @Inject
    Clock reloj;

    @Inject
    RepositorioPersonas personas;

    @Inject
    AccesoPorCasos acceso;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Auditor auditor;

    @Inject
    Acceso permisos;

    @Inject
    Event<CambioEnPersona> cambios;

    @Inject
    Event<PersonasFusionadas> fusiones;

    /** Lo que muestra «buscar antes de crear»: coincidencias exactas de documento y nombres parecidos. */
    public record Coincidencias(List<Persona> porDocumento, List<Persona> porNombre) {
        public boolean vacias() {
            return porDocumento.isEmpty() && porNombre.isEmpty();
        }
    }

    public Coincidencias buscarAntesDeCrear(TipoDocumento tipo, String numero, String nombres, String apellidos) {
        usuarioQueTrabajaCasos();
        List<Persona> exactas = new ArrayList<>();
        personas.porDocumento(tipo, numero).map(Persona::vigente).ifPresent(exactas::add);
        Set<Persona> parecidas = new LinkedHashSet<>(personas.porNombre(
                (nombres == null ? "" : nombres) + " " + (apellidos == null ? "" : apellidos), 20));
        parecidas.removeAll(exactas);
        auditor.registrar(Accion.VER, "persona", null, "búsqueda antes de crear");
        return new Coincidencias(exactas, List.copyOf(parecidas));
    }

    public List<Persona> buscar(String texto) {
        usuarioQueTrabajaCasos();
        ReglaIncumplida.exigir(texto == null || texto.isBlank() || BusquedaPorNombre.de(texto).posible(), "nombre",
                BusquedaPorNombre.SIN_PALABRAS);
        auditor.registrar(Accion.VER, "persona", null, "búsqueda por nombre");
        return personas.porNombre(texto, 50);
    }

    /** Registra una persona nueva. Un documento repetido se rechaza señalando a la persona existente. */
    public Persona registrar(DatosPersona datos, String claveEnvio) {
        Usuario u = usuarioQueTrabajaCasos();
        var previa = personas.porClaveEnvio(claveEnvio);
        if (previa.isPresent()) {
            return previa.get();
        }
        ReglaIncumplida.exigir(datos != null && datos.tipoDocumento() != null, "tipoDocumento",
                Texto.de("personas.seleccioneTipoDocumento"));
        personas.porDocumento(datos.tipoDocumento(), datos.numeroDocumento()).ifPresent(existente -> {
            throw new ReglaIncumplida("numeroDocumento",
                    Texto.de("personas.yaExistePersonaRegistro", existente.documento(),
                            existente.vigente().nombreCompleto(), existente.vigente().getId()));
        });
        Persona p = new Persona(datos, claveEnvio, u.getUsuario(), LocalDate.now(reloj));
        personas.guardar(p);
        sincronizar(Texto.de("personas.que.persona"));
        auditor.registrar(Accion.CREAR, "persona", p.getId(), null);
        return p;
    }

    /** Corrige los datos; {@code versionEsperada} es la que tenía el formulario al abrirse. */
    public Persona actualizar(Long id, int versionEsperada, DatosPersona datos) {
        Usuario u = usuarioQueTrabajaCasos();
        Persona p = obtenerParaCambiar(id, u);
        if (p.getVersion() != versionEsperada) {
            throw new ConflictoEdicion(Texto.de("personas.que.datosPersona"));
        }
        personas.porDocumento(datos.tipoDocumento(), datos.numeroDocumento())
                .filter(otra -> !otra.equals(p))
                .ifPresent(otra -> {
                    throw new ReglaIncumplida("numeroDocumento",
                            Texto.de("personas.documentoYaOtraPersona", otra.getId()));
                });
        DatosPersona antes = p.datos();
        p.actualizar(datos, u.getUsuario(), LocalDate.now(reloj));
        sincronizar(Texto.de("personas.que.datosPersona"));
        cambios.fire(new CambioEnPersona(List.of(p.getId())));
        auditor.registrar(Accion.CAMBIAR, "persona", p.getId(), "campos: " + camposCambiados(antes, p.datos()));
        return p;
    }

    public Persona otorgarConsentimiento(Long id, LocalDate fecha, AlcanceConsentimiento alcance, String soporte) {
        Usuario u = usuarioQueTrabajaCasos();
        Persona p = obtenerParaCambiar(id, u);
        p.otorgarConsentimiento(fecha, alcance, soporte, u.getUsuario(), LocalDate.now(reloj));
        sincronizar(Texto.de("personas.que.persona"));
        auditor.registrar(Accion.CREAR, "consentimiento", p.getId(), "alcance: " + alcance);
        return p;
    }

    public Persona revocarConsentimiento(Long id, AlcanceConsentimiento alcance) {
        Usuario u = usuarioQueTrabajaCasos();
        Persona p = obtenerParaCambiar(id, u);
        p.revocarConsentimiento(alcance, u.getUsuario());
        auditor.registrar(Accion.CAMBIAR, "consentimiento", p.getId(), "revocado: " + alcance);
        return p;
    }

    /**
     * Un coordinador fusiona {@code duplicadaId} en {@code conservadaId}: sus casos y atenciones, su asistencia a
     * actividades y sus adjuntos pasan a la conservada (los módulos que los guardan escuchan
     * {@link PersonasFusionadas}); la duplicada queda marcada (no se borra).
     */
    public Persona fusionar(Long duplicadaId, Long conservadaId) {
        Usuario u = usuarioQueTrabajaCasos();
        permisos.exigir(acceso.puedeFusionar(u), Denegacion.operacion("persona", duplicadaId,
                "fusionar personas (no es coordinador)", Texto.de("personas.soloCoordinadorPuedeFusionar")));
        Persona duplicada = obtenerParaCambiar(duplicadaId, u);
        Persona conservada = obtenerParaCambiar(conservadaId, u);
        duplicada.fusionarEn(conservada, u.getUsuario());
        fusiones.fire(new PersonasFusionadas(duplicada, conservada, u.getUsuario()));
        sincronizar(Texto.de("personas.que.persona"));
        cambios.fire(new CambioEnPersona(List.of(duplicada.getId(), conservada.getId())));
        auditor.registrar(Accion.CAMBIAR, "persona", duplicada.getId(), "fusionada en " + conservada.getId());
        return conservada;
    }

    /** Una persona para ver: el registro vigente (si fue fusionada, la conservada). */
    public Persona obtener(Long id) {
        Usuario u = usuarioQueTrabajaCasos();
        Persona p = obtenerParaTrabajar(id, u);
        auditor.registrar(Accion.VER, "persona", p.getId(), null);
        return p;
    }

    /** Si el usuario puede ver los datos más allá de la identidad: si ve alguno de sus casos o no tiene casos. */
    public boolean puedeVerDatos(Persona p) {
        Usuario u = usuarioActual.requerido();
        return acceso.puedeVerDatos(u, p);
    }

    /**
     * Si el usuario puede ver los datos sensibles de la persona (identidad de género, orientación sexual, etnia,
     * discapacidad, condición de víctima, estatus migratorio): si ve lo sensible de alguno de sus casos
     * ({@link AccesoPorCasos#puedeVerSensibles}) o si aún no tiene casos.
     */
    public boolean puedeVerSensibles(Persona p) {
        Usuario u = usuarioActual.requerido();
        return acceso.puedeVerSensibles(u, p);
    }

    private Persona obtenerParaTrabajar(Long id, Usuario u) {
        Persona p = personas.porId(id).map(Persona::vigente)
                .orElseThrow(() -> new NoEncontrado(Texto.de("personas.que.persona")));
        return p;
    }

    /**
     * Una persona para cambiarla (datos, autorizaciones, fusión): solo quien puede ver sus datos, es decir, quien ve
     * alguno de sus casos (o si aún no tiene casos). A los demás se responde como si no existiera.
     */
    private Persona obtenerParaCambiar(Long id, Usuario u) {
        Persona p = obtenerParaTrabajar(id, u);
        permisos.exigir(puedeVerDatos(p), Denegacion.comoSiNoExistiera("persona", p.getId(),
                "cambiar una persona fuera de su alcance", Texto.de("personas.que.persona")));
        return p;
    }

    private Usuario usuarioQueTrabajaCasos() {
        return permisos.exigir(acceso::trabajaCasos, Denegacion.operacion("persona", null,
                "su rol no registra ni consulta personas", Texto.de("personas.rolNoRegistraNi")));
    }

    private void sincronizar(Texto que) {
        Volcado.volcar(personas::sincronizar, que, Texto.de("personas.formularioYaSeEnvio"));
    }

    static String camposCambiados(DatosPersona antes, DatosPersona despues) {
        List<String> cambios = new ArrayList<>();
        var componentes = DatosPersona.class.getRecordComponents();
        for (var c : componentes) {
            try {
                Object a = c.getAccessor().invoke(antes);
                Object d = c.getAccessor().invoke(despues);
                if (a == null ? d != null : !a.equals(d)) {
                    cambios.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(", ", cambios);
    }
}
