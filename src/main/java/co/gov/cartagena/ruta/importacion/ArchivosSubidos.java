package co.gov.cartagena.ruta.importacion;

import co.gov.cartagena.ruta.auditoria.Accion;
import co.gov.cartagena.ruta.auditoria.Auditor;
import co.gov.cartagena.ruta.auditoria.ServicioAuditoria;
import co.gov.cartagena.ruta.comun.NoEncontrado;
import co.gov.cartagena.ruta.comun.Texto;
import co.gov.cartagena.ruta.persistencia.UnidadDeTrabajo;
import co.gov.cartagena.ruta.seguridad.Acceso;
import co.gov.cartagena.ruta.seguridad.Denegacion;
import co.gov.cartagena.ruta.seguridad.UsuarioActual;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Los archivos subidos para importar, guardados en la base entre la revisión y la importación (la página guarda su
 * id, no su contenido, que puede ser de decenas de MB y viajaría con la sesión replicada). Cada archivo es de quien lo
 * subió: a otra persona no se le entrega (acceso denegado en el rastro, y «no existe»). Se borran al importarse, al
 * abandonarse (otro archivo, «empezar de nuevo») y, si nadie volvió por ellos, pasadas {@link #PLAZO} horas
 * ({@link LimpiezaDeArchivosSubidos}). Subir, descartar y borrar quedan en la auditoría.
 */
@ApplicationScoped
@UnidadDeTrabajo
@Transactional
public class ArchivosSubidos {

    /** Lo que se guarda un archivo subido que no se importó ni se abandonó. */
    static final Duration PLAZO = Duration.ofHours(24);

    static final String ENTIDAD = "importacion-archivo";

    static final String SISTEMA = "sistema (archivos de importación)";

    @PersistenceContext(unitName = "ruta")
    EntityManager em;

    @Inject
    UsuarioActual usuarioActual;

    @Inject
    Auditor auditor;

    @Inject
    Acceso acceso;

    @Inject
    ServicioAuditoria auditoria;

    /**
     * Guarda el archivo de quien lo sube y da su id; si esa persona ya había subido el mismo contenido, reusa esa fila.
     * {@code anterior}: el archivo que este reemplaza en la página (se descarta), o {@code null}.
     */
    Long guardar(String nombre, byte[] contenido, Long anterior) {
        String quien = usuarioActual.requerido().getUsuario();
        ArchivoSubido nuevo = new ArchivoSubido(quien, nombre, contenido);
        ArchivoSubido a = em.createNamedQuery("ArchivoSubido.deUsuario", ArchivoSubido.class)
                .setParameter("usuario", quien).setParameter("huella", nuevo.getHuella()).getResultStream()
                .findFirst().orElse(null);
        if (a == null) {
            a = nuevo;
            em.persist(a);
        } else {
            a.subidoOtraVez(nombre);
        }
        em.flush();
        auditor.registrar(Accion.CREAR, ENTIDAD, a.getId(), a.getNombre() + " (" + a.getTamano() + " bytes, SHA-256 "
                + a.getHuella() + ")");
        if (anterior != null && !anterior.equals(a.getId())) {
            descartar(anterior, "reemplazado por el archivo " + a.getId());
        }
        return a.getId();
    }

    /** El archivo, si es de quien lo pide; si no existe o es de otra persona, «no existe» (y, si es ajeno, el rastro). */
    ArchivoSubido deQuienPide(Long id) {
        Texto que = Texto.de("importacion.que.archivo", PLAZO.toHours());
        ArchivoSubido a = id == null ? null : em.find(ArchivoSubido.class, id);
        if (a == null) {
            throw new NoEncontrado(que);
        }
        acceso.exigir(a.esDe(usuarioActual.requerido().getUsuario()),
                Denegacion.comoSiNoExistiera(ENTIDAD, id, "archivo subido por otra persona", que));
        return a;
    }

    /** Borra el archivo de quien lo pide (importado o abandonado); si ya no estaba, no hace nada. */
    void descartar(Long id, String motivo) {
        ArchivoSubido a = id == null ? null : em.find(ArchivoSubido.class, id);
        if (a == null) {
            return;
        }
        acceso.exigir(a.esDe(usuarioActual.requerido().getUsuario()),
                Denegacion.comoSiNoExistiera(ENTIDAD, id, "descartar un archivo subido por otra persona",
                        Texto.de("importacion.que.archivo", PLAZO.toHours())));
        em.remove(a);
        auditor.registrar(Accion.PURGAR, ENTIDAD, id, a.getNombre() + ": " + motivo);
    }

    /** Borra los archivos subidos hace más de {@link #PLAZO}; cada uno deja su fila en el rastro. */
    int descartarVencidos() {
        List<Object[]> vencidos = em.createNamedQuery("ArchivoSubido.vencidos", Object[].class)
                .setParameter("antes", Instant.now().minus(PLAZO)).getResultList();
        for (Object[] v : vencidos) {
            em.createNamedQuery("ArchivoSubido.borrar").setParameter("id", v[0]).executeUpdate();
            auditoria.registrar(SISTEMA, null, Accion.PURGAR, ENTIDAD, v[0].toString(), v[2] + " de " + v[1]
                    + ": no se importó en " + PLAZO.toHours() + " horas");
        }
        return vencidos.size();
    }
}
