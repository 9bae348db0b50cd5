package co.gov.cartagena.ruta.adjuntos;

import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.casos.Caso;
import co.gov.cartagena.ruta.casos.PoliticaAcceso;
import co.gov.cartagena.ruta.casos.RepositorioCasos;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.ReglaIncumplida;
import co.gov.cartagena.ruta.personas.Persona;
import co.gov.cartagena.ruta.personas.RepositorioPersonas;
import co.gov.cartagena.ruta.personas.ServicioPersonas;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.Usuario;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Adjuntos y notas. Quien puede ver el caso (o los datos de la persona) puede adjuntar y descargar; cada descarga
 * queda en la auditoría. Un adjunto que no existe y uno que no se puede ver responden igual.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class ServicioAdjuntos {

    /** Lo que se entrega al descargar. */
    public record Descarga(String nombre, String tipo, byte[] contenido) {
    }

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    RepositorioCasos casos;

    @Inject
    RepositorioPersonas personas;

    @Inject
    ServicioPersonas servicioPersonas;

    @Inject
    AccesoPorActividades actividades;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;

    public Adjunto adjuntarACaso(Long casoId, String nombre, byte[] contenido, String descripcion) {
        Caso caso = casoVisible(casoId);
        ReglaIncumplida.exigir(!caso.isAnulado(), null, Texto.de("adjuntos.casoAnuladoNoAdmite"));
        return guardar(caso, null, nombre, contenido, descripcion);
    }

    public Adjunto adjuntarAPersona(Long personaId, String nombre, byte[] contenido, String descripcion) {
        Persona persona = personaVisible(personaId);
        return guardar(null, persona, nombre, contenido, descripcion);
    }

    private Adjunto guardar(Caso caso, Persona persona, String nombre, byte[] contenido, String descripcion) {
        String seguro = TipoArchivo.nombreSeguro(nombre);
        TipoArchivo tipo = TipoArchivo.reconocer(seguro, contenido);
        Adjunto a = new Adjunto(caso, persona, seguro, tipo, contenido.length, sha256(contenido),
                descripcion == null || descripcion.isBlank() ? null : descripcion.trim(), quien().getUsuario());
        em.persist(a);
        em.flush();
        em.persist(new ContenidoAdjunto(a.getId(), contenido));
        auditor.registrar(Accion.CREAR, "adjunto", a.getId(),
                (caso != null ? "caso " + caso.getId() : "persona " + persona.getId()) + ": " + seguro);
        return a;
    }

    /**
     * Guarda una evidencia de una actividad colectiva (mismas reglas de tipo y tamaño que los adjuntos de casos).
     * Lo llama {@code ServicioActividades}, que audita; aquí se vuelve a comprobar que quien llama puede cambiar la
     * actividad ({@link AccesoPorActividades}). El aviso al almacén de los indicadores lo da el adjunto al guardarse
     * ({@link CambioEnEvidencias}).
     */
    public Adjunto adjuntarAActividad(Long actividadId, String nombre, byte[] contenido, String descripcion) {
        Usuario u = usuarioActual.requerido();
        acceso.exigir(actividades.puedeCambiar(u, actividadId), Denegacion.comoSiNoExistiera("actividad", actividadId,
                "adjuntar una evidencia a una actividad fuera de su alcance", Texto.de("actividades.que.actividad")));
        String seguro = TipoArchivo.nombreSeguro(nombre);
        TipoArchivo tipo = TipoArchivo.reconocer(seguro, contenido);
        Adjunto a = new Adjunto(actividadId, seguro, tipo, contenido.length, sha256(contenido),
                descripcion == null || descripcion.isBlank() ? null : descripcion.trim(), u.getUsuario());
        em.persist(a);
        em.flush();
        em.persist(new ContenidoAdjunto(a.getId(), contenido));
        return a;
    }

    /** Anula una evidencia de una actividad (la llama {@code ServicioActividades}, que audita). */
    public Adjunto anularDeActividad(Long actividadId, Long adjuntoId, String motivo) {
        Usuario u = usuarioActual.requerido();
        Adjunto a = adjuntoId == null ? null : em.find(Adjunto.class, adjuntoId);
        if (a == null || actividadId == null || !actividadId.equals(a.getActividadId())) {
            throw new NoEncontrado(Texto.de("adjuntos.que.evidencia"));
        }
        acceso.exigir(actividades.puedeCambiar(u, actividadId), Denegacion.comoSiNoExistiera("adjunto", a.getId(),
                "anular una evidencia de una actividad fuera de su alcance", Texto.de("adjuntos.que.evidencia")));
        a.anular(motivo, u.getUsuario());
        return a;
    }

    /** Las evidencias de una actividad, vigentes y anuladas (sin su contenido). */
    public List<Adjunto> deActividad(Long actividadId) {
        return em.createNamedQuery("Adjunto.deActividad", Adjunto.class).setParameter("actividad", actividadId)
                .getResultList();
    }

    public List<Adjunto> deCaso(Long casoId) {
        Caso caso = casoVisible(casoId);
        return em.createNamedQuery("Adjunto.deCaso", Adjunto.class).setParameter("caso", caso).getResultList();
    }

    public List<Adjunto> dePersona(Long personaId) {
        Persona persona = personaVisible(personaId);
        return em.createNamedQuery("Adjunto.dePersona", Adjunto.class).setParameter("persona", persona).getResultList();
    }

    public Descarga descargar(Long adjuntoId) {
        Adjunto a = adjuntoId == null ? null : em.find(Adjunto.class, adjuntoId);
        if (a == null) {
            throw new NoEncontrado(Texto.de("adjuntos.que.adjunto"));
        }
        acceso.exigir(a.getActividadId() != null ? puedeVerEvidencia(a) : puedeVer(a), Denegacion.comoSiNoExistiera(
                "adjunto", a.getId(), "descarga de un adjunto fuera de su alcance", Texto.de("adjuntos.que.adjunto")));
        ContenidoAdjunto c = em.find(ContenidoAdjunto.class, a.getId());
        if (c == null) {
            // depurado por retención (ver retencion/ServicioRetencion): queda la constancia, no el archivo
            throw new NoEncontrado(Texto.de("adjuntos.que.archivoDepuroVencerPlazo"));
        }
        auditor.registrar(Accion.DESCARGAR, "adjunto", a.getId(), a.getNombre());
        return new Descarga(a.getNombre(), a.getTipo(), c.getContenido());
    }

    public Nota anotar(Long casoId, String texto) {
        Caso caso = casoVisible(casoId);
        ReglaIncumplida.exigir(!caso.isAnulado(), null, Texto.de("adjuntos.casoAnuladoNoAdmiteNotas"));
        Nota n = new Nota(caso, texto, quien().getUsuario());
        em.persist(n);
        em.flush();
        auditor.registrar(Accion.CREAR, "nota", n.getId(), "caso " + caso.getId());
        return n;
    }

    public List<Nota> notas(Long casoId) {
        Caso caso = casoVisible(casoId);
        return em.createNamedQuery("Nota.deCaso", Nota.class).setParameter("caso", caso).getResultList();
    }

    /** Una evidencia de actividad: solo quien ve los nombres de sus asistentes (las de sus sedes). */
    private boolean puedeVerEvidencia(Adjunto a) {
        return actividades.puedeVerEvidencias(usuarioActual.requerido(), a.getActividadId());
    }

    private boolean puedeVer(Adjunto a) {
        Usuario u = quien();
        if (a.getCaso() != null) {
            return PoliticaAcceso.puedeVer(u, a.getCaso());
        }
        return servicioPersonas.puedeVerDatos(a.getPersona());
    }

    private Caso casoVisible(Long id) {
        Usuario u = quien();
        Caso c = casos.porId(id).orElseThrow(() -> new NoEncontrado(Texto.de("casos.que.caso", id)));
        acceso.exigir(PoliticaAcceso.puedeVer(u, c), Denegacion.comoSiNoExistiera("caso", c.getId(),
                "adjuntos o notas de un caso fuera de su alcance", Texto.de("casos.que.caso", id)));
        return c;
    }

    private Persona personaVisible(Long id) {
        quien();
        Persona p = personas.porId(id).orElseThrow(() -> new NoEncontrado(Texto.de("personas.que.persona")));
        acceso.exigir(servicioPersonas.puedeVerDatos(p), Denegacion.comoSiNoExistiera("persona", p.getId(),
                "adjuntos de una persona fuera de su alcance", Texto.de("personas.que.persona")));
        return p;
    }

    private Usuario quien() {
        return acceso.exigir(PoliticaAcceso::trabajaCasos, Denegacion.operacion("adjunto", null,
                "su rol no da acceso a los adjuntos de los casos", Texto.de("adjuntos.rolNoDaAcceso")));
    }

    private static String sha256(byte[] contenido) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(contenido));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
